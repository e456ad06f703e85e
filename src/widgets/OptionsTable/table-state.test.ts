import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, describeResult, parseTableState, serializeTableState, visibleRows } from './table-state';

const KINDS = ['big-tech', 'startup', 'agi-lab', 'not-ml'];
const ROWS = [
  { id: 'faang', kindSlug: 'big-tech', lead: 10 },
  { id: 'own-company', kindSlug: 'startup', lead: null },
  { id: 'openai', kindSlug: 'agi-lab', lead: 1 },
  { id: 'tesla', kindSlug: 'big-tech', lead: 10 },
  { id: 'robotics', kindSlug: 'startup', lead: 5 },
  { id: 'crypto', kindSlug: 'not-ml', lead: null },
];

describe('parseTableState', () => {
  it('reads kinds, sort and view', () => {
    expect(parseTableState('?kind=startup,big-tech&sort=lead&view=2022', KINDS, '2022')).toEqual({ kinds: ['big-tech', 'startup'], sort: 'lead', view: 'published' });
  });

  it('falls back to the default view for malformed or unknown input, without throwing', () => {
    for (const search of ['', '?', '?kind=', '?kind=%E0%A4%A', '?sort=sideways&view=1999', '?kind=,,nonsense,,', '?kind[]=x&&&=', '%%%']) {
      expect(parseTableState(search, KINDS, '2022')).toEqual(DEFAULT_STATE);
    }
  });

  it('drops unknown kinds but keeps known ones, once each', () => {
    expect(parseTableState('?kind=startup,unicorns,startup', KINDS, '2022').kinds).toEqual(['startup']);
  });
});

describe('serializeTableState', () => {
  it('round-trips every state', () => {
    const states = [
      DEFAULT_STATE,
      { kinds: ['startup'], sort: 'author', view: 'hindsight' },
      { kinds: ['big-tech', 'not-ml'], sort: 'lead', view: 'published' },
    ] as const;
    for (const state of states) expect(parseTableState(serializeTableState({ ...state, kinds: [...state.kinds] }, '2022'), KINDS, '2022')).toEqual(state);
  });

  it('leaves the default out of the URL and other parameters alone', () => {
    expect(serializeTableState(DEFAULT_STATE, '2022')).toBe('');
    expect(serializeTableState({ kinds: ['startup'], sort: 'lead', view: 'hindsight' }, '2022', '?utm=x&sort=author')).toBe('?utm=x&kind=startup&sort=lead');
  });
});

describe('visibleRows', () => {
  it("keeps the author's order by default", () => {
    expect(visibleRows(ROWS, DEFAULT_STATE).map((r) => r.id)).toEqual(ROWS.map((r) => r.id));
  });

  it('filters by kind', () => {
    expect(visibleRows(ROWS, { ...DEFAULT_STATE, kinds: ['startup', 'not-ml'] }).map((r) => r.id)).toEqual(['own-company', 'robotics', 'crypto']);
  });

  it('sorts by the longest claimed lead, ties and rows without a lead in the author\'s order', () => {
    expect(visibleRows(ROWS, { ...DEFAULT_STATE, sort: 'lead' }).map((r) => r.id)).toEqual(['faang', 'tesla', 'robotics', 'openai', 'own-company', 'crypto']);
  });
});

describe('describeResult', () => {
  it('says how many rows show, in what order and which view', () => {
    expect(describeResult(9, 9, DEFAULT_STATE, '2022')).toBe("Showing all 9 options, in the author's order, with our notes since 2022.");
    expect(describeResult(3, 9, { ...DEFAULT_STATE, sort: 'lead', view: 'published' }, '2022')).toBe('Showing 3 of 9 options, longest claimed lead first, as published in 2022.');
  });
});
