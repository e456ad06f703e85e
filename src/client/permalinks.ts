import { announce } from './announce';
import { go, showAddress } from './navigation';

/** The author's paragraphs and list items, each with its registered id. */
export const PARAGRAPHS = '[data-essay-body] :is(p, li).anchored';

/** Copy text to the clipboard; false when the browser will not allow it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard || !window.isSecureContext) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Briefly confirm next to a control, and to screen readers once: the visible
 * confirmation is drawn with empty alternative text (components.css), so it
 * never joins the control's name while the live region says it.
 */
export function confirmNear(control: HTMLElement, message: string): void {
  announce(message);
  control.dataset.confirm = message;
  window.setTimeout(() => delete control.dataset.confirm, 1800);
}

/**
 * Permalink and share buttons copy their absolute URL (a permalink also becomes
 * the page's address). If the clipboard is not available the click goes ahead
 * as an ordinary link.
 */
export function setUpPermalinks(): void {
  document.addEventListener('click', async (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-permalink], a[data-share]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const url = link.href;
    const isShare = link.hasAttribute('data-share');
    if (await copyText(url)) {
      if (!isShare) showAddress(url);
      confirmNear(link, isShare ? 'Share link copied' : 'Link copied');
    } else {
      go(url);
    }
  });
}
