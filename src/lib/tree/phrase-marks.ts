// Wrap phrases of a paragraph's hast and place content after them, on the
// tree itself: the wrapper takes in whole elements at the phrase's edges, and
// the content placed after a phrase steps out of any link (links may not nest).
import { isElement, textContent, type Element, type ElementContent, type Properties } from './hast';

/** Something to attach to the author's exact words in one paragraph. */
export interface PhraseMark {
  /** The author's exact words, found once in the paragraph's text. */
  phrase: string;
  /** The element that wraps the phrase (its own children are ignored). */
  wrapper: Element;
  /** Nodes placed right after the phrase: a marker, a sidenote. Their text is not the author's. */
  after?: ElementContent[];
  /** The note's body, placed after the block (or at the end of a table cell), outside the author's sentence. */
  body?: Element;
  /** Properties given to the author's link that holds or makes up the phrase (a source note's preview). */
  linkProperties?: Properties;
  /** Names the mark in errors, with its file and entry: "src/content/notes/glossary.yaml: note agi → phrase". */
  label: string;
}

/** A phrase that cannot be marked; the message names the mark's file, entry and field. */
export class PhraseMarkError extends Error {
  override name = 'PhraseMarkError';
}

/** A link of the author's given the mark's link properties; any other element unchanged. */
function withLinkProperties(node: Element, mark: PhraseMark): Element {
  if (node.tagName !== 'a' || !mark.linkProperties) return node;
  return { ...node, properties: { ...node.properties, ...mark.linkProperties } };
}

type Placed = { children: ElementContent[]; after: ElementContent[] | null };

/** Elements a span wrapper may fold into when the phrase is all of their text: the author's link or emphasis, or another mark's span. */
const FOLDS_INTO = new Set(['a', 'em', 'strong', 'span']);

/** The element given the wrapper's properties (classes joined), for a phrase that is all of its text: one element fewer. */
function foldWrapper(node: Element, wrapper: Element): Element {
  const classes = [...((node.properties.className as string[] | undefined) ?? []), ...((wrapper.properties.className as string[] | undefined) ?? [])];
  return { ...node, properties: { ...node.properties, ...wrapper.properties, className: classes } };
}

/**
 * Apply every mark to a paragraph's children, longest phrase first so a short
 * phrase inside a longer one nests within its wrapper. Throws, naming the mark,
 * when a phrase is missing, repeated, or half-overlaps a link, emphasis or
 * another mark. `where` names the paragraph in messages.
 */
