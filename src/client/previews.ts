/**
 * Glossary and source cards are popovers, opened without JavaScript by their
 * term or marker (`popovertarget`) and, where the browser has `interestfor`, by
 * hovering or focusing the term or link. This adds what some browsers lack: the
 * hover delay where `interestfor` is missing, and an explicit anchor where a
 * popover does not take its invoker as its anchor.
 */
import { followHoverIntent } from './hover-intent';

const ANCHOR = '--note-card-anchor';

const supportsInterest = () => 'interestForElement' in HTMLButtonElement.prototype;

function cardFor(invoker: Element): HTMLElement | null {
  const id = invoker.getAttribute('interestfor') ?? invoker.getAttribute('popovertarget');
  const card = id ? document.getElementById(id) : null;
  return card?.classList.contains('note-card') ? card : null;
}

export function setUpPreviews(): void {
  let invoker: HTMLElement | null = null;
  let anchored: HTMLElement | null = null;
  const remember = (event: Event) => {
    const found = (event.target as Element).closest?.<HTMLElement>('[interestfor], [popovertarget]');
    if (found && cardFor(found)) invoker = found;
  };
  for (const type of ['pointerover', 'focusin', 'pointerdown']) document.addEventListener(type, remember, true);

  // Anchor the opening card to what opened it, by name, so it sits beside the words in every browser with anchor positioning.
  document.addEventListener(
    'beforetoggle',
    (event) => {
      const card = event.target as HTMLElement;
      if (!card.classList?.contains('note-card') || (event as ToggleEvent).newState !== 'open') return;
      const source = ((event as ToggleEvent & { source?: Element | null }).source as HTMLElement | null) ?? (invoker && cardFor(invoker) === card ? invoker : null);
      const anchor = source ?? document.querySelector<HTMLElement>(`[popovertarget="${CSS.escape(card.id)}"]`);
      anchored?.style.removeProperty('anchor-name');
      if (!anchor) return;
      anchor.style.setProperty('anchor-name', ANCHOR);
      card.style.setProperty('position-anchor', ANCHOR);
      anchored = anchor;
    },
    true,
  );

  if (supportsInterest()) return;
  // Hover and focus with a delay, where the browser has no interest invokers (the source markers are not tab stops, so focus on the author's link is the way to its card).
  let shown: HTMLElement | null = null;
  followHoverIntent({
    invokers: '[interestfor]',
    previews: '.note-card',
    open(over) {
      const card = cardFor(over);
      if (!card || card.matches(':popover-open')) return;
      invoker = over;
      card.showPopover();
      shown = card;
    },
    isOpen: (over) => cardFor(over)?.matches(':popover-open') ?? false,
    close() {
      if (shown?.matches(':popover-open') && !shown.matches(':hover, :focus-within')) shown.hidePopover();
      shown = null;
    },
  });
}
