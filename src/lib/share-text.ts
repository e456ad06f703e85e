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
