// What the built file of code colours (/code-highlights.json) must hold,
// checked on its text: every BibTeX block the essay page shows has an entry
// with exactly its text (else the page would show it uncoloured), and every
// range lies inside its text, in order. Pure: the texts arrive as arguments.

/** Problems with the file, each naming it; `pageTexts` are the page's BibTeX blocks' texts. */
export function codeHighlightProblems(json: string, file: string, pageTexts: readonly string[]): string[] {
  let entries: { text?: unknown; ranges?: unknown }[];
  try {
    entries = JSON.parse(json);
  } catch (error) {
    return [`${file}: not JSON (${(error as Error).message})`];
  }
  if (!Array.isArray(entries)) return [`${file}: not an array of { text, ranges }`];
  const problems: string[] = [];
  const texts = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    if (typeof entry?.text !== 'string' || typeof entry.ranges !== 'object' || entry.ranges === null) {
      problems.push(`${file}: entry ${index} has no text or ranges`);
      continue;
    }
    const text = entry.text;
    texts.add(text);
    for (const [kind, offsets] of Object.entries(entry.ranges as Record<string, unknown>)) {
      const valid =
        Array.isArray(offsets) &&
        offsets.length % 2 === 0 &&
        offsets.every((offset, at) => Number.isInteger(offset) && offset >= 0 && offset <= text.length && (at === 0 || offset > offsets[at - 1]!));
      if (!valid) problems.push(`${file}: entry ${index}, ${kind}: ranges are not ordered pairs inside its text`);
    }
  }
  for (const text of pageTexts) if (!texts.has(text)) problems.push(`${file}: no colours for the page's BibTeX block "${text.split('\n')[0]}"`);
  return problems;
}
