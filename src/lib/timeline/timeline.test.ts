import { describe, expect, it } from 'vitest';
import { parseHorizon } from '../horizon';
import {
  addYears,
  barGeometry,
  buildDate,
  buildTimeline,
  claimInHash,
  describeEnd,
  horizonEnd,
  labelAnchor,
  percent,
  positionOf,
  resolveHindsight,
  statusOn,
  timeDomain,
  yearTicks,
  type ClaimInput,
} from '.';

const ESSAY = '2022-04-25';

const claim = (id: string, horizon: string, extra: Partial<ClaimInput> = {}): ClaimInput => ({
  id,
  kind: 'forecast',
  label: id,
  phrase: `phrase of ${id}`,
  start: ESSAY,
  horizon,
  context: `#phrase-claim-${id}`,
  definedIn: `test, claim ${id}`,
  hindsight: [],
  ...extra,
});

describe('addYears and horizonEnd', () => {
  it('adds whole years to the day', () => {
    expect(addYears(ESSAY, 10)).toBe('2032-04-25');
    expect(horizonEnd(ESSAY, parseHorizon('~10'))).toBe('2032-04-25');
    expect(horizonEnd(ESSAY, parseHorizon('<10'))).toBe('2032-04-25');
    expect(horizonEnd(ESSAY, parseHorizon('5+'))).toBe('2027-04-25');
    expect(horizonEnd(ESSAY, parseHorizon('20'))).toBe('2042-04-25');
  });

  it('adds fractional years to the nearest month', () => {
    expect(addYears(ESSAY, 1.5)).toBe('2023-10-25');
    expect(addYears(ESSAY, 0.25)).toBe('2022-07-25');
  });

  it('moves Feb 29 to Feb 28 in a year without one', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('rejects dates that are not on the calendar', () => {
    expect(() => addYears('2022-02-30', 1)).toThrow(/calendar/);
    expect(() => addYears('April 2022', 1)).toThrow(/ISO/);
  });
});

describe('statusOn', () => {
  it('is open until the end date, passed from it on', () => {
    expect(statusOn('2023-04-25', '2023-04-24')).toBe('open');
    expect(statusOn('2023-04-25', '2023-04-25')).toBe('passed');
    expect(statusOn('2032-04-25', '2026-11-26')).toBe('open');
  });

  it('treats every qualifier by its stated number of years', () => {
    const today = '2027-05-01';
    for (const text of ['~5', '<5', '5+', '5']) expect(statusOn(horizonEnd(ESSAY, parseHorizon(text)), today), text).toBe('passed');
    for (const text of ['~6', '<6', '6+', '6']) expect(statusOn(horizonEnd(ESSAY, parseHorizon(text)), today), text).toBe('open');
  });
});

describe('buildDate', () => {
  it('takes BUILD_DATE when set', () => {
    expect(buildDate('2030-01-02', new Date('2026-11-26T12:00:00Z'))).toBe('2030-01-02');
  });

  it('falls back to the current UTC date', () => {
    expect(buildDate(undefined, new Date('2026-11-26T23:30:00-05:00'))).toBe('2026-11-27');
    expect(buildDate('', new Date('2026-11-26T12:00:00Z'))).toBe('2026-11-26');
  });

  it('names BUILD_DATE when it is not a date', () => {
    expect(() => buildDate('2030-13-01')).toThrow(/BUILD_DATE/);
    expect(() => buildDate('next year')).toThrow(/BUILD_DATE/);
  });
});

describe('the axis', () => {
  it('runs from the first start year to a round year past the last end', () => {
    expect(timeDomain([ESSAY], ['2042-04-25'], '2026-11-26')).toEqual({ from: '2022-01-01', to: '2045-01-01' });
    expect(timeDomain([ESSAY], ['2044-06-01'], '2026-11-26')).toEqual({ from: '2022-01-01', to: '2050-01-01' });
  });

  it('grows to keep today on it', () => {
    expect(timeDomain([ESSAY], ['2032-04-25'], '2051-03-01')).toEqual({ from: '2022-01-01', to: '2055-01-01' });
  });

  it('places dates proportionally and clamps outside ones', () => {
    const domain = { from: '2020-01-01', to: '2030-01-01' };
    expect(positionOf('2020-01-01', domain)).toBe(0);
    expect(positionOf('2030-01-01', domain)).toBe(1);
    expect(positionOf('2025-01-01', domain)).toBeCloseTo(0.5, 3);
    expect(positionOf('2019-06-01', domain)).toBe(0);
    expect(positionOf('2031-06-01', domain)).toBe(1);
  });

  it('has a tick every year, labelled every fifth year and at the start', () => {
    const ticks = yearTicks({ from: '2022-01-01', to: '2045-01-01' });
    expect(ticks.map((t) => t.year)).toEqual(Array.from({ length: 24 }, (_, i) => 2022 + i));
    expect(ticks.filter((t) => t.major).map((t) => t.year)).toEqual([2022, 2025, 2030, 2035, 2040, 2045]);
    expect(ticks[0]!.x).toBe(0);
    expect(ticks.at(-1)!.x).toBe(1);
  });
});

describe('barGeometry keeps the qualifier visible', () => {
  const domain = { from: '2022-01-01', to: '2045-01-01' };

  it('draws an exact horizon solid to its end', () => {
    const bar = barGeometry(ESSAY, parseHorizon('20'), domain);
    expect(bar.solidEnd).toBe(bar.end);
    expect(bar.end).toBeCloseTo(positionOf('2042-04-25', domain));
    expect(bar.band).toBeUndefined();
    expect(bar.open).toBeUndefined();
    expect(bar.hollow).toBe(false);
  });

  it('fades "~" over a band around the horizon', () => {
    const bar = barGeometry(ESSAY, parseHorizon('~10'), domain);
    expect(bar.band).toEqual([positionOf('2031-04-25', domain), positionOf('2033-04-25', domain)]);
    expect(bar.solidEnd).toBe(bar.band![0]);
  });

  it('keeps "~1" a visible solid part', () => {
    const bar = barGeometry(ESSAY, parseHorizon('~1'), domain);
    expect(bar.solidEnd).toBeGreaterThan(bar.start);
    expect(bar.band).toEqual([positionOf('2022-10-25', domain), positionOf('2023-10-25', domain)]);
  });

  it('leaves "+" open to the end of the axis', () => {
    const bar = barGeometry(ESSAY, parseHorizon('5+'), domain);
    expect(bar.open).toEqual([positionOf('2027-04-25', domain), 1]);
  });

  it('draws "<" hollow: any time within', () => {
    expect(barGeometry(ESSAY, parseHorizon('<10'), domain).hollow).toBe(true);
  });
});

describe('words for dates', () => {
  it('keeps the qualifier in the end date', () => {
    expect(describeEnd('2032-04-25', 'about')).toBe('about April 2032');
    expect(describeEnd('2032-04-25', 'under')).toBe('by April 2032');
    expect(describeEnd('2027-04-25', 'over')).toBe('April 2027 or later');
    expect(describeEnd('2042-04-25', 'exactly')).toBe('April 2042');
  });
});

describe('resolveHindsight', () => {
  const facts = new Map([
    ['late', { id: 'late', date: '2024-03-19', source: 'https://www.theregister.com/x' }],
    ['early', { id: 'early', date: '2023-03' }],
    ['undated', { id: 'undated' }],
  ]);

  it('adds each fact\'s date and source, oldest first', () => {
    const lines = resolveHindsight(claim('c', '1', { hindsight: [{ fact: 'undated', text: 'U' }, { fact: 'late', text: 'L' }, { fact: 'early', text: 'E' }] }), facts, '2026-12-04');
    expect(lines.map((l) => l.text)).toEqual(['E', 'L', 'U']);
    expect(lines[1]).toEqual({ text: 'L', datetime: '2024-03-19', dateText: 'March 19, 2024', source: 'https://www.theregister.com/x', sourceName: 'theregister.com' });
  });

  it('marks a line citing a fact that will age, to read "as of" its date', () => {
    const aging = new Map([['plan', { id: 'plan', date: '2025-10-28', reviewBy: '2027-01-01' }]]);
    expect(resolveHindsight(claim('c', '1', { hindsight: [{ fact: 'plan', text: 'P' }] }), aging, '2026-12-04')[0]).toMatchObject({ dateText: 'October 28, 2025', asOf: true });
  });

  it('names the claim when a fact is unknown', () => {
    expect(() => resolveHindsight(claim('c', '1', { hindsight: [{ fact: 'nope', text: 'x' }] }), facts, '2026-12-04')).toThrow('test, claim c: hindsight 0 cites unknown fact "nope"');
  });
});

describe('buildTimeline', () => {
  const inputs = [
    claim('agi', '20', { kind: 'milestone' }),
    claim('value', '1', { kind: 'milestone' }),
    claim('compute', '~10', { kind: 'lead-time', context: '#option-faang' }),
    claim('startups', '<10'),
  ];

  it('groups by kind in a fixed order and sorts each group by end date', () => {
    const timeline = buildTimeline(inputs, new Map(), '2026-11-26');
    expect(timeline.groups.map((g) => g.kind)).toEqual(['lead-time', 'forecast', 'milestone']);
    expect(timeline.groups[2]!.claims.map((c) => c.id)).toEqual(['value', 'agi']);
  });

  it('marks each claim passed or open from the given date', () => {
    const status = (today: string) =>
      Object.fromEntries(buildTimeline(inputs, new Map(), today).groups.flatMap((g) => g.claims.map((c) => [c.id, c.status])));
    expect(status('2026-11-26')).toEqual({ compute: 'open', startups: 'open', value: 'passed', agi: 'open' });
    expect(status('2033-01-01')).toEqual({ compute: 'passed', startups: 'passed', value: 'passed', agi: 'open' });
  });

  it('moves the today marker with the date', () => {
    const a = buildTimeline(inputs, new Map(), '2026-11-26');
    const b = buildTimeline(inputs, new Map(), '2031-06-01');
    expect(a.todayX).toBeCloseTo(positionOf('2026-11-26', a.domain));
    expect(b.todayX).toBeGreaterThan(a.todayX);
    expect(a.todayText).toBe('Nov 26, 2026');
    expect(a.todayLongText).toBe('November 26, 2026');
  });

  it('keeps the horizon’s text and says it is the author’s number', () => {
    const compute = buildTimeline(inputs, new Map(), '2026-11-26').groups[0]!.claims[0]!;
    expect(compute.horizon).toMatchObject({ text: '~10', short: '~10 yr', description: 'about 10 years', stated: true, source: 'the author’s number' });
    expect(compute.endText).toBe('about April 2032');
  });

  it('says when a horizon is our reading of the author’s vague words', () => {
    const [vague] = buildTimeline([claim('moat', '~3', { reading: 'in a few years' })], new Map(), '2026-11-26').groups[0]!.claims;
    expect(vague!.horizon).toMatchObject({ text: '~3', stated: false, source: 'our reading of “in a few years”' });
  });

  it('names both places when two claims share an id', () => {
    expect(() => buildTimeline([claim('x', '1'), claim('x', '2', { definedIn: 'src/data/options.yaml, row faang' })], new Map(), '2026-11-26')).toThrow(
      'src/data/options.yaml, row faang: claim id "x" is already used by test, claim x',
    );
  });

  it('names the claim when its horizon is bad', () => {
    expect(() => buildTimeline([claim('x', '~5+')], new Map(), '2026-11-26')).toThrow(/^test, claim x: /);
  });
});

describe('small helpers', () => {
  it('anchors labels so they stay on the axis', () => {
    expect(labelAnchor(0.2)).toBe('start');
    expect(labelAnchor(0.9)).toBe('end');
  });

  it('writes fractions as SVG percentages', () => {
    expect(percent(0.25)).toBe('25%');
    expect(percent(1 / 3)).toBe('33.33%');
  });
});

describe('claimInHash', () => {
  it('finds one of our claims in a fragment', () => {
    expect(claimInHash('#claim-agi', ['agi'])).toBe('agi');
    expect(claimInHash('claim-agi', ['agi'])).toBe('agi');
    expect(claimInHash('#claim-other', ['agi'])).toBeNull();
    expect(claimInHash('#phrase-claim-agi', ['agi'])).toBeNull();
    expect(claimInHash('', ['agi'])).toBeNull();
  });
});
