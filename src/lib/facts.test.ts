import { describe, expect, it } from 'vitest';
import { citationOf, hindsightLine } from './facts';

describe('hindsightLine', () => {
  it('carries the kind of source from the fact, and none for a primary source', () => {
    const fact = { id: 'w', date: '1988', source: 'https://en.wikipedia.org/wiki/X', standing: 'press' as const };
    expect(hindsightLine('t', { ...fact, sourceKind: 'reference work' }).sourceKind).toBe('reference work');
    expect(hindsightLine('t', { ...fact, sourceKind: 'press report' }).sourceKind).toBe('press report');
    expect(hindsightLine('t', { id: 'p', source: 'https://openai.com/x', standing: 'primary' })).not.toHaveProperty('sourceKind');
  });
});

describe('citationOf', () => {
  it('shows the source host and the date', () => {
    expect(citationOf({ id: 'chatgpt', group: 'g', date: '2022-11-30', fact: 'f', source: 'https://www.theverge.com/x', standing: 'press', sourceKind: 'press report' })).toEqual({
      date: '2022-11-30',
      dateLabel: 'November 30, 2022',
      dateOf: null,
      source: 'https://www.theverge.com/x',
      sourceHost: 'theverge.com',
      sourceDateLabel: null,
      standing: 'press',
      sourceKind: 'press report',
      asOf: false,
    });
  });

  it('gives the source its own date only where the fact states one, and marks facts that age', () => {
    const post = citationOf({ id: 'p', group: 'g', date: '2026-09-10', fact: 'f', source: 'https://evjang.com/x', sourceDate: '2026-09-10', reviewBy: '2027-07-01' });
    expect(post).toMatchObject({ dateLabel: 'September 10, 2026', sourceDateLabel: 'September 10, 2026', asOf: true });
  });
});
