/**
 * Links to an exact passage. The fragment carries both a text fragment
 * (`:~:text=`, which browsers that support it scroll to and highlight) and our
 * own fallback before it, `#<paragraph-id>~<words>`, which the page resolves
 * itself where text fragments are not supported:
 *
 *   #p-rags-to-riches~rags%20to%20riches:~:text=rags%20to%20riches
 */
export interface PassageLink {
  /** Id of the paragraph the passage is in. */
  paragraph: string;
  /** The passage itself, or where it starts when `end` is given. */
  start: string;
  /** Where a long passage ends. */
  end?: string;
}

/** Passages longer than this many words are linked by their first and last words. */
const WORDS_IN_FULL = 12;
const EDGE_WORDS = 5;

/** Percent-encode for a text directive: `-`, `,` and `&` are syntax there, so they are encoded too. */
export function encodeDirectiveText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Describe a selected passage, shortening long ones to their first and last words. */
export function passageFor(paragraph: string, selected: string): PassageLink {
  const words = selected.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length <= WORDS_IN_FULL) return { paragraph, start: words.join(' ') };
  return { paragraph, start: words.slice(0, EDGE_WORDS).join(' '), end: words.slice(-EDGE_WORDS).join(' ') };
}

/** The fragment (without `#`) that links to a passage. */
export function encodePassageHash(link: PassageLink): string {
  const value = link.end === undefined ? encodeDirectiveText(link.start) : `${encodeDirectiveText(link.start)},${encodeDirectiveText(link.end)}`;
  return `${link.paragraph}~${value}:~:text=${value}`;
}

/**
 * Read a passage link from a fragment (with or without `#`, with or without the
 * `:~:` directive a browser may have stripped). Null when it is not one.
 */
export function decodePassageHash(hash: string): PassageLink | null {
  const fragment = hash.replace(/^#/, '').split(':~:')[0]!;
  const match = /^([a-z0-9][a-z0-9-]*)~([^,]+)(?:,([^,]+))?$/.exec(fragment);
  if (!match) return null;
  try {
    const [, paragraph, start, end] = match;
    const link: PassageLink = { paragraph: paragraph!, start: decodeURIComponent(start!) };
    if (end !== undefined) link.end = decodeURIComponent(end);
    return link.start.trim() ? link : null;
  } catch {
    return null;
  }
}

/**
 * Where a passage sits in a text: the start of its first words to the end of
 * its last, or null if it is not there. White space runs count as one space.
 */
export function findPassage(text: string, link: Pick<PassageLink, 'start' | 'end'>): { from: number; to: number } | null {
  const from = text.indexOf(link.start);
  if (from === -1) return null;
  if (link.end === undefined) return { from, to: from + link.start.length };
  const endAt = text.indexOf(link.end, from + link.start.length);
  return endAt === -1 ? null : { from, to: endAt + link.end.length };
}

/**
 * Like `findPassage`, but in raw page text, where white space runs (line
 * breaks from the markup, several spaces) read as one space, as a reader sees
 * them; the offsets returned are the raw text's.
 */
export function findWords(raw: string, words: Pick<PassageLink, 'start' | 'end'>): { from: number; to: number } | null {
  let text = '';
  const rawAt: number[] = []; // rawAt[i]: where text[i] is in raw
  for (let i = 0; i < raw.length; i++) {
    const space = /\s/.test(raw[i]!);
    if (space && text.endsWith(' ')) continue;
    text += space ? ' ' : raw[i];
    rawAt.push(i);
  }
  const found = findPassage(text, words);
  return found && { from: rawAt[found.from]!, to: rawAt[found.to - 1]! + 1 };
}
