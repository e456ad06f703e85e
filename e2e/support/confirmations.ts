import type { Page } from '@playwright/test';

export interface Confirmation {
  /** Id of the card (or nearest element with an id) the confirming control sits in. */
  at: string | null;
  message: string;
}

/**
 * Record every "copied" confirmation a control shows (its `data-confirm`), from
 * before the page's scripts run. The confirmation lasts 1.8 s; recording it makes
 * it observable without racing that timer. Returns a reader of the record.
 */
export async function recordConfirmations(page: Page): Promise<() => Promise<Confirmation[]>> {
  await page.addInitScript(() => {
    const seen: { at: string | null; message: string }[] = [];
    (window as unknown as { confirmations: typeof seen }).confirmations = seen;
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const control = mutation.target as HTMLElement;
        const message = control.dataset.confirm;
        if (message === undefined || message === mutation.oldValue) continue;
        seen.push({ at: (control.closest('figure[id]') ?? control.closest('[id]'))?.id ?? null, message });
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-confirm'], attributeOldValue: true });
  });
  return () => page.evaluate(() => (window as unknown as { confirmations: Confirmation[] }).confirmations);
}
