// The essay's one tree pass, as pure functions over hast: which blocks are the
// author's paragraphs and list items, their ids and plain text (for validation
// and share pages), and the annotated form of each block and section heading.
// The Sätteri adapter (src/integrations/essay-annotations.ts) calls these at
// build time; the loaders call `essayOutline` on the same parse to validate data.
import GithubSlugger from 'github-slugger';
import { permalinkAttributes, shareAttributes } from '../anchors';
import { phraseStart } from '../phrases';
import { normalizeText } from '../text';
import { blockIdFor, type BlockOpening } from './block-ids';
import { element, isElement, propertiesOf, textContent, type Element, type Root, type TreeNode } from './hast';
import { markPhrases, type PhraseMark } from './phrase-marks';

/** Where the essay and its registry live, for error messages. */
export interface EssayFiles {
  essay: string;
  registry: string;
}

/** One of the author's paragraphs or list items. */
export interface EssayBlock {
  id: string;
  kind: 'p' | 'li';
  /** Plain, normalised text (see normalizeText). */
  text: string;
}

/** A section: its heading's slug and text, and its first block's text. */
export interface EssaySection {
  id: string;
  heading: string;
  opening: string | null;
}

export interface EssayOutline {
  blocks: EssayBlock[];
  sections: EssaySection[];
}

/** A paragraph inside a list item belongs to the item; the item is the block. */
export function isBlock(node: Element, parent: TreeNode | undefined): boolean {
  if (node.tagName === 'li') return true;
  return node.tagName === 'p' && !isElement(parent, 'li');
}

/** The plain text a block is identified and validated by. */
export function blockText(node: Element): string {
  return normalizeText(textContent(node));
}

/**
 * The essay's blocks and sections in reading order, from its parsed tree.
 * Components placed by the MDX (`<OptionsTable />`) are not the author's prose and are skipped.
 */
export function essayOutline(root: Root, registry: readonly BlockOpening[], files: EssayFiles): EssayOutline {
  const blocks: EssayBlock[] = [];
  const sections: EssaySection[] = [];
  const slugger = new GithubSlugger();
  const walk = (node: TreeNode, parent: TreeNode | undefined) => {
    if (isElement(node) && /^h[1-6]$/.test(node.tagName)) {
      const heading = textContent(node);
      const id = slugger.slug(heading);
      if (node.tagName === 'h2') sections.push({ id, heading, opening: null });
      return;
    }
    if (isElement(node) && isBlock(node, parent)) {
      const text = blockText(node);
      blocks.push({ id: blockIdFor(text, registry, files), kind: node.tagName === 'li' ? 'li' : 'p', text });
      const section = sections.at(-1);
      if (section && section.opening === null) section.opening = text;
      if (node.tagName === 'li') return;
    }
    if (node.type === 'root' || isElement(node)) for (const child of node.children) walk(child, node);
  };
  walk(root, undefined);
  return { blocks, sections };
}

/** What the transform attaches to the essay: the registry, and each block's marks by id. */
export interface EssayAnnotations {
  registry: readonly BlockOpening[];
  /** Section ids from the registry; every h2 must be one. */
  sections: ReadonlySet<string>;
  marks: ReadonlyMap<string, readonly PhraseMark[]>;
  /** The `/s/` path with the site's base, for share links. */
  sharePath: string;
  files: EssayFiles;
}

/** The bodies of a block's notes, in the order their phrases come in the text. */
function noteBodies(node: Element, marks: readonly PhraseMark[]): Element[] {
  const text = textContent(node);
  return marks
    .filter((mark) => mark.body)
    .map((mark) => ({ body: mark.body!, at: phraseStart(text, mark.phrase) }))
    .sort((a, b) => a.at - b.at)
    .map(({ body }) => body);
}

/** The container of a block's notes, outside the author's sentence: the margin's, on wide screens. */
function noteGroup(bodies: Element[]): Element {
  return element('span', propertiesOf({ class: 'note-group', 'data-ours': '' }), bodies);
}

/**
 * A block with its registered id and its phrases marked, then its notes: after
 * a paragraph (so its sentences read whole), or at the end of a list item. Its
 * permalink is not in the HTML: one shared link, moved by a script to the
 * paragraph under the pointer or focus (client/permalinks.ts), and Alt+L,
 * stand in for a link per paragraph, which cost an element and a tab stop each.
 */
export function annotateBlock(node: Element, annotations: EssayAnnotations): Element[] {
  const id = blockIdFor(blockText(node), annotations.registry, annotations.files);
  const marks = annotations.marks.get(id) ?? [];
  const children = markPhrases(node.children, marks, `paragraph ${id} of ${annotations.files.essay}`);
  const bodies = noteBodies(node, marks);
  const group = bodies.length ? [noteGroup(bodies)] : [];
  const block: Element = { ...node, properties: { ...node.properties, id, className: ['anchored'] }, children };
  if (node.tagName === 'li') return [{ ...block, children: [...block.children, ...group] }];
  return [block, ...group];
}

/** Apply marks to a stand-alone fragment (a table cell), without ids or permalinks; its notes close the fragment. */
export function annotateFragment(node: Element, marks: readonly PhraseMark[], where: string): Element {
  const own = marks.filter((mark) => textContent(node).includes(mark.phrase));
  const bodies = noteBodies(node, own);
  return { ...node, children: [...markPhrases(node.children, own, where), ...(bodies.length ? [noteGroup(bodies)] : [])] };
}

/**
 * A section heading with its slug as id, checked against the registry, in a
 * wrapper with its permalink and share links beside it, not inside it (as
 * Starlight places its heading anchors): the heading's name is its words only.
 */
export function annotateHeading(node: Element, id: string, annotations: EssayAnnotations): Element {
  if (!annotations.sections.has(id)) {
    throw new Error(`${annotations.files.essay}: section "${textContent(node)}" (#${id}) is not in ${annotations.files.registry} under \`sections\``);
  }
  const label = `section: ${textContent(node)}`;
  // The two links are one Tab stop, arrow keys between them (client/roving.ts).
  return element('div', propertiesOf({ class: 'section-heading anchored', 'data-roving': '' }), [
    { ...node, properties: { ...node.properties, id } },
    element('a', propertiesOf({ ...permalinkAttributes(id, label), 'data-roving-item': '' })),
    element('a', propertiesOf({ ...shareAttributes(id, label, annotations.sharePath), 'data-roving-item': '' })),
  ]);
}
