// Every date the site prints, formatted in one place. Dates are read in UTC,
// so a build machine's zone never shifts them.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDay = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** "April 25, 2022". */
export function formatLongDate(date: Date): string {
  return longDay.format(date);
}

/** "2022-04-25" in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "April 2022". */
export function monthYear(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "April 25, 2022" (or "Apr 25, 2022" when short) for an ISO day. */
export function formatDay(iso: string, style: 'long' | 'short' = 'long'): string {
  return (style === 'long' ? longDay : shortDay).format(new Date(`${iso}T00:00:00Z`));
}

/** A date as precise as it was given, with an optional "by " or "c. " before it. */
export interface PartialDate {
  /** "by " or "c. ", or "" for a plain date. */
  prefix: string;
  /** Machine-readable, for `<time datetime>`: "2023-03". */
  datetime: string;
  /** In words, prefix included: "by March 2023", "November 30, 2022", "2012". */
  text: string;
}

const PARTIAL_DATE = /^(by |c\. )?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/**
 * Read a date as precise as a fact or a quote gives it: "2022-11-30" is
 * "November 30, 2022", "2023-03" is "March 2023", "by 2023-03" is "by March 2023",
 * "2012" stays "2012". Null for anything else.
 */
export function partialDate(value: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(value.trim());
  if (!match) return null;
  const [, prefix = '', year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !monthName) return null;
  const words = day ? `${monthName} ${Number(day)}, ${year}` : monthName ? `${monthName} ${year}` : year!;
  return { prefix, datetime: [year, month, day].filter(Boolean).join('-'), text: `${prefix}${words}` };
}

/** A partial date in words, or the value unchanged when it is not one. */
export function formatPartialDate(value: string): string {
  return partialDate(value)?.text ?? value;
}
