import { describe, expect, it } from 'vitest';
import { formatDay, formatLongDate, formatPartialDate, isoDate, monthYear, partialDate } from './dates';

describe('partial dates', () => {
  it('spells out days, months and years as precise as given', () => {
    expect(formatPartialDate('2022-11-30')).toBe('November 30, 2022');
    expect(formatPartialDate('2023-03')).toBe('March 2023');
    expect(formatPartialDate('by 2023-03')).toBe('by March 2023');
    expect(formatPartialDate('c. 1969')).toBe('c. 1969');
    expect(formatPartialDate('1988')).toBe('1988');
    expect(formatPartialDate('sometime')).toBe('sometime');
  });

  it('gives a machine-readable date without the prefix', () => {
    expect(partialDate('by 2023-03')).toEqual({ prefix: 'by ', datetime: '2023-03', text: 'by March 2023' });
    expect(partialDate('2023-13')).toBeNull();
  });
});

describe('whole dates', () => {
  const published = new Date('2022-04-25T00:00:00Z');
  it('formats in UTC', () => {
    expect(formatLongDate(published)).toBe('April 25, 2022');
    expect(isoDate(published)).toBe('2022-04-25');
    expect(monthYear(published)).toBe('April 2022');
    expect(formatDay('2022-04-25')).toBe('April 25, 2022');
    expect(formatDay('2022-04-25', 'short')).toBe('Apr 25, 2022');
  });
});
