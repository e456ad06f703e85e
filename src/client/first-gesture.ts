
const TRIGGERS = ['pointermove', 'pointerdown', 'keydown', 'focusin', 'selectionchange'] as const;

/**
 * Alt+L, Alt+Q or Alt+C (client/passage-key.ts): a first press is passed on to
 * the module, which tells them apart. Checked here, not imported, so the keys'
 * own module loads with the gestures' and not in the first view.
 */
const answeredKey = (event: Event): event is KeyboardEvent =>
  event instanceof KeyboardEvent && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && /^Key[LQC]$/.test(event.code);

/**
 * Load what only a reader's own gestures need (client/hover-previews.ts: hover
 * previews and selection links) on the first of them: a mouse move, a press, a
 * key, a selection; then `alsoThen`, for what can wait as long. A first view
 * that only reads never downloads them.
 */
export function loadOnFirstGesture(alsoThen?: () => void): void {
  const load = (event: Event) => {
    if (event.type === 'pointermove' && event instanceof PointerEvent && event.pointerType === 'touch') return;
    if (event.type === 'selectionchange' && !document.getSelection()?.toString()) return;
    // A modifier alone waits for its key: Alt, then L, is Alt+L.
    if (event instanceof KeyboardEvent && ['Alt', 'Control', 'Shift', 'Meta'].includes(event.key)) return;
    for (const type of TRIGGERS) document.removeEventListener(type, load, true);
    // Alt+L, Alt+Q or Alt+C as the first gesture is answered once its module is in; later presses, by the module.
    const key = answeredKey(event) ? event : undefined;
    key?.preventDefault();
    void import('./hover-previews').then((module) => module.setUpHoverPreviews(key));
    alsoThen?.();
  };
  for (const type of TRIGGERS) document.addEventListener(type, load, true);
}
