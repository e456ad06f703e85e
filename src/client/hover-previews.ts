// What only a reader's own gestures need, loaded on the first of them (a mouse
// move, a press, a key, a selection), so a first view that only reads never
// downloads it: hover previews (cards without interestfor, cross-references),
// links to paragraphs and selected words, and "Cite" for any place.
// Cards still open by tap through popovertarget.
import { offerCitePlaces } from './cite-places';
import { setUpPreviews } from './previews';
import { offerPassageLinks } from './selection-link';
export { copyPassageLink, copyQuote } from './selection-link';
export { citeFocusedPlace } from './cite-places';
import { setUpXrefPreviews } from './xref-previews';

export function setUpHoverPreviews(): void {
  setUpPreviews();
  setUpXrefPreviews();
  offerPassageLinks();
  offerCitePlaces();
}
