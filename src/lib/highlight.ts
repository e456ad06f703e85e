import type { Element, ElementContent } from 'hast';
import { createCssVariablesTheme, createHighlighter, hastToHtml, type ThemedToken } from 'shiki';

/** The languages the site highlights (citations only). */
export type CodeLanguage = 'bibtex' | 'plaintext';

/**
 * Shiki's CSS-variables theme: every token's colour is `var(--rome-code-token-<kind>)`.
 * We never write those as inline styles (a strict CSP forbids style attributes):
 * each kind becomes a class, and the stylesheet colours the class from a token
 * in tokens.css, so dark mode swaps values there like everything else.
 */
const theme = createCssVariablesTheme({ name: 'rome-code', variablePrefix: '--rome-code-', fontStyle: true });
const TOKEN_KIND = /^var\(--rome-code-token-([a-z-]+)\)$/;
/** Shiki's FontStyle bit flags, as class names. */
const FONT_STYLES = [
  [1, 'tok-italic'],
  [2, 'tok-bold'],
  [4, 'tok-underline'],
  [8, 'tok-strike'],
] as const;

let highlighter: ReturnType<typeof createHighlighter> | undefined;

function getHighlighter() {
  highlighter ??= createHighlighter({ themes: [theme], langs: ['bibtex'] });
  return highlighter;
}

/** Classes for one token: its kind (none for plain text) and its font style. */
export function tokenClasses(token: Pick<ThemedToken, 'color' | 'fontStyle'>): string[] {
  const kind = token.color?.match(TOKEN_KIND)?.[1];
  const classes = kind ? [`tok-${kind}`] : [];
  for (const [flag, name] of FONT_STYLES) if (token.fontStyle !== undefined && token.fontStyle > 0 && (token.fontStyle & flag) !== 0) classes.push(name);
  return classes;
}

/**
 * Lines of tokens as the children of `<code>`: plain text stays text (no span
 * per token, no span per line), neighbours of the same kind share one span.
 */
export function tokensToChildren(lines: Pick<ThemedToken, 'content' | 'color' | 'fontStyle'>[][]): ElementContent[] {
  const children: ElementContent[] = [];
  const push = (classes: string[], value: string) => {
    const last = children.at(-1);
    if (classes.length === 0) {
      if (last?.type === 'text') last.value += value;
      else children.push({ type: 'text', value });
      return;
    }
    const className = classes.join(' ');
    if (last?.type === 'element' && (last.properties.className as string[]).join(' ') === className && last.children[0]?.type === 'text') {
      last.children[0].value += value;
      return;
    }
    children.push({ type: 'element', tagName: 'span', properties: { className: classes }, children: [{ type: 'text', value }] });
  };
  lines.forEach((line, index) => {
    if (index > 0) push([], '\n');
    for (const token of line) push(tokenClasses(token), token.content);
  });
  return children;
}

/**
 * Highlight code at build time into `<pre class="code"><code>…</code></pre>`
 * with classes only: no `style` attribute anywhere, so the page's CSP needs no
 * `'unsafe-inline'`. Colours come from `.tok-*` rules in the stylesheet.
 */
export async function highlight(code: string, lang: CodeLanguage): Promise<string> {
  const lines = lang === 'plaintext' ? code.split('\n').map((content) => [{ content }]) : (await getHighlighter()).codeToTokensBase(code, { lang, theme });
  const pre: Element = {
    type: 'element',
    tagName: 'pre',
    // Focusable as Shiki's own output is, so a keyboard can scroll a long line.
    properties: { className: ['code'], tabIndex: 0, dataLanguage: lang },
    children: [{ type: 'element', tagName: 'code', properties: {}, children: tokensToChildren(lines) }],
  };
  return hastToHtml(pre);
}
