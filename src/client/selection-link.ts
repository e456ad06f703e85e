// Links to passages, offered on the reader's first gesture: the shared
// paragraph permalink, the passage control, "Copy link to this" and "Copy as
// quote" beside selected words, Alt+L for the link and Alt+Q for the quote. What a passage link does on arrival is
// passage-arrival.ts.
import { isPassageKey, isQuoteKey } from './passage-key';
import { addressWith, go, showAddress } from './navigation';
import { permalinkAttributes } from '../lib/anchors';
import { confirmNear, copyText, PARAGRAPHS } from './permalinks';
import { authorTextNodes, selectedAuthorText } from './author-text';
import { encodePassageHash, passageFor } from '../lib/selection-link';
import { quoteText, type QuoteSource } from '../lib/quote-text';

function currentSelection(): { paragraph: Element; text: string } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const paragraph = (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest(PARAGRAPHS);
  if (!paragraph) return null;
  const text = selectedAuthorText(paragraph, range);
  return text ? { paragraph, text } : null;
}

function linkFor(paragraph: Element, text: string): string {
  return addressWith(encodePassageHash(passageFor(paragraph.id, text)));
}

let button: HTMLButtonElement | undefined;
let quoteButton: HTMLButtonElement | undefined;

/**
 * What a passage action (Alt+L, Alt+Q, Alt+C) acts on: the author's words
 * selected and their paragraph, else the paragraph holding focus, else the one
 * at the reading line.
 */
export function chosenPassage(): { paragraph: Element; words?: string } | null {
  const selected = currentSelection();
  if (selected) return { paragraph: selected.paragraph, words: selected.text };
  const paragraph = document.activeElement?.closest(PARAGRAPHS) ?? paragraphAtReadingLine();
  return paragraph ? { paragraph } : null;
}

/** Copy the link to `words` of `paragraph`, confirmed beside the selection's button (or the paragraph). */
async function copyWordsLink(paragraph: Element, words: string): Promise<void> {
  const url = linkFor(paragraph, words);
  if (await copyText(url)) confirmNear(button && !button.hidden ? button : (paragraph as HTMLElement), 'Link copied');
  else go(url);
}

/** Copy the link to the words selected in the essay; false when no words of the author's are selected. */
export async function copySelectionLink(): Promise<boolean> {
  const chosen = currentSelection();
  if (!chosen) return false;
  await copyWordsLink(chosen.paragraph, chosen.text);
  return true;
}

/**
 * The one paragraph permalink, in the gutter of the paragraph under the pointer
 * or holding focus: the HTML carries none (an element and a tab stop fewer per
 * paragraph). For the pointer; from the keyboard Alt+L copies the same link.
 */
let shared: HTMLAnchorElement | undefined;

/** The shared permalink, moved to `paragraph` and pointing there. */
function paragraphLink(paragraph: Element): HTMLAnchorElement {
  if (!shared) {
    shared = document.createElement('a');
    shared.tabIndex = -1;
    shared.title = 'Copy link (Alt+L)';
    shared.setAttribute('aria-keyshortcuts', 'Alt+L');
  }
  if (shared.parentElement === paragraph) return shared;
  // The same attributes every permalink carries (lib/anchors.ts).
  const attributes = permalinkAttributes(paragraph.id, paragraph.tagName === 'LI' ? 'list item' : 'paragraph');
  for (const [name, value] of Object.entries(attributes)) shared.setAttribute(name, value);
  paragraph.prepend(shared);
  return shared;
}