export function markPhrases(children: readonly ElementContent[], marks: readonly PhraseMark[], where: string): ElementContent[] {
  // Content placed after a phrase is ours: it never counts as the author's text.
  const ours = new WeakSet<ElementContent>();
  const length = (node: ElementContent): number =>
    ours.has(node) ? 0 : node.type === 'text' ? node.value.length : 'children' in node ? node.children.reduce((sum, child) => sum + length(child), 0) : 0;
  const textOf = (nodes: readonly ElementContent[]): string =>
    nodes.map((node) => (ours.has(node) ? '' : node.type === 'element' ? textOf(node.children) : textContent(node))).join('');

  function place(nodes: readonly ElementContent[], start: number, end: number, mark: PhraseMark, inLink: boolean): Placed {
    // Find the children holding the phrase's first and last characters.
    let offset = 0;
    let first = -1;
    let last = -1;
    let firstStart = 0;
    let lastStart = 0;
    nodes.forEach((node, index) => {
      const size = length(node);
      if (first === -1 && size > 0 && start < offset + size) [first, firstStart] = [index, offset];
      if (last === -1 && size > 0 && end <= offset + size) [last, lastStart] = [index, offset];
      offset += size;
    });
    const only = nodes[first]!;
    const whole = first === last && only.type === 'element' && start === firstStart && end === firstStart + length(only);
    if (whole && mark.wrapper.tagName === 'span' && FOLDS_INTO.has(only.tagName) && !(only.properties.id && mark.wrapper.properties.id)) {
      const folded = withLinkProperties(foldWrapper(only, mark.wrapper), mark);
      const after = mark.after ?? [];
      after.forEach((node) => ours.add(node));
      const rest = nodes.slice(first + 1);
      return inLink ? { children: [...nodes.slice(0, first), folded, ...rest], after } : { children: [...nodes.slice(0, first), folded, ...after, ...rest], after: null };
    }
    if (first === last && only.type === 'element') {
      const inner = place(only.children, start - firstStart, end - firstStart, mark, inLink || only.tagName === 'a');
      const replaced: Element = withLinkProperties({ ...only, children: inner.children }, mark);
      const after = inner.after && !inLink ? inner.after : null;
      return {
        children: [...nodes.slice(0, first), replaced, ...(after ?? []), ...nodes.slice(first + 1)],
        after: inner.after && inLink ? inner.after : null,
      };
    }
    // The phrase spans several children here (or part of one text): split texts, take whole elements.
    const before: ElementContent[] = [];
    const inside: ElementContent[] = [];
    const behind: ElementContent[] = [];
    const cross = () =>
      new PhraseMarkError(`${mark.label}: "${mark.phrase}" crosses the edge of a link, emphasis or another note in ${where}; quote words inside or around it`);
    nodes.forEach((node, index) => {
      if (index < first) return before.push(node);
      if (index > last) return behind.push(node);
      const nodeStart = index === first ? firstStart : index === last ? lastStart : -1;
      const from = index === first ? start - nodeStart : 0;
      const to = index === last ? end - nodeStart : length(node);
      if (node.type === 'text') {
        if (from > 0) before.push({ type: 'text', value: node.value.slice(0, from) });
        inside.push({ type: 'text', value: node.value.slice(from, to) });
        if (to < node.value.length) behind.push({ type: 'text', value: node.value.slice(to) });
      } else if (from === 0 && to === length(node)) inside.push(node);
      else throw cross();
    });
    const wrapper: Element = { ...mark.wrapper, children: inside.map((node) => (node.type === 'element' ? withLinkProperties(node, mark) : node)) };
    const after = mark.after ?? [];
    after.forEach((node) => ours.add(node));
    return inLink ? { children: [...before, wrapper, ...behind], after } : { children: [...before, wrapper, ...after, ...behind], after: null };
  }

  let result = [...children];
  for (const mark of [...marks].sort((a, b) => b.phrase.length - a.phrase.length)) {
    const text = textOf(result);
    const start = text.indexOf(mark.phrase);
    if (start === -1) throw new PhraseMarkError(`${mark.label}: "${mark.phrase}" is not in ${where}`);
    if (text.indexOf(mark.phrase, start + 1) !== -1) throw new PhraseMarkError(`${mark.label}: "${mark.phrase}" occurs more than once in ${where}; quote more words`);
    result = place(result, start, start + mark.phrase.length, mark, false).children;
  }
  return keepStopsWithBoxes(result);
}

/** Closing punctuation the author writes right after a word, closing quotes among it. */
const CLOSING = /^[.,;:!?)\]"”’']+/;

/** A box a line breaker takes whole: a button (a glossary term, a note's marker) or a claim's icon link. */
const isBox = (node: ElementContent): boolean =>
  isElement(node) && (node.tagName === 'button' || (node.tagName === 'a' && ((node.properties.className as string[] | undefined) ?? []).includes('claim-link')));

/**
 * Each box (see isBox) and the closing punctuation right after it, held in
 * one `span.term-stop` (an inline-block): a line breaker may break after such
 * a box, in Chromium and Firefox alike, and start the next line with the
 * author's period or closing quote. The words stay the author's, only split;
 * the span holds no space, as Firefox drops a space before a nowrap span from
 * the text it reads and copies.
 */
export function keepStopsWithBoxes(nodes: readonly ElementContent[]): ElementContent[] {
  const result: ElementContent[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const next = nodes[index + 1];
    const stop = isBox(node) && next?.type === 'text' ? CLOSING.exec(next.value)?.[0] : undefined;
    if (stop && next?.type === 'text') {
      result.push({ type: 'element', tagName: 'span', properties: { className: ['term-stop'] }, children: [node, { type: 'text', value: stop }] });
      if (next.value.length > stop.length) result.push({ type: 'text', value: next.value.slice(stop.length) });
      index++;
    } else result.push(node.type === 'element' && !isBox(node) ? { ...node, children: keepStopsWithBoxes(node.children) } : node);
  }
  return result;
}

