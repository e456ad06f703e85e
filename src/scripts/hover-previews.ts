// What only a reader's own gestures need, loaded on the first of them (a mouse
// move, a press, a key, a selection), so a first view that only reads never
// downloads it: hover previews (cards without interestfor, cross-references),
// links to paragraphs and selected words, and the notes appendix's arrow keys.
// Cards still open by tap through popovertarget.
import { setUpPreviews } from './previews';
import { offerPassageLinks } from './selection-link';
export { copyPassageLink } from './selection-link';
import { setUpXrefPreviews } from './xref-previews';

export function setUpHoverPreviews(): void {
  setUpPreviews();
  setUpXrefPreviews();
  offerPassageLinks();
  roveNotesIndex();
}

const INDEX_KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowRight: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * The notes appendix is an index of what the text already holds: its links are
 * one tab stop (the last one used), and the arrow keys, Home and End move
 * between them, as the intro then says. Without JavaScript each link is a stop.
 */
function roveNotesIndex(): void {
  const appendix = document.getElementById('notes');
  const links = [...(appendix?.querySelectorAll<HTMLAnchorElement>('a.notes-phrase') ?? [])];
  if (!appendix || links.length === 0) return;
  const current = (link: HTMLAnchorElement) => links.forEach((other) => (other.tabIndex = other === link ? 0 : -1));
  current(links.includes(document.activeElement as HTMLAnchorElement) ? (document.activeElement as HTMLAnchorElement) : links[0]!);
  document.getElementById('notes-intro')?.append(' In these lists, the arrow keys move from note to note.');
  appendix.addEventListener('focusin', (event) => {
    if (links.includes(event.target as HTMLAnchorElement)) current(event.target as HTMLAnchorElement);
  });
  appendix.addEventListener('keydown', (event) => {
    const index = links.indexOf(event.target as HTMLAnchorElement);
    const move = INDEX_KEYS[event.key];
    if (index === -1 || !move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    links[move(index, links.length)]!.focus();
  });
}
