import { announce } from './announce';

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
      if (!isShare) history.replaceState(history.state, '', url);
      confirmNear(link, isShare ? 'Share link copied' : 'Link copied');
    } else {
      window.location.assign(url);
    }
  });
  offerParagraphLinks();
}

/**
 * One permalink for every paragraph, in the gutter of the paragraph under the
 * pointer or holding focus (the HTML carries none: 48 fewer elements and tab
 * stops). For the pointer only; from the keyboard, Alt+L copies the same link.
 */
function offerParagraphLinks(): void {
  const link = document.createElement('a');
  link.className = 'permalink';
  link.dataset.ours = '';
  link.tabIndex = -1;
  link.title = 'Copy link (Alt+L)';
  link.setAttribute('aria-keyshortcuts', 'Alt+L');
  const follow = (event: Event) => {
    const paragraph = (event.target as Element).closest?.(PARAGRAPHS);
    if (paragraph) paragraphLink(paragraph, link);
  };
  document.addEventListener('pointerover', follow);
  document.addEventListener('focusin', follow);
  document.addEventListener('keydown', (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.code !== 'KeyL') return;
    event.preventDefault();
    void copyPassageLink(link);
  });
  offerPassageControl(link);
}

/**
 * The passage control: a button that stays in view while the essay is read,
 * last in the essay's tab order, saying its shortcut where readers see it.
 */
function offerPassageControl(link: HTMLAnchorElement): void {
  const body = document.querySelector('[data-essay-body]');
  if (!body) return;
  const tool = document.createElement('p');
  tool.className = 'passage-tool';
  tool.dataset.ours = '';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'passage-link';
  button.setAttribute('aria-keyshortcuts', 'Alt+L');
  button.innerHTML = 'Copy link to this paragraph <kbd>Alt+L</kbd>';
  // A press keeps the words selected, so the button links to them.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => void copyPassageLink(link));
  tool.append(button);
  body.append(tool);
}

/** The shared permalink, moved to `paragraph` and pointing there. */
function paragraphLink(paragraph: Element, link: HTMLAnchorElement): HTMLAnchorElement {
  if (link.parentElement === paragraph) return link;
  link.href = `#${paragraph.id}`;
  link.dataset.permalink = paragraph.id;
  link.setAttribute('aria-label', `Copy link to this ${paragraph.tagName === 'LI' ? 'list item' : 'paragraph'}`);
  paragraph.prepend(link);
  return link;
}

/** The paragraph at the reading line, a third of the way down the screen (below the sticky bar). */
export function paragraphAtReadingLine(): Element | null {
  const line = window.innerHeight / 3;
  let last: Element | null = null;
  for (const paragraph of document.querySelectorAll(PARAGRAPHS)) {
    const box = paragraph.getBoundingClientRect();
    if (box.height === 0) continue;
    if (box.top > line) return last ?? paragraph;
    last = paragraph;
  }
  return last;
}

/**
 * Alt+L, and the passage control: the link to the words selected, else to the
 * paragraph holding focus, else to the one at the reading line. Copied,
 * confirmed beside the paragraph and announced once.
 */
export async function copyPassageLink(link: HTMLAnchorElement): Promise<void> {
  const selection = window.getSelection();
  if (selection && !selection.isCollapsed) {
    const { copySelectionLink } = await import('./selection-link');
    if (await copySelectionLink()) return;
  }
  const paragraph = document.activeElement?.closest(PARAGRAPHS) ?? paragraphAtReadingLine();
  if (!paragraph) return;
  const shared = paragraphLink(paragraph, link);
  if (await copyText(shared.href)) {
    history.replaceState(history.state, '', shared.href);
    confirmNear(shared, 'Link copied');
  } else {
    window.location.assign(shared.href);
  }
}
