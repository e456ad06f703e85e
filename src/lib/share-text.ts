/** The first sentence of a text: up to the first . ! or ? followed by a space and a capital, or all of it. */
export function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const match = /^.+?[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/.exec(clean);
  return match ? match[0] : clean;
}

/** Shorten a text to at most `max` characters, cutting at a word boundary and ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/** A quotation as a description: the words in curly quotes, inner double quotes turned single. */
export function quoted(text: string, max: number): string {
  const inner = text.replace(/^["“]|["”]$/g, '').replace(/"([^"]*)"/g, '‘$1’').replace(/"/g, '’');
  return `“${truncate(inner, max - 2)}”`;
}

/**
 * A heading followed by its description, as an image's alt text: the heading is not
 * said twice when the description already opens with it ("Tesla: Tesla Bot, …"),
 * and a heading that ends a sentence ("Want Intros?") is not followed by a colon.
 */
export function headed(heading: string, description: string): string {
  const head = heading.trim();
  if (description.startsWith(head)) return description;
  return /[.!?…]$/.test(head) ? `${head} ${description}` : `${head}: ${description}`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * Headings that tell their pages apart: where several are the same ("Richard Hamming,
 * You and Your Research" for two quotes), each gets its place among them, in the
 * given order ("(first quote)", "(second quote)"), as the cards' own controls count them.
 */
export function distinctHeadings(headings: readonly string[], noun: string): string[] {
  return headings.map((heading, index) => {
    const same = headings.filter((other) => other === heading).length;
    if (same < 2) return heading;
    const place = headings.slice(0, index).filter((other) => other === heading).length;
    return `${heading} (${ORDINALS[place] ?? `number ${place + 1}`} ${noun})`;
  });
}
