import { describe, expect, it } from 'vitest';
import { citationOf } from './facts';

describe('citationOf', () => {
  it('shows the source host and the date', () => {
    expect(citationOf({ id: 'chatgpt', group: 'g', date: '2022-11-30', fact: 'f', source: 'https://www.theverge.com/x', standing: 'press' })).toEqual({
      date: '2022-11-30',
      dateLabel: 'November 30, 2022',
      source: 'https://www.theverge.com/x',
      sourceHost: 'theverge.com',
      sourceDateLabel: null,
      standing: 'press',
      asOf: false,
    });
  });

  it('gives the source its own date only where the fact states one, and marks facts that age', () => {
    const post = citationOf({ id: 'p', group: 'g', date: '2026-09-10', fact: 'f', source: 'https://evjang.com/x', sourceDate: '2026-09-10', reviewBy: '2027-07-01' });
    expect(post).toMatchObject({ dateLabel: 'September 10, 2026', sourceDateLabel: 'September 10, 2026', asOf: true });
  });
});
