// The page on the reader's day (lib/today.ts), not only the build's: facts past
// their review day say so, and a returning reader's device remembers the visit
// so what changed since is marked (changes-since.ts, loaded only then). The
// timeline says its own statuses again as it nears the screen (keep-time.ts).
import { pastReviewDay } from '../lib/freshness';
import { localDay, pageToday } from '../lib/today';
import { formatVisits, parseVisits, visitOn } from '../lib/visits';
import { VISITS_KEY } from './prefs-keys';

export function keepReaderTime(buildDay: string, now = new Date()): void {
  const today = pageToday(buildDay, now);
  for (const fact of document.querySelectorAll<HTMLElement>('[data-review-by]')) if (pastReviewDay(fact.dataset.reviewBy!, today)) fact.dataset.due = '';
  // Visits are the reader's own days, even before the build's: what changed after one is new to them.
  const day = localDay(now);
  let since = '';
  try {
    const visit = visitOn(parseVisits(localStorage.getItem(VISITS_KEY)), day);
    localStorage.setItem(VISITS_KEY, formatVisits(visit.remember));
    since = visit.since;
  } catch {
    // No storage (a private window may refuse it): every visit is a first.
  }
  if (since) void import('./changes-since').then(({ markChangesSince }) => markChangesSince(since, day));
}
