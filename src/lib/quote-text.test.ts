import { describe, expect, it } from 'vitest';
import { quoteText } from './quote-text';

describe('a ready quote', () => {
  const source = { author: 'Ada Example', title: 'Slow Bridges' };
  it('quotes the words, then names who wrote them, where, and links to the place', () => {
    expect(quoteText('a bridge is a promise', source, 'https://x.org/#p-1')).toBe('> a bridge is a promise\n— Ada Example, “Slow Bridges”, https://x.org/#p-1');
  });
  it('reads white space runs, line breaks included, as one space', () => {
    expect(quoteText('  built\n   twice ', source, 'u')).toBe('> built twice\n— Ada Example, “Slow Bridges”, u');
  });
});