/** The paragraph at the reading line, a third of the way down the screen (below the sticky bar). */
function paragraphAtReadingLine(): Element | null {
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
 * confirmed beside the words or paragraph, and announced once.
 */
export async function copyPassageLink(): Promise<void> {
  const chosen = chosenPassage();
  if (!chosen) return;
  if (chosen.words) return copyWordsLink(chosen.paragraph, chosen.words);
  const link = paragraphLink(chosen.paragraph);
  if (await copyText(link.href)) {
    showAddress(link.href);
    confirmNear(link, 'Link copied');
  } else {
    go(link.href);
  }
}

/** Who wrote the essay and its title, from the page's citation meta tags. */
function quoteSource(): QuoteSource {
  const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
  return { author: meta('citation_author'), title: meta('citation_title') };
}

/**
 * Alt+Q, and "Copy as quote" beside selected words: the words selected, else
 * the paragraph holding focus or at the reading line, copied as a ready quote
 * (lib/quote-text.ts) with the link to that exact place; confirmed and
 * announced once. Without clipboard access the reader is sent to the link.
 */
export async function copyQuote(): Promise<void> {
  const chosen = chosenPassage();
  if (!chosen) return;
  const { paragraph, words } = chosen;
  const quoted = words ?? authorTextNodes(paragraph).map((node) => node.data).join('');
  const link = words ? linkFor(paragraph, words) : paragraphLink(paragraph).href;
  const near = words && quoteButton && !quoteButton.hidden ? quoteButton : (paragraph as HTMLElement);
  if (await copyText(quoteText(quoted, quoteSource(), link))) confirmNear(near, 'Quote copied');
  else go(link);
}

/**
 * The passage control: a button in view while the essay is read, last in the
 * essay's tab order, saying its shortcut where readers see it.
 */
function offerPassageControl(): void {
  const body = document.querySelector('[data-essay-body]');
  if (!body || body.querySelector('.passage-tool')) return;
  const tool = document.createElement('p');
  tool.className = 'passage-tool';
  tool.dataset.ours = '';
  tool.dataset.chrome = ''; // not printed
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'passage-link';
  button.setAttribute('aria-keyshortcuts', 'Alt+L');
  button.innerHTML = 'Copy link to this paragraph <kbd>Alt+L</kbd>';
  // A press keeps the words selected, so the button links to them.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => void copyPassageLink());
  tool.append(button);
  body.append(tool);
}

/**
 * Links to passages, offered on the reader's first gesture: the shared
 * paragraph permalink, the passage control, and, on selecting words, "Copy link
 * to this" beside them; Alt+L copies either (a first press is passed on by first-gesture.ts).
 */
export function offerPassageLinks(): void {
  const follow = (event: Event) => {
    const paragraph = (event.target as Element).closest?.(PARAGRAPHS);
    if (paragraph) paragraphLink(paragraph);
  };
  document.addEventListener('pointerover', follow);
  document.addEventListener('focusin', follow);
  document.addEventListener('keydown', (event) => {
    if (isPassageKey(event)) {
      event.preventDefault();
      void copyPassageLink();
    } else if (isQuoteKey(event)) {
      event.preventDefault();
      void copyQuote();
    }
  });
  // Loaded on that gesture: the paragraph already under the pointer or holding focus gets its link too.
  const current = document.activeElement?.closest(PARAGRAPHS) ?? [...document.querySelectorAll(':hover')].pop()?.closest(PARAGRAPHS);
  if (current) paragraphLink(current);
  offerPassageControl();
  offerSelectionLinks();
}

/** A floating button beside selected words, saying its shortcut. */
function floatingButton(label: string, key: string, onPress: () => void): HTMLButtonElement {
  const made = document.createElement('button');
  made.type = 'button';
  made.className = 'selection-link';
  made.innerHTML = `${label} <kbd>${key}</kbd>`;
  made.hidden = true;
  made.dataset.ours = '';
  made.setAttribute('aria-keyshortcuts', key);
  // Keep the selection when the button is pressed with a mouse.
  made.addEventListener('mousedown', (event) => event.preventDefault());
  made.addEventListener('click', onPress);
  document.body.append(made);
  return made;
}

/** Selecting words in the essay offers "Copy link to this" and "Copy as quote" under them. */
function offerSelectionLinks(): void {
  const link = (button = floatingButton('Copy link to this', 'Alt+L', () => void copySelectionLink()));
  const quote = (quoteButton = floatingButton('Copy as quote', 'Alt+Q', () => void copyQuote()));
  const place = () => {
    const chosen = currentSelection();
    link.hidden = quote.hidden = !chosen;
    if (!chosen) return;
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    const top = `${window.scrollY + rect.bottom + 8}px`;
    const width = link.offsetWidth + 6 + quote.offsetWidth;
    const left = Math.max(8, Math.min(window.scrollX + rect.left, document.documentElement.clientWidth - width - 8));
    link.style.top = quote.style.top = top;
    link.style.left = `${left}px`;
    quote.style.left = `${left + link.offsetWidth + 6}px`;
  };
  document.addEventListener('selectionchange', () => requestAnimationFrame(place));
  // Loaded on first use: words already selected get their buttons too.
  requestAnimationFrame(place);
}
