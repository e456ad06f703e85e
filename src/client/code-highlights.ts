// Colours for the Cite panels' BibTeX, with no element added: Shiki's tokens,
// worked out at build time (/code-highlights.json, ranges of each text by
// kind), become CSS Custom Highlight ranges over the <pre>'s one text node,
// coloured by `::highlight(tok-…)` rules. Fetched when a panel first opens;
// a text the file does not hold exactly, or a browser without highlights,
// keeps plain text.
import { adoptStyles } from './adopt-styles';
import styles from './code-highlights.css?inline';

type Ranges = Record<string, number[]>;
let table: Promise<Map<string, Ranges>> | undefined;

function tokens(): Promise<Map<string, Ranges>> {
  table ??= fetch(`${import.meta.env.BASE_URL}code-highlights.json`)
    .then((response) => (response.ok ? (response.json() as Promise<{ text: string; ranges: Ranges }[]>) : []))
    .then((entries) => new Map(entries.map((entry) => [entry.text, entry.ranges])))
    .catch(() => new Map());
  return table;
}

/** Colour these code blocks (each once). */
export async function colourCode(blocks: Iterable<HTMLPreElement>): Promise<void> {
  if (!('highlights' in CSS)) return;
  const first = !table;
  const known = await tokens();
  if (first) adoptStyles(styles);
  for (const pre of blocks) {
    const text = pre.firstChild;
    const ranges = known.get(pre.textContent ?? '');
    if (pre.dataset.coloured !== undefined || !ranges || !(text instanceof Text) || pre.childNodes.length !== 1) continue;
    pre.dataset.coloured = '';
    for (const [kind, offsets] of Object.entries(ranges)) {
      const highlight = CSS.highlights.get(kind) ?? new Highlight();
      CSS.highlights.set(kind, highlight);
      for (let index = 0; index < offsets.length; index += 2) {
        const range = new Range();
        range.setStart(text, offsets[index]!);
        range.setEnd(text, offsets[index + 1]!);
        highlight.add(range);
      }
    }
  }
}
