import { describe, expect, it } from 'vitest';
import { citingLines, dueFacts, freshnessReport, freshnessWarnings, WARN_AHEAD_DAYS, type AgingFact, type CitingData } from './freshness';

const FILES = { claims: 'src/data/claims.yaml', options: 'src/data/options.yaml', quotes: 'src/data/quotes.yaml' };
const facts: AgingFact[] = [
  { id: 'neo-preorders', date: '2025-10-28', reviewBy: '2027-01-01' },
  { id: 'chatgpt', date: '2022-11-30' },
];
const data: CitingData = {
  claims: [{ id: 'halodi-manipulation', hindsight: [{ fact: 'neo-preorders' }] }, { id: 'halodi-agi' }],
  options: [{ id: 'robotics-startups', hindsight: [{ fact: 'neo-preorders' }, { fact: 'chatgpt' }] }],
  quotes: [{ id: 'gwern-timing', facts: ['gwern-timing'] }],
  notes: [{ file: 'src/content/notes/hindsight.yaml', notes: [{ id: 'hindsight-home-robots', facts: ['neo-preorders'] }] }],
};
const citing = citingLines(data, FILES);

describe('citingLines', () => {
  it('names every line citing a fact by file and entry', () => {
    expect(citing.filter((line) => line.fact === 'neo-preorders').map((line) => line.line)).toEqual([
      'src/data/claims.yaml: claim halodi-manipulation',
      'src/data/options.yaml: row robotics-startups',
      'src/content/notes/hindsight.yaml: note hindsight-home-robots',
    ]);
    expect(citing).toContainEqual({ fact: 'gwern-timing', line: 'src/data/quotes.yaml: quote gwern-timing' });
  });
});

describe('the reviewBy rule', () => {
  it(`is quiet until ${WARN_AHEAD_DAYS} days before the review day`, () => {
    expect(WARN_AHEAD_DAYS).toBe(30);
    for (const today of ['2026-06-01', '2026-12-01']) {
      const due = dueFacts(facts, citing, today);
      expect(due).toEqual([]);
      expect(freshnessWarnings(due)).toEqual([]);
      expect(freshnessReport(due, today)).toEqual({ code: 0, text: `check:freshness: no fact is past its review day on ${today}.` });
    }
  });

  it('warns ahead, from 30 days before the review day to the day itself, without failing', () => {
    const ahead = dueFacts(facts, citing, '2026-12-02');
    expect(ahead).toEqual([
      {
        fact: 'neo-preorders',
        date: '2025-10-28',
        reviewBy: '2027-01-01',
        daysLeft: 30,
        citedBy: ['src/data/claims.yaml: claim halodi-manipulation', 'src/data/options.yaml: row robotics-startups', 'src/content/notes/hindsight.yaml: note hindsight-home-robots'],
      },
    ]);
    expect(freshnessWarnings(ahead)[0]).toMatch(/^fact "neo-preorders" \(as of 2025-10-28\) is due for review by 2027-01-01, in 30 days; check again the lines citing it:\n {4}src\/data\/claims.yaml: claim halodi-manipulation/);
    const report = freshnessReport(ahead, '2026-12-02');
    expect(report.code).toBe(0);
    expect(report.text).toMatch(/^check:freshness: no fact is past its review day on 2026-12-02\.\ncheck:freshness: 1 fact is due for review within 30 days of 2026-12-02; fix the lines citing it now:\n {2}fact "neo-preorders"/);
    const onTheDay = dueFacts(facts, citing, '2027-01-01');
    expect(onTheDay.map(({ fact, daysLeft }) => [fact, daysLeft])).toEqual([['neo-preorders', 0]]);
    expect(freshnessWarnings(onTheDay)[0]).toContain('is due for review by 2027-01-01, in 0 days');
    expect(freshnessReport(onTheDay, '2027-01-01').code).toBe(0);
  });

  it('after it, warns naming the fact and the lines that cite it', () => {
    const due = dueFacts(facts, citing, '2027-01-02');
    expect(due).toEqual([
      {
        fact: 'neo-preorders',
        date: '2025-10-28',
        reviewBy: '2027-01-01',
        daysLeft: -1,
        citedBy: ['src/data/claims.yaml: claim halodi-manipulation', 'src/data/options.yaml: row robotics-startups', 'src/content/notes/hindsight.yaml: note hindsight-home-robots'],
      },
    ]);
    const [warning] = freshnessWarnings(due);
    expect(warning).toMatch(/^fact "neo-preorders" \(as of 2025-10-28\) was due for review by 2027-01-01/);
    expect(warning).toContain('src/data/options.yaml: row robotics-startups');
    expect(warning).toContain('src/content/notes/hindsight.yaml: note hindsight-home-robots');
  });

  it('after it, fails check:freshness, listing the fact', () => {
    const report = freshnessReport(dueFacts(facts, citing, '2027-06-01'), '2027-06-01');
    expect(report.code).toBe(1);
    expect(report.text).toMatch(/^check:freshness: 1 fact is past its review day on 2027-06-01/);
    expect(report.text).toContain('fact "neo-preorders"');
    expect(report.text).toContain('src/data/claims.yaml: claim halodi-manipulation');
    expect(report.text).not.toContain('chatgpt');
    expect(report.text).not.toContain('due for review within');
  });

  it('fails when one fact is past and lists a coming one apart', () => {
    const report = freshnessReport(dueFacts([...facts, { id: 'home-robots-2027', date: '2026-09-10', reviewBy: '2027-07-01' }], citing, '2027-06-10'), '2027-06-10');
    expect(report.code).toBe(1);
    expect(report.text.split('\n').filter((line) => line.startsWith('check:freshness'))).toEqual([
      'check:freshness: 1 fact is past its review day on 2027-06-10 (facts.yaml, reviewBy):',
      'check:freshness: 1 fact is due for review within 30 days of 2027-06-10; fix the lines citing it now:',
    ]);
    expect(report.text).toContain('fact "home-robots-2027" (as of 2026-09-10) is due for review by 2027-07-01, in 21 days; no line cites it');
  });

  it('never fires for a fact without a review day', () => {
    expect(dueFacts([{ id: 'chatgpt', date: '2022-11-30' }], citing, '2099-01-01')).toEqual([]);
  });
});
