import { describe, expect, it } from 'vitest';
import { STATUS_TEXT, legendText, restate, statusOn, statusSentence } from '.';

// The build writes these words; keep-time.ts says them again on the reader's day. Both go through here.
describe('a claim’s status in words', () => {
  it('says the status and the day it is true as of', () => {
    expect(statusSentence('open', '2026-12-04')).toBe('Status: still open, as of December 4, 2026.');
    expect(statusSentence('passed', '2027-06-01')).toBe('Status: horizon passed, as of June 1, 2027.');
  });

  it('counts the legend', () => {
    expect(legendText('open', 12)).toBe('12 still open');
    expect(legendText('passed', 1)).toBe('1 horizon passed');
  });

  it('restates the build’s words for the reader’s day, across the end day itself', () => {
    const end = '2027-04-25';
    const built = `Horizon: 5 yr (5 years) from April 25, 2022, the author’s number. Ends: April 2027. ${statusSentence(statusOn(end, '2026-12-04'), '2026-12-04')}`;
    const dayBefore = restate(built, statusOn(end, '2027-04-24'), '2027-04-24');
    expect(dayBefore).toBe(built.replace('as of December 4, 2026.', 'as of April 24, 2027.'));
    const onTheDay = restate(built, statusOn(end, '2027-04-25'), '2027-04-25');
    expect(onTheDay).toBe('Horizon: 5 yr (5 years) from April 25, 2022, the author’s number. Ends: April 2027. Status: horizon passed, as of April 25, 2027.');
  });

  it('restates a row’s short line, keeping what comes before the status', () => {
    expect(restate(`~10 yr (our reading) · ${STATUS_TEXT.open}`, 'passed', '2033-01-01')).toBe('~10 yr (our reading) · horizon passed');
    expect(restate('5 yr · horizon passed', 'passed', '2033-01-01')).toBe('5 yr · horizon passed');
  });

  it('leaves text without a status as it is', () => {
    expect(restate('Nothing in our sources speaks to this yet.', 'passed', '2033-01-01')).toBe('Nothing in our sources speaks to this yet.');
  });
});
