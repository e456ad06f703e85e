import { describe, expect, it } from 'vitest';
import { citationOf, hindsightLine } from './facts';

describe('hindsightLine', () => {
  it('carries the kind of source from the fact, and none for a primary source', () => {
    const fact = { id: 'w', date: '1988', source: 'https://en.wikipedia.org/wiki/X', standing: 'press' as const };
    expect(hindsightLine('t', { ...fact, sourceKind: 'reference work' }, '2026-12-04').sourceKind).toBe('reference work');
    expect(hindsightLine('t', { ...fact, sourceKind: 'press report' }, '2026-12-04').sourceKind).toBe('press report');
    expect(hindsightLine('t', { id: 'p', source: 'https://openai.com/x', standing: 'primary' }, '2026-12-04')).not.toHaveProperty('sourceKind');
  });

  it('says a fact that ages is due for review once the build day is past its review day, not on it', () => {
    const plan = { id: 'plan', date: '2025-10-28', reviewBy: '2027-01-01' };
    expect(hindsightLine('t', plan, '2027-01-01')).toMatchObject({ asOf: true, reviewBy: '2027-01-01', due: false });
    expect(hindsightLine('t', plan, '2027-01-02')).toMatchObject({ asOf: true, reviewBy: '2027-01-01', due: true });
    expect(hindsightLine('t', { id: 'done', date: '2022-11-30' }, '2030-01-01')).not.toHaveProperty('due');
  });
});

describe('citationOf', () => {
  it('shows the source host and the date', () => {
    expect(citationOf({ id: 'chatgpt', group: 'g', date: '2022-11-30', fact: 'f', source: 'https://www.theverge.com/x', standing: 'press', sourceKind: 'press report' }, '2026-12-04')).toEqual({
      date: '2022-11-30',
      dateLabel: 'November 30, 2022',
      dateOf: null,
      source: 'https://www.theverge.com/x',
      sourceHost: 'theverge.com',
      sourceDateLabel: null,
      standing: 'press',
      sourceKind: 'press report',
      asOf: false,
      reviewBy: null,
      due: false,
    });
  });

  it('gives the source its own date only where the fact states one, and marks facts that age', () => {
    const fact = { id: 'p', group: 'g', date: '2026-09-10', fact: 'f', source: 'https://evjang.com/x', sourceDate: '2026-09-10', reviewBy: '2027-07-01' };
    const post = citationOf(fact, '2026-12-04');
    expect(post).toMatchObject({ dateLabel: 'September 10, 2026', sourceDateLabel: 'September 10, 2026', asOf: true, reviewBy: '2027-07-01', due: false });
    expect(citationOf(fact, '2027-07-02').due).toBe(true);
  });
});
