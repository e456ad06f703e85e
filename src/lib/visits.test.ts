import { describe, expect, it } from 'vitest';
import { changedSince, dismissedOn, formatVisits, newSinceText, parseVisits, visitOn } from './visits';

describe('visits a device remembers', () => {
  it('reads back only what it wrote', () => {
    expect(parseVisits(formatVisits({ before: '2026-11-30', last: '2026-12-04' }))).toEqual({ before: '2026-11-30', last: '2026-12-04' });
    expect(parseVisits(' 2026-12-04')).toEqual({ before: '', last: '2026-12-04' });
    for (const bad of [null, '', 'dark', '2026-12-04 tomorrow', '{"last":"2026-12-04"}']) expect(parseVisits(bad), String(bad)).toBeNull();
  });

  it('marks nothing on a first visit, and remembers it', () => {
    expect(visitOn(null, '2026-12-04')).toEqual({ since: '', remember: { before: '', last: '2026-12-04' } });
  });

  it('on a later day marks what changed after the last visit, and remembers both', () => {
    expect(visitOn({ before: '', last: '2026-12-04' }, '2027-12-04')).toEqual({ since: '2026-12-04', remember: { before: '2026-12-04', last: '2027-12-04' } });
  });

  it('keeps the same marks on a reload that day, and when the clock was set back', () => {
    const stored = { before: '2026-12-04', last: '2027-12-04' };
    expect(visitOn(stored, '2027-12-04')).toEqual({ since: '2026-12-04', remember: stored });
    expect(visitOn(stored, '2027-01-01')).toEqual({ since: '2026-12-04', remember: stored });
  });

  it('after a dismissal marks nothing that day', () => {
    expect(visitOn(dismissedOn('2027-12-04'), '2027-12-04').since).toBe('2027-12-04');
    expect(changedSince([{ anchor: 'note-a', date: '2027-12-04' }], '2027-12-04').size).toBe(0);
  });
});

describe('what changed since', () => {
  const changes = [
    { anchor: 'note-b', date: '2027-03-01' },
    { anchor: 'note-a', date: '2026-12-10' },
    { anchor: 'note-b', date: '2026-11-30' },
    { anchor: 'note-c', date: '2026-12-04' },
    { anchor: 'note-a', date: '2027-05-01' },
  ];

  it('lists each place once, with its latest change, strictly after the day of the last visit', () => {
    expect([...changedSince(changes, '2026-12-04')]).toEqual([
      ['note-b', '2027-03-01'],
      ['note-a', '2027-05-01'],
    ]);
    expect([...changedSince(changes, '2027-05-01')]).toEqual([]);
  });

  it('marks nothing without a last visit', () => {
    expect(changedSince(changes, '').size).toBe(0);
  });

  it('counts in words', () => {
    const day = (iso: string) => `<${iso}>`;
    expect(newSinceText(1, '2026-11-30', day)).toBe('1 note new since your last visit on <2026-11-30>');
    expect(newSinceText(3, '2026-11-30', day)).toBe('3 notes new since your last visit on <2026-11-30>');
  });
});
