// The inline Markdown of data files (links, emphasis), parsed by the same
// parser as the essay (Sätteri), so one set of rules renders every text.
import { markdownToHast, markdownToHtml } from 'satteri';
import { plainCopy, textContent, type Element, type ElementContent, type Root } from './tree/hast';
import { annotateFragment } from './tree/essay-tree';
import type { PhraseMark } from './tree/phrase-marks';

/** The essay's parser features, as astro.config.mjs sets them: the author's straight quotes and dashes are his words. */
export const ESSAY_FEATURES = { smartPunctuation: false } as const;

/** Data files' inline Markdown: links and emphasis only, so a bare "www.x.org" in a note stays text. */
const INLINE_FEATURES = { ...ESSAY_FEATURES, gfm: false } as const;

/** Inline Markdown as hast phrasing content (the paragraph it parses to, unwrapped). */
export function inlineHast(source: string): ElementContent[] {
  const root = plainCopy(markdownToHast(source.trim(), { features: INLINE_FEATURES }) as Root);
  return root.children.flatMap((node) => (node.type === 'element' && node.tagName === 'p' ? node.children : node.type === 'element' ? [node] : []));
}

/** The plain text of inline Markdown: link targets and markers dropped. */
export function inlineText(source: string): string {
  return inlineHast(source).map(textContent).join('');
}

/**
 * Inline Markdown as HTML, with phrase marks applied on the tree as in the
 * essay's paragraphs (`where` names the text in errors).
 */
export function inlineHtml(source: string, marks: readonly PhraseMark[] = [], where = 'inline text'): string {
  const { html } = markdownToHtml(source.trim(), {
    features: INLINE_FEATURES,
    hastPlugins: [
      {
        name: 'inline',
        element: {
          filter: ['p'],
          visit(node, ctx) {
            if (ctx.parent(node)?.type !== 'root') return;
            const marked = marks.length ? annotateFragment(plainCopy(node as Element), marks, where) : plainCopy(node as Element);
            ctx.replaceNode(node, marked.children);
          },
        },
      },
    ],
  });
  return html.trim();
}
