// Checks that data quoting the essay (notes, claims, quotes) quotes words that
// are really there, against the plain text of each paragraph by id.
import { normalizeText } from './text';

/**
 * Why a phrase cannot anchor in a paragraph, or null when it can: the paragraph
 * must exist and contain the phrase exactly once (after normalising white space
 * and typographic punctuation). `registryFile` is named for an unknown id.
 */
export function phraseProblem(texts: ReadonlyMap<string, string>, paragraph: string, phrase: string, registryFile = 'the permalink registry'): string | null {
  const text = texts.get(paragraph);
  if (text === undefined) return `unknown paragraph id "${paragraph}" (see ${registryFile})`;
  const wanted = normalizeText(phrase);
  const first = text.indexOf(wanted);
  if (first === -1) return `phrase "${phrase}" is not in paragraph ${paragraph}`;
  if (text.indexOf(wanted, first + 1) !== -1) return `phrase "${phrase}" occurs more than once in paragraph ${paragraph}; quote more words`;
  return null;
}

/** Where a phrase sits in its paragraph's normalised text, or null if it is not there. */
export function phraseRange(texts: ReadonlyMap<string, string>, paragraph: string, phrase: string): { start: number; end: number } | null {
  const start = texts.get(paragraph)?.indexOf(normalizeText(phrase)) ?? -1;
  return start === -1 ? null : { start, end: start + normalizeText(phrase).length };
}
