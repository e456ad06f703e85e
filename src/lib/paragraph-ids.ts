import { normalizeText } from './text';

/** A registered paragraph: its id and the words it opens with. */
export interface ParagraphOpening {
  id: string;
  opening: string;
}

/**
 * The id of the registered paragraph whose text starts with its opening words.
 * Throws, quoting the paragraph, when none or more than one match: every
 * paragraph must be registered exactly once so its link never moves.
 */
export function paragraphIdFor(text: string, registry: readonly ParagraphOpening[]): string {
  const plain = normalizeText(text);
  const matches = registry.filter(({ opening }) => plain.startsWith(normalizeText(opening)));
  if (matches.length === 1) return matches[0]!.id;
  const quoted = plain.length > 80 ? `${plain.slice(0, 80)}…` : plain;
  if (matches.length === 0) {
    throw new Error(
      `Paragraph "${quoted}" has no id: add it to src/data/permalinks.yaml under \`paragraphs\` (id: opening words).`,
    );
  }
  throw new Error(`Paragraph "${quoted}" matches several registered ids: ${matches.map((m) => m.id).join(', ')}.`);
}
