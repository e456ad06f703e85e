// What only a reader's own gestures need, loaded on the first of them (a mouse
// move, a press, a key, a selection), so a first view that only reads never
// downloads it: hover previews (cards without interestfor, cross-references),
// links to paragraphs and selected words, "Cite" for any place, and the Cite
// panels' colours (opening one is a gesture).
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
  colourOpenedCitations();
}

const OPEN_BIBTEX = 'details.cite-panel[open] > pre[data-language="bibtex"]';

/** Colour each Cite panel's BibTeX as it opens (and any already open); the colours load then. */
function colourOpenedCitations(): void {
  const colour = () => {
    const blocks = document.querySelectorAll<HTMLPreElement>(OPEN_BIBTEX);
    if (blocks.length) void import('./code-highlights').then((module) => module.colourCode(blocks));
  };
  // A <details>' toggle event does not bubble: listen in the capture phase.
  document.addEventListener('toggle', (event) => (event.target as Element).matches?.('details.cite-panel[open]') && colour(), true);
  colour();
}
