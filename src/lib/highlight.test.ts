import { describe, expect, it } from 'vitest';
import { codeToHast, hastToHtml } from 'shiki';
import { codeClasses, codeTheme, flattenCode, highlight, tokenClasses, tokenRanges } from './highlight';

describe('tokenClasses', () => {
  it('names a token by its kind and leaves plain text unclassed', () => {
    expect(tokenClasses({ color: 'var(--rome-code-token-keyword)', fontStyle: 0 })).toEqual(['tok-keyword']);
    expect(tokenClasses({ color: 'var(--rome-code-foreground)', fontStyle: 0 })).toEqual([]);
    expect(tokenClasses({ color: 'var(--rome-code-token-comment)', fontStyle: 1 })).toEqual(['tok-comment', 'tok-italic']);
  });
});

describe('flattenCode', () => {
  it('unwraps lines, turns unclassed spans into text and joins neighbours of one kind', () => {
    const span = (className: string[], value: string) => ({ type: 'element' as const, tagName: 'span', properties: { className }, children: [{ type: 'text' as const, value }] });
    const plain = (value: string) => ({ type: 'element' as const, tagName: 'span', properties: {}, children: [{ type: 'text' as const, value }] });
    const children = flattenCode([
      { type: 'element', tagName: 'span', properties: { className: ['line'] }, children: [span(['tok-keyword'], '@mi'), span(['tok-keyword'], 'sc'), plain('{'), plain('a')] },
      { type: 'text', value: '\n' },
      { type: 'element', tagName: 'span', properties: { className: ['line'] }, children: [plain('}')] },
    ]);
    expect(children).toEqual([span(['tok-keyword'], '@misc'), { type: 'text', value: '{a\n}' }]);
  });
});

describe('codeClasses', () => {
  it('also strips the style another transformer (Astro’s) put on the <pre>', async () => {
    const astroLike = { name: 'astro-like', pre: (node: { properties: Record<string, unknown> }) => void (node.properties.style = 'overflow-x: auto') };
    const html = hastToHtml(await codeToHast('@misc{a,\n  year = {1986}\n}', { lang: 'bibtex', theme: codeTheme, transformers: [astroLike, codeClasses] }));
    expect(html).not.toContain('style=');
    expect(html).toMatch(/^<pre class="code" tabindex="0" data-language="bibtex"><code><span class="tok-keyword">@misc<\/span>/);
  });
});

describe('highlight', () => {
  const bibtex = '@misc{hamming1986,\n  title = {{You and Your Research}},\n  month = mar\n}';

  it('colours by class, never by style attribute, and keeps the text exact', async () => {
    const html = await highlight(bibtex, 'bibtex');
    expect(html).not.toContain('style=');
    expect(html).toMatch(/^<pre class="code" tabindex="0" data-language="bibtex"><code>/);
    expect(html).toContain('<span class="tok-keyword">@misc</span>');
    const text = html.replace(/<[^>]+>/g, '').replaceAll('&#x26;', '&');
    expect(text).toBe(bibtex);
  });

  it('leaves plain text as text', async () => {
    expect(await highlight('A & B <c>', 'plaintext')).toBe('<pre class="code" tabindex="0" data-language="plaintext"><code>A &#x26; B &#x3C;c></code></pre>');
  });
});

describe('tokenRanges', () => {
  it("gives Shiki's BibTeX tokens as ranges of the text by kind, plain text left out", async () => {
    const code = '@misc{hamming1986research,\n  month        = mar,\n  note         = {A \\& B}\n}';
    const ranges = await tokenRanges(code, 'bibtex');
    const words = Object.fromEntries(
      Object.entries(ranges).map(([kind, offsets]) => [kind, offsets.flatMap((start, index) => (index % 2 ? [] : [code.slice(start, offsets[index + 1])]))]),
    );
    expect(words).toEqual({
      'tok-keyword': ['@misc', '=', '='],
      'tok-function': ['hamming1986research', 'month', 'note'],
      'tok-constant': ['mar'],
    });
  });
});
