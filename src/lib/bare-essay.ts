// The essay as bare HTML: the author's title, words and links as the MDX parses
// them, and nothing the edition adds (no notes, widgets, stylesheet or script).
// `npm run bench` measures the essay page's first paint against this page, so
// the ratio says what the edition costs a reader over the words alone (#23).
import { escapeHtml } from './text';
import type { Element, Root, TreeNode } from './tree/hast';

/** Elements HTML writes without an end tag. */
const VOID = new Set(['br', 'hr', 'img', 'wbr']);

/** The attributes a bare page keeps: where links go, what an image is. Classes, ids and the rest are the edition's. */
const KEPT = ['href', 'src', 'alt', 'start'];

function attributes(node: Element): string {
  return KEPT.filter((name) => node.properties[name] !== undefined && node.properties[name] !== null)
    .map((name) => ` ${name}="${escapeHtml(String(node.properties[name]))}"`)
    .join('');
}

/**
 * A node as HTML. Components the MDX places as blocks (`<OptionsTable />`) are
 * the edition's and dropped; a component inside a sentence keeps its words (the
 * essay model counts them as the sentence's); expressions and imports are code.
 */
function html(node: TreeNode): string {
  switch (node.type) {
    case 'text':
      return escapeHtml(node.value);
    case 'element': {
      const inner = node.children.map(html).join('');
      return VOID.has(node.tagName) ? `<${node.tagName}${attributes(node)}>` : `<${node.tagName}${attributes(node)}>${inner}</${node.tagName}>`;
    }
    case 'root':
      return node.children.map(html).join('');
    default:
      return node.type === 'mdxJsxTextElement' && 'children' in node ? (node.children as TreeNode[]).map(html).join('') : '';
  }
}

export interface BareEssay {
  /** The author's title, exactly. */
  title: string;
  /** The essay's MDX parsed to hast, as the build parses it. */
  body: Root;
  /** The document's language (the edition's pages default to English). */
  lang?: string;
}

/**
 * The bare page: a phone viewport (as the essay page sets it, so both lay out at
 * the same width), the title, and the body's words and links in default
 * browser styling. No style, script or link element.
 */
export function bareEssayHtml({ title, body, lang = 'en' }: BareEssay): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    html(body),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
