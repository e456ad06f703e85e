/**
 * Hover intent, once for every preview on the page (the glossary and source
 * cards where a browser lacks `interestfor`, our cross-reference previews): a
 * mouse resting on an invoker, or keyboard focus on it, opens its preview
 * after a moment; leaving it and its preview closes it after a shorter one, so
 * the pointer can cross the gap between them. Touch is left to clicks.
 */
const OPEN_DELAY = 400;
const CLOSE_DELAY = 250;

export interface HoverIntent {
  /** What opens a preview when hovered or focused. */
  invokers: string;
  /** The previews themselves: hovering or focusing one keeps it open. */
  previews: string;
  /** Open the preview of `invoker` (it may decide there is none). */
  open(invoker: HTMLElement): void;
  /** Whether the preview of `invoker` is open now (it may have been closed another way: Escape, a click elsewhere). */
  isOpen(invoker: HTMLElement): boolean;
  /** Close what is open, unless the reader is still on it. */
  close(): void;
}

/** Follow hover and focus for one kind of preview; `cancel()` drops a pending open or close. */
export function followHoverIntent({ invokers, previews, open, isOpen, close }: HoverIntent): { cancel(): void } {
  const either = `${invokers}, ${previews}`;
  let openTimer = 0;
  let closeTimer = 0;
  const cancel = () => {
    window.clearTimeout(openTimer);
    window.clearTimeout(closeTimer);
  };
  const openLater = (invoker: HTMLElement) => {
    cancel();
    openTimer = window.setTimeout(() => open(invoker), OPEN_DELAY);
  };
  const closeLater = () => {
    cancel();
    closeTimer = window.setTimeout(close, CLOSE_DELAY);
  };

  document.addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'mouse') return;
    const target = event.target as Element;
    if (target.closest?.(previews)) return window.clearTimeout(closeTimer);
    const invoker = target.closest?.<HTMLElement>(invokers);
    if (invoker && isOpen(invoker)) window.clearTimeout(closeTimer);
    else if (invoker) openLater(invoker);
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse') return;
    const from = (event.target as Element).closest?.(either);
    const to = (event.relatedTarget as Element | null)?.closest?.(either);
    if (from && from !== to) closeLater();
  });
  document.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    const invoker = target.closest?.<HTMLElement>(invokers);
    if (invoker && target.matches(':focus-visible') && !isOpen(invoker)) openLater(invoker);
  });
  document.addEventListener('focusout', (event) => {
    const to = (event.relatedTarget as Element | null)?.closest?.(either);
    if ((event.target as Element).closest?.(either) && !to) closeLater();
  });
  // Loaded late: an invoker already under the pointer, or focused, gets its preview too.
  const hovered = [...document.querySelectorAll(':hover')].pop()?.closest<HTMLElement>(invokers);
  const focused = document.activeElement?.matches(':focus-visible') ? document.activeElement.closest<HTMLElement>(invokers) : null;
  const already = hovered ?? focused;
  if (already) openLater(already);
  return { cancel };
}
