import type { Fact } from '../schemas/fact';

/** A fact as a note shows it: its date, the source link and what kind of source it is. */
export interface Citation {
  /** The fact's date as written ("2022-11-30", "2023-03", "by 2023-03"), or null. */
  date: string | null;
  /** "November 30, 2022", "March 2023", "by March 2023". */
  dateLabel: string | null;
  source: string | null;
  /** The source's host name, as the link's visible text. */
  sourceHost: string | null;
  /** The source's own date in words, only where the vetted list states it ("March 3, 2024"), else null. */
  sourceDateLabel?: string | null;
  standing: 'primary' | 'press' | null;
  /** True for a fact that will age (it has a `reviewBy`): its date reads "as of <date>". */
  asOf?: boolean;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2022-11-30" -> "November 30, 2022"; "2023-03" -> "March 2023"; "by 2023-03" -> "by March 2023". */
export function formatFactDate(date: string): string {
  const match = /^(by |c\. )?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.trim());
  if (!match) return date;
  const [, prefix = '', year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  const label = day && monthName ? `${monthName} ${Number(day)}, ${year}` : monthName ? `${monthName} ${year}` : year!;
  return `${prefix}${label}`;
}

export function citationOf(fact: Fact): Citation {
  return {
    date: fact.date ?? null,
    dateLabel: fact.date ? formatFactDate(fact.date) : null,
    source: fact.source ?? null,
    sourceHost: fact.source ? new URL(fact.source).host.replace(/^www\./, '') : null,
    sourceDateLabel: fact.sourceDate ? formatFactDate(fact.sourceDate) : null,
    standing: fact.standing ?? null,
    asOf: Boolean(fact.reviewBy),
  };
}
