/**
 * Escape closes a card but leaves focus on the term that opened it; Chromium's
 * interest on focus (`interestfor`) would then open the card again once its
 * delay ran out. Until focus moves on, that term shows no interest.
 */
export function quietInterestAfterEscape(): void {
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape') return;
      const invoker = document.activeElement?.closest<HTMLElement>('[interestfor]');
      const target = invoker?.getAttribute('interestfor');
      if (!invoker || !target) return;
      invoker.removeAttribute('interestfor');
      invoker.addEventListener('focusout', () => invoker.setAttribute('interestfor', target), { once: true });
    },
    true,
  );
}
