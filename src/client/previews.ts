/**
 * Glossary and source cards are popovers, opened without JavaScript by their
 * term or marker (`popovertarget`) and, where the browser has `interestfor`, by
 * hovering or focusing the term or link. This adds what some browsers lack: the
 * hover delay where `interestfor` is missing, and an explicit anchor where a
 * popover does not take its invoker as its anchor.
 */
const OPEN_DELAY = 400;
const CLOSE_DELAY = 250;
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
  // Hover with a delay, where the browser has no interest invokers.
  let openTimer = 0;
  let closeTimer = 0;
  let hovered: HTMLElement | null = null;
  const cancel = () => {
    window.clearTimeout(openTimer);
    window.clearTimeout(closeTimer);
  };
  /** Open `card` for `over` after the interest delay, as interest invokers do. */
  const openLater = (over: HTMLElement, card: HTMLElement) => {
    openTimer = window.setTimeout(() => {
      invoker = over;
      card.showPopover();
      hovered = card;
    }, OPEN_DELAY);
  };
  document.addEventListener('pointerover', (event) => {
    if (event.pointerType !== 'mouse') return;
    const target = event.target as Element;
    const over = target.closest<HTMLElement>('[interestfor]');
    const card = over ? cardFor(over) : target.closest<HTMLElement>('.note-card');
    if (!card) return;
    cancel();
    if (over && !card.matches(':popover-open')) openLater(over, card);
  });
  // Loaded late: a term or link already under the pointer opens its card too.
  const under = [...document.querySelectorAll(':hover')].pop()?.closest<HTMLElement>('[interestfor]');
  const underCard = under ? cardFor(under) : null;
  if (under && underCard) openLater(under, underCard);
  // Keyboard focus, as interest invokers do: the source markers are not tab stops, so focus on the author's link is the way to its card.
  document.addEventListener('focusin', (event) => {
    const over = (event.target as Element).closest?.<HTMLElement>('[interestfor]');
    const card = over ? cardFor(over) : null;
    if (!over || !card || !over.matches(':focus-visible') || card.matches(':popover-open')) return;
    cancel();
    openLater(over, card);
  });
  document.addEventListener('focusout', (event) => {
    const from = (event.target as Element).closest?.('[interestfor], .note-card');
    const to = (event.relatedTarget as Element | null)?.closest('[interestfor], .note-card');
    if (!from || (to && (to === hovered || cardFor(to) === hovered))) return;
    cancel();
    if (hovered?.matches(':popover-open') && !hovered.matches(':hover')) hovered.hidePopover();
    hovered = null;
  });
  document.addEventListener('pointerout', (event) => {
    if (event.pointerType !== 'mouse') return;
    const from = (event.target as Element).closest('[interestfor], .note-card');
    const to = (event.relatedTarget as Element | null)?.closest('[interestfor], .note-card');
    if (!from || from === to) return;
    cancel();
    const card = hovered;
    if (!card) return;
    closeTimer = window.setTimeout(() => {
      if (card.matches(':popover-open') && !card.matches(':hover, :focus-within')) card.hidePopover();
      hovered = null;
    }, CLOSE_DELAY);
  });
}
