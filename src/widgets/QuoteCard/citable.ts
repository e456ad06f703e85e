import type { CitableQuote } from '../../lib/citation';
import type { Quote } from '../../schemas/quote';

// Speakers that are publications rather than people, so BibTeX keeps the name
// whole. (Better as a field in quotes.yaml; kept here until the schema has one.)
const ORGANISATIONS = new Set(['Applied Divinity Studies']);

/** A quote from quotes.yaml as the citation builders take it. */
export function citableQuote(quote: Quote): CitableQuote {
  const { text, speaker, work, publisher, date, revisedSince, venue, sourceUrl } = quote;
  return { text, speaker, work, publisher, date, revisedSince, venue, sourceUrl, organisation: ORGANISATIONS.has(speaker) };
}
