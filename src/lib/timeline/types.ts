// The timeline's data shapes: what goes in (claims, facts) and what is drawn.
import type { Qualifier } from '../horizon';

export const CLAIM_KIND_ORDER = ['lead-time', 'forecast', 'milestone'] as const;
export type ClaimKind = (typeof CLAIM_KIND_ORDER)[number];
export type ClaimStatus = 'passed' | 'open';

/** A claim as the wrapper collects it from claims.yaml or an options row. */
export interface ClaimInput {
  id: string;
  kind: ClaimKind;
  label: string;
  phrase: string;
  /** ISO date the clock starts. */
  start: string;
  /** "~10", "<10", "5+", "20": the author's number, or our reading of `reading`. */
  horizon: string;
  /** The author's vague words the horizon is our reading of ("in a few years"); absent when he wrote the number. */
  reading?: string | undefined;
  /** Fragment of the place the phrase is read in context ("#phrase-claim-x", "#option-faang"). */
  context: string;
  /** Where the claim is defined, for error messages ("src/data/claims.yaml, claim halodi-agi"). */
  definedIn: string;
  hindsight: readonly { fact: string; text: string }[];
}

/** The parts of a vetted fact a hindsight line shows. */
export interface FactInput {
  id: string;
  date?: string | undefined;
  source?: string | undefined;
  /** Set on a fact that will age: the line then reads "as of <date>". */
  reviewBy?: string | undefined;
}

export interface HindsightLine {
  text: string;
  /** Machine-readable date for `<time datetime>` ("2023-03"), if the fact has one. */
  datetime?: string;
  /** "March 2023", "by March 2023", "November 30, 2022". */
  dateText?: string;
  /** The fact will age: show the date as "as of <date>". */
  asOf?: boolean;
  source?: string;
  sourceName?: string;
}

/** Where a claim's bar sits, as fractions (0..1) of the axis width. */
export interface BarGeometry {
  start: number;
  /** Where the solid part stops (before a "~" band, or at the horizon). */
  solidEnd: number;
  /** The horizon itself. */
  end: number;
  /** "~": the uncertain stretch around the horizon. */
  band?: [number, number];
  /** "+": open-ended continuation to the axis end. */
  open?: [number, number];
  /** "<": the event falls anywhere within the bar, so it is drawn hollow. */
  hollow: boolean;
}

export interface TimelineClaim {
  id: string;
  kind: ClaimKind;
  label: string;
  phrase: string;
  context: string;
  start: string;
  startText: string;
  end: string;
  /** "about April 2032", "by April 2032", "April 2027 or later". */
  endText: string;
  horizon: {
    text: string;
    years: number;
    qualifier: Qualifier;
    description: string;
    short: string;
    /** True when the author wrote the number; false when it is our reading of his words. */
    stated: boolean;
    /** "the author’s number" or "our reading of “in a few years”". */
    source: string;
  };
  status: ClaimStatus;
  bar: BarGeometry;
  hindsight: HindsightLine[];
}

export interface TimelineGroup {
  kind: ClaimKind;
  title: string;
  description: string;
  claims: TimelineClaim[];
}

export interface YearTick {
  year: number;
  x: number;
  /** Labelled ticks: every fifth year and the first. */
  major: boolean;
}

export interface Timeline {
  today: string;
  todayText: string;
  todayX: number;
  domain: { from: string; to: string };
  ticks: YearTick[];
  groups: TimelineGroup[];
}

