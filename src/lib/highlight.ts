import type { Element, ElementContent } from 'hast';
import { createCssVariablesTheme, createHighlighter, hastToHtml, type ShikiTransformer, type ThemedToken } from 'shiki';

/** The languages the site highlights (citations only). */
export type CodeLanguage = 'bibtex' | 'plaintext';

/**
 * Shiki's CSS-variables theme: every token's colour is `var(--rome-code-token-<kind>)`.
 * We never write those as inline styles (a strict CSP forbids style attributes):
 * the `codeClasses` transformer turns each kind into a class, and the
 * stylesheet colours the class from a token in tokens.css, so dark mode swaps
 * values there like everything else.
 */
export const codeTheme = createCssVariablesTheme({ name: 'edition-code', variablePrefix: '--rome-code-', fontStyle: true });
const TOKEN_KIND = /^var\(--rome-code-token-([a-z-]+)\)$/;
/** Shiki's FontStyle bit flags, as class names. */
const FONT_STYLES = [
  [1, 'tok-italic'],
  [2, 'tok-bold'],
  [4, 'tok-underline'],
  [8, 'tok-strike'],
] as const;

/** Classes for one token: its kind (none for plain text) and its font style. */
export function tokenClasses(token: Pick<ThemedToken, 'color' | 'fontStyle'>): string[] {
  const kind = token.color?.match(TOKEN_KIND)?.[1];
  const classes = kind ? [`tok-${kind}`] : [];
  for (const [flag, name] of FONT_STYLES) if (token.fontStyle !== undefined && token.fontStyle > 0 && (token.fontStyle & flag) !== 0) classes.push(name);
  return classes;
}

const classOf = (node: Element) => ((node.properties.className as string[] | undefined) ?? []).join(' ');

/**
 * The children of `<code>` with Shiki's line spans unwrapped, unclassed token
 * spans turned back into text, and neighbours of one kind merged: plain text
 * costs no element, and each run of one colour costs one.
 */
export function flattenCode(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  const push = (node: ElementContent) => {
    const last = out.at(-1);
    if (node.type === 'text') {
      if (last?.type === 'text') last.value += node.value;
      else out.push({ ...node });
      return;
    }
    if (node.type !== 'element') return;
    if (node.tagName === 'span' && classOf(node) === 'line') {
      node.children.forEach(push);
      return;
    }
    if (node.tagName === 'span' && classOf(node) === '') {
      node.children.forEach(push);
      return;
    }
    const text = node.children.length === 1 && node.children[0]!.type === 'text' ? node.children[0]!.value : undefined;
    if (text !== undefined && last?.type === 'element' && classOf(last) === classOf(node) && last.children[0]?.type === 'text') {
      last.children[0].value += text;
      return;
    }
    out.push(node);
  };
  children.forEach(push);
  return out;
}

/**
 * A Shiki transformer for a strict CSP: token colours become `tok-*` classes,
 * the `<pre>` loses its style attribute (Shiki's and Astro's) for
 * `class="code"`, and no element is spent on plain text. Used by `highlight`
 * and by the Markdown pipeline (astro.config.mjs `shikiConfig`).
 */
export const codeClasses: ShikiTransformer = {
  name: 'edition:code-classes',
  span(node, _line, _col, _lineElement, token) {
    const classes = tokenClasses(token);
    node.properties = classes.length ? { className: classes } : {};
  },
  code(node) {
    node.children = flattenCode(node.children);
  },
  pre(node) {
    // Focusable as Shiki's own output is, so a keyboard can scroll a long line.
    node.properties = { className: ['code'], tabIndex: 0, dataLanguage: this.options.lang };
  },
};

let highlighter: ReturnType<typeof createHighlighter> | undefined;

function getHighlighter() {
  highlighter ??= createHighlighter({ themes: [codeTheme], langs: ['bibtex'] });
  return highlighter;
}

/**
 * Highlight code at build time into `<pre class="code"><code>…</code></pre>`
 * with classes only: no `style` attribute anywhere, so the page's CSP needs no
 * `'unsafe-inline'`. Colours come from `.tok-*` rules in the stylesheet.
 */
export async function highlight(code: string, lang: CodeLanguage): Promise<string> {
  const tree = (await getHighlighter()).codeToHast(code, { lang, theme: codeTheme, transformers: [codeClasses] });
  return hastToHtml(tree);
}

/**
 * Shiki's tokens of `code` as character ranges by kind, for CSS Custom
 * Highlights: `{ 'tok-keyword': [start, end, start, end, …] }`, offsets into
 * the code's text, neighbours of one kind joined, plain text left out. The
 * page colours a citation's text with these on open, adding no element (and,
 * without JavaScript, it stays plain text).
 */
export async function tokenRanges(code: string, lang: CodeLanguage): Promise<Record<string, number[]>> {
  const { tokens } = (await getHighlighter()).codeToTokens(code, { lang, theme: codeTheme });
  const ranges: Record<string, number[]> = {};
  let last: { kind: string; end: number } | undefined;
  for (const token of tokens.flat()) {
    const kind = tokenClasses(token)[0];
    if (!kind?.startsWith('tok-') || !token.content) continue;
    const end = token.offset + token.content.length;
    const list = (ranges[kind] ??= []);
    // A token that starts where the last of its kind ended extends it.
    if (last?.kind === kind && last.end === token.offset) list[list.length - 1] = end;
    else list.push(token.offset, end);
    last = { kind, end };
  }
  return ranges;
}
