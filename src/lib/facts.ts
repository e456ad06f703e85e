import type { Fact } from '../schemas/fact';
import { formatPartialDate, partialDate } from './dates';
import { pastReviewDay } from './freshness';
import { hostOf } from './url';

/** A fact as a note shows it: its date, the source link and what kind of source it is. */
export interface Citation {
  /** The fact's date as written ("2022-11-30", "2023-03", "by 2023-03"), or null. */
  date: string | null;
  /** "November 30, 2022", "March 2023", "by March 2023". */
  dateLabel: string | null;
  /** What the date is the date of ("Shannon's paper"), where the fact says; printed before it. */
  dateOf?: string | null;
  source: string | null;
  /** The source's host name, as the link's visible text. */
  sourceHost: string | null;
  /** The source's own date in words, only where the vetted list states it ("March 3, 2024"), else null. */
  sourceDateLabel?: string | null;
  standing: 'primary' | 'press' | null;
  /** "press report", "reference work": printed after the source link; null for a primary source. */
  sourceKind?: string | null;
  /** True for a fact that will age (it has a `reviewBy`): its date reads "as of <date>". */
  asOf?: boolean;
  /** The day after which the fact needs checking again (the page marks it on the reader's day too). */
  reviewBy?: string | null;
  /** Past its review day on the build day: it reads "as of <date>, due for review". */
  due?: boolean;
}

/** The parts of a vetted fact a "what happened since" line shows. */
export interface FactInput {
  id: string;
  date?: string | undefined;
  source?: string | undefined;
  /** The source's own date, only where the vetted list states it. */
  sourceDate?: string | undefined;
  standing?: 'primary' | 'press' | undefined;
  /** "press report", "reference work", for a press fact. */
  sourceKind?: string | undefined;
  /** Set on a fact that will age: its line then reads "As of <date>". */
  reviewBy?: string | undefined;
}

/** A "what happened since" line: our sentence, the fact's date and its source. */
export interface HindsightLine {
  text: string;
  /** Machine-readable date for `<time datetime>` ("2023-03"), if the fact has one. */
  datetime?: string;
  /** "March 2023", "by March 2023", "November 30, 2022". */
  dateText?: string;
  /** The fact will age: the date reads "As of <date>". */
  asOf?: boolean;
  /** The day after which the fact needs checking again. */
  reviewBy?: string;
  /** Past its review day on the build day: "As of <date>, due for review". */
  due?: boolean;
  source?: string;
  sourceName?: string;
  /** The source's own date in words, only where the vetted list states it. */
  sourceDateText?: string;
  /** What kind of source it is ("press report", "reference work") when not the party itself. */
  sourceKind?: string;
}

/** Our sentence with the date and source of the fact it reports, as of `today` (the build day). */
export function hindsightLine(text: string, fact: FactInput, today: string): HindsightLine {
  const date = fact.date ? partialDate(fact.date) : null;
  return {
    text,
    ...(date && { datetime: date.datetime, dateText: date.text }),
    ...(fact.reviewBy && { asOf: true, reviewBy: fact.reviewBy, due: pastReviewDay(fact.reviewBy, today) }),
    ...(fact.source && { source: fact.source, sourceName: hostOf(fact.source) }),
    ...(fact.source && fact.sourceDate && { sourceDateText: formatPartialDate(fact.sourceDate) }),
    ...(fact.source && fact.sourceKind && { sourceKind: fact.sourceKind }),
  };
}

/** How a note cites a fact, as of `today` (the build day). */
export function citationOf(fact: Fact, today: string): Citation {
  return {
    date: fact.date ?? null,
    dateLabel: fact.date ? formatPartialDate(fact.date) : null,
    dateOf: fact.dateOf ?? null,
    source: fact.source ?? null,
    sourceHost: fact.source ? hostOf(fact.source) : null,
    sourceDateLabel: fact.sourceDate ? formatPartialDate(fact.sourceDate) : null,
    standing: fact.standing ?? null,
    sourceKind: fact.sourceKind ?? null,
    asOf: Boolean(fact.reviewBy),
    reviewBy: fact.reviewBy ?? null,
    due: fact.reviewBy ? pastReviewDay(fact.reviewBy, today) : false,
  };
}
