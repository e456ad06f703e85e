// Which day the page tells the truth as of. Without JavaScript it is the day
// the page was built; with it, the reader's own calendar day. Pure: the build
// day and the clock come in as arguments.

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day of `now` where the reader is (their time zone), as an ISO day. */
export function localDay(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The page's today: the reader's day, but never before the build day. The page
 * already knows what was true when it was built, so a clock set back cannot
 * reopen a horizon that has passed.
 */
export function pageToday(buildDay: string, now: Date): string {
  const day = localDay(now);
  return day > buildDay ? day : buildDay;
}
