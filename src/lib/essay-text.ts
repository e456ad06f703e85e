import { inlineMarkdownText } from './inline-markdown';
import { paragraphIdFor, type ParagraphOpening } from './paragraph-ids';
import { normalizeText } from './text';

/** Blocks of an MDX body that are not the author's prose: headings, components, tables, imports. */
const NOT_PROSE = /^(#{1,6}\s|<[A-Za-z]|\||import\s|export\s)/;

/**
 * The plain text of every paragraph and list item of an essay's MDX source,
 * keyed by registered id. Used at load time to check that data quoting the
 * essay (notes, claims, quotes) quotes words that are really there.
 */
export function paragraphTexts(mdx: string, registry: readonly ParagraphOpening[]): Map<string, string> {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const texts = new Map<string, string>();
  for (const block of body.split(/\n\s*\n/)) {
    const trimmed = block.trim();
    if (!trimmed || NOT_PROSE.test(trimmed)) continue;
    const items = trimmed.startsWith('- ') ? trimmed.split(/\n(?=- )/).map((item) => item.slice(2)) : [trimmed];
    for (const item of items) {
      const text = normalizeText(inlineMarkdownText(item));
      texts.set(paragraphIdFor(text, registry), text);
    }
  }
  return texts;
}

/**
 * Why a phrase cannot anchor in a paragraph, or null when it can: the paragraph
 * must exist and contain the phrase exactly once (after normalising white space
 * and typographic punctuation).
 */
export function phraseProblem(texts: ReadonlyMap<string, string>, paragraph: string, phrase: string): string | null {
  const text = texts.get(paragraph);
  if (text === undefined) return `unknown paragraph id "${paragraph}" (see src/data/permalinks.yaml)`;
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

/**
 * The text of the first paragraph of each `## ` section of an essay's MDX
 * source, keyed by the heading's slug (github-slugger, as the page's ids).
 */
export function sectionOpenings(mdx: string, slug: (heading: string) => string): Map<string, string> {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const openings = new Map<string, string>();
  let section: string | null = null;
  for (const block of body.split(/\n\s*\n/)) {
    const trimmed = block.trim();
    const heading = /^##\s+(.+)$/.exec(trimmed);
    if (heading) section = slug(heading[1]!);
    else if (section && !openings.has(section) && trimmed && !NOT_PROSE.test(trimmed)) {
      openings.set(section, normalizeText(inlineMarkdownText(trimmed.replace(/^- /, ''))));
    }
  }
  return openings;
}
