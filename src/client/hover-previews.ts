// What only a reader's own gestures need, loaded on the first of them (a mouse
// move, a press, a key, a selection), so a first view that only reads never
// downloads it: hover previews (cards without interestfor, cross-references),
// links to paragraphs and selected words, "Cite" for any place, and the Cite
// panels' colours (opening one is a gesture).
// Cards still open by tap through popovertarget.
import { citeFocusedPlace, offerCitePlaces } from './cite-places';
import { isCiteKey, isPassageKey, isQuoteKey } from './passage-key';
import { setUpPreviews } from './previews';
import { copyPassageLink, copyQuote, offerPassageLinks } from './selection-link';
import { setUpXrefPreviews } from './xref-previews';

/** Set up; `firstKey` is the Alt+L, Alt+Q or Alt+C press that loaded this module, answered now. */
export function setUpHoverPreviews(firstKey?: KeyboardEvent): void {
  setUpPreviews();
  setUpXrefPreviews();
  offerPassageLinks();
  offerCitePlaces();
  colourOpenedCitations();
  if (!firstKey) return;
  if (isPassageKey(firstKey)) void copyPassageLink();
  else if (isQuoteKey(firstKey)) void copyQuote();
  else if (isCiteKey(firstKey)) citeFocusedPlace();
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
