// What only a reader's own gestures need, loaded on the first of them (a mouse
// move, a press, a key, a selection), so a first view that only reads never
// downloads it: hover previews (cards without interestfor, cross-references),
// and links to paragraphs and selected words.
// Cards still open by tap through popovertarget.
import { setUpPreviews } from './previews';
import { offerPassageLinks } from './selection-link';
export { copyPassageLink, copyQuote } from './selection-link';
import { setUpXrefPreviews } from './xref-previews';

export function setUpHoverPreviews(): void {
  setUpPreviews();
  setUpXrefPreviews();
  offerPassageLinks();
}
