import { describe, expect, it } from 'vitest';
import { highlight, tokenClasses, tokensToChildren } from './highlight';

describe('tokenClasses', () => {
  it('names a token by its kind and leaves plain text unclassed', () => {
    expect(tokenClasses({ color: 'var(--rome-code-token-keyword)', fontStyle: 0 })).toEqual(['tok-keyword']);
    expect(tokenClasses({ color: 'var(--rome-code-foreground)', fontStyle: 0 })).toEqual([]);
    expect(tokenClasses({ color: 'var(--rome-code-token-comment)', fontStyle: 1 })).toEqual(['tok-comment', 'tok-italic']);
  });
});

describe('tokensToChildren', () => {
  it('joins plain text and neighbours of one kind', () => {
    const children = tokensToChildren([
      [
        { content: '@misc', color: 'var(--rome-code-token-keyword)' },
        { content: '{', color: 'var(--rome-code-foreground)' },
        { content: 'a', color: 'var(--rome-code-foreground)' },
      ],
      [{ content: '}' }],
    ]);
    expect(children).toHaveLength(2);
    expect(children[1]).toEqual({ type: 'text', value: '{a\n}' });
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
