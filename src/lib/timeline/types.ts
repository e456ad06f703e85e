// The timeline's data shapes: what goes in (claims, facts) and what is drawn.
import type { Qualifier } from '../horizon';

import type { ClaimKind } from '../kinds';

export type { ClaimKind };
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

export type { FactInput, HindsightLine } from '../facts';
import type { HindsightLine } from '../facts';

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
  /** "Dec 3, 2026": the axis's short label. */
  todayText: string;
  /** "December 3, 2026": in sentences, beside the other long dates. */
  todayLongText: string;
  todayX: number;
  domain: { from: string; to: string };
  ticks: YearTick[];
  groups: TimelineGroup[];
}

