// SVG text does not wrap, so figures wrap their labels at build time against
// an estimate of each character's width. The estimate is deliberately wide
// (DejaVu Sans, the broadest common UI face) so a label never outgrows its box.

const NARROW = new Set([...`ijlrtf.,:;'!|()[]- `]);
const WIDE = new Set([...'mwMW@&%']);

/** Estimated advance width of a text in em units of a sans-serif UI face. */
export function estimateEms(text: string, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (NARROW.has(char)) ems += 0.36;
    else if (WIDE.has(char)) ems += 0.92;
    else if (char >= 'A' && char <= 'Z') ems += 0.72;
    else ems += 0.62;
  }
  return bold ? ems * 1.1 : ems;
}

/** Estimated width of a text at a font size, in the same units as the size. */
export function estimateWidth(text: string, fontSize: number, bold = false): number {
  return estimateEms(text, bold) * fontSize;
}

function greedy(words: string[], fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && !fits(candidate)) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Wrap a label into as few lines as fit `maxWidth`, then even the lines out
 * (like CSS `text-wrap: balance`) so no line is left with a lone word.
 */
export function wrapBalanced(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const width = (line: string) => estimateWidth(line, fontSize, bold);
  const count = greedy(words, (line) => width(line) <= maxWidth).length;
  let low = Math.max(...words.map(width));
  let high = Math.max(maxWidth, low);
  // The narrowest measure that still needs no more lines.
  for (let step = 0; step < 24; step += 1) {
    const middle = (low + high) / 2;
    if (greedy(words, (line) => width(line) <= middle).length <= count) high = middle;
    else low = middle;
  }
  return greedy(words, (line) => width(line) <= high);
}
