// What a reader's device remembers of their visits, to mark what changed since
// the last one. Kept on the device only (localStorage), as two ISO days: the day
// of the visit before today's, and the day of the latest visit. Pure: the stored
// text and today come in as arguments.
import type { Change } from './history';

export interface Visits {
  /** The day of the visit before the latest day's ('' before a second visit). */
  before: string;
  /** The day of the latest visit. */
  last: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The stored text read back; null when there is none or it is not ours. */
export function parseVisits(stored: string | null): Visits | null {
  const [before = '', last = ''] = (stored ?? '').split(' ');
  return ISO_DAY.test(last) && (before === '' || ISO_DAY.test(before)) ? { before, last } : null;
}

export const formatVisits = ({ before, last }: Visits): string => `${before} ${last}`;

/**
 * A visit on `today`: the day whose later changes are new to the reader ('' on
 * a first visit: nothing is marked), and what to remember. Reloading on the day
 * of a visit keeps its marks; a clock set back counts as the same day.
 */
export function visitOn(stored: Visits | null, today: string): { since: string; remember: Visits } {
  if (!stored) return { since: '', remember: { before: '', last: today } };
  if (stored.last >= today) return { since: stored.before, remember: stored };
  return { since: stored.last, remember: { before: stored.last, last: today } };
}

/** What to remember once the reader dismisses the marks: nothing is new again until a later day's change. */
export const dismissedOn = (today: string): Visits => ({ before: today, last: today });

/** The places with a change after `since`, each once, in the order given (the page's), with the day of their latest change. */
export function changedSince(changes: readonly Pick<Change, 'anchor' | 'date'>[], since: string): Map<string, string> {
  const changed = new Map<string, string>();
  if (!since) return changed;
  for (const { anchor, date } of changes) if (date > since && date > (changed.get(anchor) ?? '')) changed.set(anchor, date);
  return changed;
}

/** "3 notes new since your last visit on Nov 30, 2026". */
export function newSinceText(count: number, since: string, formatDay: (iso: string) => string): string {
  return `${count} ${count === 1 ? 'note' : 'notes'} new since your last visit on ${formatDay(since)}`;
}
