const plainAlt = (event: Event): event is KeyboardEvent => event instanceof KeyboardEvent && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;

/** Alt+L: copy a link to the words selected, or to the paragraph read (client/selection-link.ts). */
export const isPassageKey = (event: Event): boolean => plainAlt(event) && event.code === 'KeyL';

/** Alt+Q: copy the words selected, or the paragraph read, as a ready quote with its link (client/selection-link.ts). */
export const isQuoteKey = (event: Event): boolean => plainAlt(event) && event.code === 'KeyQ';

/** Alt+C: cite the place holding focus, or the paragraph read (client/cite-places.ts). */
export const isCiteKey = (event: Event): boolean => plainAlt(event) && event.code === 'KeyC';
