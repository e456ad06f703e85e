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

/** Where a phrase starts in a text, both normalised (so typographic quotes match plain ones); -1 if it is not there. */
export function phraseStart(text: string, phrase: string): number {
  return normalizeText(text).indexOf(normalizeText(phrase));
}

/** Where a phrase sits in its paragraph's normalised text, or null if it is not there. */
export function phraseRange(texts: ReadonlyMap<string, string>, paragraph: string, phrase: string): { start: number; end: number } | null {
  const text = texts.get(paragraph);
  const start = text === undefined ? -1 : phraseStart(text, phrase);
  return start === -1 ? null : { start, end: start + normalizeText(phrase).length };
}

/**
 * The one reading order of what is placed at the author's words (notes, their
 * numbers, their bodies): by the paragraph's place in `paragraphs` (in reading
 * order), then by where the phrase starts in it. Unknown paragraphs go last.
 */
export function inReadingOrder<T extends { paragraph: string; phrase: string }>(items: readonly T[], paragraphs: ReadonlyMap<string, string>): T[] {
  const index = new Map([...paragraphs.keys()].map((id, at) => [id, at]));
  const key = (item: T) => [index.get(item.paragraph) ?? Infinity, phraseRange(paragraphs, item.paragraph, item.phrase)?.start ?? 0] as const;
  return [...items].sort((a, b) => {
    const [pa, sa] = key(a);
    const [pb, sb] = key(b);
    return pa - pb || sa - sb;
  });
}
