const TRIGGERS = ['pointermove', 'pointerdown', 'keydown', 'focusin', 'selectionchange'] as const;

/**
 * Load what only a reader's own gestures need (scripts/hover-previews.ts: hover
 * previews and selection links) on the first of them: a mouse move, a press, a
 * key, a selection. A first view that only reads never downloads it.
 */
export function loadOnFirstGesture(): void {
  const load = (event: Event) => {
    if (event.type === 'pointermove' && event instanceof PointerEvent && event.pointerType === 'touch') return;
    if (event.type === 'selectionchange' && !document.getSelection()?.toString()) return;
    for (const type of TRIGGERS) document.removeEventListener(type, load, true);
    void import('./hover-previews').then((module) => module.setUpHoverPreviews());
  };
  for (const type of TRIGGERS) document.addEventListener(type, load, true);
}
