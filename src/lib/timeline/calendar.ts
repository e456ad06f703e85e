// Calendar maths on ISO days ("2022-04-25"), read in UTC so a build machine's zone never shifts them.
import type { Horizon } from '../horizon';
import type { ClaimStatus } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of an ISO day at 00:00 UTC; throws on anything that is not a calendar date. */
export function utc(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`not an ISO date: "${iso}" (use YYYY-MM-DD)`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(y, m - 1, d);
  if (new Date(time).getUTCMonth() !== m - 1 || new Date(time).getUTCDate() !== d) throw new Error(`not a calendar date: "${iso}"`);
  return time;
}

export const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
export const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * The build date: `BUILD_DATE` when set (tests pin it), else today in UTC.
 * Throws on a value that is not a calendar date, so a typo cannot move "today".
 */
export function buildDate(fromEnv: string | undefined, now: Date = new Date()): string {
  if (fromEnv === undefined || fromEnv.trim() === '') return iso(now.getTime());
  try {
    return iso(utc(fromEnv.trim()));
  } catch (error) {
    throw new Error(`BUILD_DATE: ${(error as Error).message}`);
  }
}

/**
 * Add a (possibly fractional) number of years to an ISO date, to the nearest
 * month; a day the target month lacks (Feb 29) falls back to its last day.
 */
export function addYears(date: string, years: number): string {
  utc(date);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const months = m - 1 + Math.round(years * 12);
  const year = y + Math.floor(months / 12);
  const month = ((months % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return iso(Date.UTC(year, month, Math.min(d, lastDay)));
}

/** The date a horizon ends: start plus its years, whatever the qualifier. */
export function horizonEnd(start: string, horizon: Horizon): string {
  return addYears(start, horizon.years);
}

/** "passed" once `today` has reached the end date, else "open". */
export function statusOn(end: string, today: string): ClaimStatus {
  return utc(today) >= utc(end) ? 'passed' : 'open';
}

