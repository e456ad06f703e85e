import { decodeEntities, escapeHtml } from './text';

/** Something to attach to a phrase of a rendered paragraph. */
export interface PhraseMark {
  /** The author's exact words, found in the paragraph's text. */
  phrase: string;
  /** HTML opening the wrapper around the phrase, e.g. `<span class="x">`. */
  open: string;
  /** HTML closing that wrapper. */
  close: string;
  /** HTML placed right after the phrase, moved past any link that contains it (links may not nest). */
  after?: string;
  /** Names the mark in error messages ("note glossary-agi"). */
  label: string;
}

type Token = { kind: 'text'; text: string } | { kind: 'open'; raw: string; name: string } | { kind: 'close'; raw: string; name: string } | { kind: 'void'; raw: string };

const VOID = new Set(['br', 'img', 'input', 'wbr', 'hr']);

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  for (const match of html.matchAll(/(<\/?([a-zA-Z][\w-]*)[^>]*>)|([^<]+)/g)) {
    const [, tag, name, text] = match;
    if (text !== undefined) tokens.push({ kind: 'text', text: decodeEntities(text) });
    else if (tag!.startsWith('</')) tokens.push({ kind: 'close', raw: tag!, name: name!.toLowerCase() });
    else if (tag!.endsWith('/>') || VOID.has(name!.toLowerCase())) tokens.push({ kind: 'void', raw: tag! });
    else tokens.push({ kind: 'open', raw: tag!, name: name!.toLowerCase() });
  }
  return tokens;
}

function serialize(tokens: readonly Token[]): string {
  return tokens.map((t) => (t.kind === 'text' ? escapeHtml(t.text) : t.raw)).join('');
}

/**
 * Split text tokens so a token boundary falls at a text offset. Returns the
 * tightest boundary: for a phrase start, just before the token holding the
 * first character; for a phrase end, just after the token holding the last.
 */
function boundaryAt(tokens: Token[], offset: number, side: 'start' | 'end'): number {
  let seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'text') continue;
    const end = seen + token.text.length;
    if (side === 'start' && offset === seen) return i;
    if (side === 'end' && offset === end) return i + 1;
    if (offset > seen && offset < end) {
      const cut = offset - seen;
      tokens.splice(i, 1, { kind: 'text', text: token.text.slice(0, cut) }, { kind: 'text', text: token.text.slice(cut) });
      return i + 1;
    }
    seen = end;
  }
  return tokens.length;
}

/** Tags the range tokens[from, to) closes without opening, and opens without closing. */
function imbalance(tokens: readonly Token[], from: number, to: number): { unopened: number; unclosed: number } {
  const stack: string[] = [];
  let unopened = 0;
  for (const token of tokens.slice(from, to)) {
    if (token.kind === 'open') stack.push(token.name);
    else if (token.kind === 'close') {
      if (stack.length) stack.pop();
      else unopened++;
    }
  }
  return { unopened, unclosed: stack.length };
}

/**
 * Wrap each mark's phrase in a rendered paragraph's HTML and insert its `after`
 * content. The wrapper grows to take in tags it would otherwise cross (a phrase
 * that begins inside `<em>` takes the whole `<em>`); a phrase that still cannot
 * be wrapped without breaking the markup throws, naming the mark.
 */
export function applyPhraseMarks(html: string, marks: readonly PhraseMark[]): string {
  const tokens = tokenize(html);
  // Longest first, so a short phrase inside a longer one nests within its wrapper.
  for (const mark of [...marks].sort((a, b) => b.phrase.length - a.phrase.length)) {
    const text = tokens.map((t) => (t.kind === 'text' ? t.text : '')).join('');
    const start = text.indexOf(mark.phrase);
    if (start === -1) throw new Error(`${mark.label}: phrase "${mark.phrase}" is not in the paragraph`);
    if (text.indexOf(mark.phrase, start + 1) !== -1) throw new Error(`${mark.label}: phrase "${mark.phrase}" occurs more than once in the paragraph`);
    let from = boundaryAt(tokens, start, 'start');
    let to = boundaryAt(tokens, start + mark.phrase.length, 'end');
    // Take in whole tags the phrase would otherwise cross, while they sit right at its edges.
    for (let { unopened, unclosed } = imbalance(tokens, from, to); unopened || unclosed; { unopened, unclosed } = imbalance(tokens, from, to)) {
      if (unopened && tokens[from - 1]?.kind === 'open') from--;
      else if (unclosed && tokens[to]?.kind === 'close') to++;
      else throw new Error(`${mark.label}: phrase "${mark.phrase}" crosses the edge of a link or emphasis; quote words inside or around it`);
    }
    // As real open/close tokens, so a later phrase cannot half-overlap this wrapper.
    tokens.splice(to, 0, { kind: 'close', raw: mark.close, name: 'mark' });
    tokens.splice(from, 0, { kind: 'open', raw: mark.open, name: 'mark' });
    if (mark.after) {
      let at = to + 2;
      // Step out of any link still open here: interactive content may not nest.
      const open: string[] = [];
      for (const token of tokens.slice(0, at)) {
        if (token.kind === 'open') open.push(token.name);
        else if (token.kind === 'close') open.pop();
      }
      while (open.includes('a')) {
        const token = tokens[at];
        if (!token) break;
        if (token.kind === 'close') open.pop();
        else if (token.kind === 'open') open.push(token.name);
        at++;
      }
      tokens.splice(at, 0, { kind: 'void', raw: mark.after });
    }
  }
  return serialize(tokens);
}
