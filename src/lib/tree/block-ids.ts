import { normalizeText } from '../text';

/** A registered paragraph or list item: its id and the words it opens with. */
export interface BlockOpening {
  id: string;
  opening: string;
}

/** A paragraph has no registered id, or several; the message names the essay and the registry file. */
export class BlockIdError extends Error {
  override name = 'BlockIdError';
}

/**
 * The id of the registered paragraph whose text starts with its opening words.
 * Throws, quoting the paragraph, when none or more than one match: every
 * paragraph must be registered exactly once so its link never moves.
 */
export function blockIdFor(text: string, registry: readonly BlockOpening[], files: { essay: string; registry: string }): string {
  const plain = normalizeText(text);
  const matches = registry.filter(({ opening }) => plain.startsWith(normalizeText(opening)));
  if (matches.length === 1) return matches[0]!.id;
  const quoted = plain.length > 80 ? `${plain.slice(0, 80)}…` : plain;
  if (matches.length === 0) {
    throw new BlockIdError(`${files.essay}: paragraph "${quoted}" has no id: add it to ${files.registry} under \`paragraphs\` (id: opening words).`);
  }
  throw new BlockIdError(`${files.essay}: paragraph "${quoted}" matches several ids in ${files.registry}: ${matches.map((m) => m.id).join(', ')}.`);
}
