// Arriving at a passage: a link to words in a paragraph (`#p-id~words`, ours)
// or a bare text fragment (`#:~:text=`) the browser did not bring into view.
// The words are highlighted (CSS Custom Highlight), brought into view, and a
// dismissible notice says so. Loaded only by such an arrival (passage-links.ts).
import { currentHash, type Arrival } from './navigation';
import { PARAGRAPHS } from './permalinks';
import { authorTextNodes, rangeOver, textNodes } from './author-text';
import { decodePassageHash, findPassage, findWords } from '../lib/selection-link';
import { textDirectiveOf } from '../lib/text-directive';

const HIGHLIGHT = 'linked-passage';

/** Arriving by a passage link: highlight the words, bring them into view, say so. */
export function resolvePassageLink({ revealWith }: Arrival): void {
  unmarkPassage();
  const link = decodePassageHash(currentHash());
  if (!link) return;
  const paragraph = document.getElementById(link.paragraph);
  if (!paragraph?.matches(PARAGRAPHS)) return;
  const nodes = authorTextNodes(paragraph);
  const found = findPassage(nodes.map((node) => node.data).join(''), link);
  if (!found) return;
  const range = rangeOver(nodes, found.from, found.to);
  markPassage(range, paragraph);
  revealWith(() => (range.getBoundingClientRect().height ? range.startContainer.parentElement! : paragraph).scrollIntoView({ block: 'center' }));
}

/**
 * Arriving at a bare text fragment (`#:~:text=…`): a browser that acts on it
 * has brought the words into view by the time the page has loaded; where they
 * are still out of view (no support, or skipped content it did not reach), the
 * page finds them itself, anywhere in the page, and marks them as above.
 */
export function resolveTextFragment(address: string, { revealWith }: Arrival): void {
  const words = textDirectiveOf(address);
  if (!words) return;
  revealWith(() => {
    const main = document.querySelector('main');
    if (!main) return;
    const nodes = textNodes(main);
    const text = nodes.map((node) => node.data).join('');
    const found = findWords(text, words);
    if (!found) return;
    const range = rangeOver(nodes, found.from, found.to);
    const element = range.startContainer.parentElement!;
    const box = element.getBoundingClientRect();
    if (box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight) return;
    markPassage(range, element.closest(`${PARAGRAPHS}, figure, section, li`) ?? element);
    element.scrollIntoView({ block: 'center' });
  });
}

function unmarkPassage(): void {
  document.querySelector('.linked-here')?.remove();
  CSS.highlights?.delete(HIGHLIGHT);
}

/** Highlight the linked words and put a dismissible notice before the block they are in. */
function markPassage(range: Range, block: Element): void {
  unmarkPassage();
  if (typeof Highlight !== 'undefined' && CSS.highlights) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  const marker = document.createElement('div');
  marker.className = 'linked-here';
  marker.dataset.ours = '';
  marker.setAttribute('role', 'status');
  marker.innerHTML = '<span>You were linked to the highlighted words below.</span> <button type="button">Dismiss</button>';
  marker.querySelector('button')!.addEventListener('click', unmarkPassage);
  block.before(marker);
}
