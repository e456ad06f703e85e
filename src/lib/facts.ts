import type { Fact } from '../schemas/fact';
import { formatPartialDate } from './dates';
import { hostOf } from './url';

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

export function citationOf(fact: Fact): Citation {
  return {
    date: fact.date ?? null,
    dateLabel: fact.date ? formatPartialDate(fact.date) : null,
    source: fact.source ?? null,
    sourceHost: fact.source ? hostOf(fact.source) : null,
    sourceDateLabel: fact.sourceDate ? formatPartialDate(fact.sourceDate) : null,
    standing: fact.standing ?? null,
    asOf: Boolean(fact.reviewBy),
  };
}
