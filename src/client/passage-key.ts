/** Alt+L: copy a link to the words selected, or to the paragraph read (client/selection-link.ts). */
export const isPassageKey = (event: Event): boolean =>
  event instanceof KeyboardEvent && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyL';
