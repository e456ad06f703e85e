// What a quote card's controls call its quote: "Hamming's quote", so that
// "Cite Hamming's quote" and "Copy Hamming's quote" say which card they act on.
// Derived from the quotes' data alone; no speaker is named in code.

/** The fields of a quote its name is made from. */
export interface NamedQuote {
  id: string;
  speaker: string;
  organisation?: boolean;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** "Hamming" for a person (the last word of the name), the whole name for an organisation. */
function shortName(quote: NamedQuote): string {
  return quote.organisation ? quote.speaker : (quote.speaker.trim().split(/\s+/).at(-1) ?? quote.speaker);
}

/** "Hamming's", "Applied Divinity Studies'". */
function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/**
 * The quote's name among all the cards (in page order): "Hamming's quote";
 * when a speaker has several cards, "Hamming's first quote", "Hamming's second quote".
 */
export function quoteName(quote: NamedQuote, all: readonly NamedQuote[]): string {
  const name = shortName(quote);
  const same = all.filter((other) => shortName(other) === name);
  const owner = possessive(name);
  if (same.length < 2) return `${owner} quote`;
  const index = same.findIndex((other) => other.id === quote.id);
  return `${owner} ${ORDINALS[index] ?? `number ${index + 1}`} quote`;
}
