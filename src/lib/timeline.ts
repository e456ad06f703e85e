// Date arithmetic and geometry for the lead-time timeline. Pure: no Astro, no DOM.
// Dates are ISO strings ("2022-04-25") read in UTC, so a build machine's zone never shifts them.
import { describeHorizon, describeSource, horizonSource, parseHorizon, type Horizon, type Qualifier } from './horizon';

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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utc(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new Error(`not an ISO date: "${iso}" (use YYYY-MM-DD)`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(y, m - 1, d);
  if (new Date(time).getUTCMonth() !== m - 1 || new Date(time).getUTCDate() !== d) throw new Error(`not a calendar date: "${iso}"`);
  return time;
}

const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const yearOf = (date: string) => Number(date.slice(0, 4));

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

/**
 * The axis: from 1 January of the earliest start to a round (multiple of 5)
 * 1 January at least a year past the latest end and today, leaving room for
 * a "~" band or a "+" continuation.
 */
export function timeDomain(starts: readonly string[], ends: readonly string[], today: string): { from: string; to: string } {
  if (starts.length === 0) throw new Error('a timeline needs at least one claim');
  const first = Math.min(...starts.map(yearOf));
  const last = Math.max(...ends.map(yearOf), yearOf(today)) + 2;
  return { from: `${first}-01-01`, to: `${Math.ceil(last / 5) * 5}-01-01` };
}

/** Where a date sits on the axis, 0 at its start and 1 at its end (clamped). */
export function positionOf(date: string, domain: { from: string; to: string }): number {
  const from = utc(domain.from);
  const fraction = (utc(date) - from) / (utc(domain.to) - from);
  return Math.min(1, Math.max(0, fraction));
}

/** One tick per 1 January on the axis; every fifth year and the first are labelled. */
export function yearTicks(domain: { from: string; to: string }): YearTick[] {
  const ticks: YearTick[] = [];
  for (let year = yearOf(domain.from); year <= yearOf(domain.to); year++) {
    const date = `${year}-01-01`;
    ticks.push({ year, x: positionOf(date, domain), major: year % 5 === 0 || year === yearOf(domain.from) });
  }
  return ticks;
}

/** Half-width in years of the "~" band: a tenth of the horizon, at least half a year. */
export function aboutMargin(years: number): number {
  return Math.max(0.5, years / 10);
}

/** The bar for a claim, keeping its qualifier visible in its shape. */
export function barGeometry(start: string, horizon: Horizon, domain: { from: string; to: string }): BarGeometry {
  const at = (years: number) => positionOf(addYears(start, years), domain);
  const bar: BarGeometry = { start: at(0), solidEnd: at(horizon.years), end: at(horizon.years), hollow: horizon.qualifier === 'under' };
  if (horizon.qualifier === 'about') {
    const margin = aboutMargin(horizon.years);
    bar.solidEnd = at(Math.max(0, horizon.years - margin));
    bar.band = [bar.solidEnd, at(horizon.years + margin)];
  }
  if (horizon.qualifier === 'over') bar.open = [bar.end, 1];
  return bar;
}

const monthYear = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });

/** "April 25, 2022" (or "Apr 25, 2022" when short). */
export function formatDay(date: string, style: 'long' | 'short' = 'long'): string {
  return (style === 'long' ? longDay : shortDay).format(utc(date));
}

/** When a horizon ends, in words that keep the qualifier: "about April 2032", "by April 2032", "April 2027 or later". */
export function describeEnd(end: string, qualifier: Qualifier): string {
  const month = monthYear.format(utc(end));
  switch (qualifier) {
    case 'about':
      return `about ${month}`;
    case 'under':
      return `by ${month}`;
    case 'over':
      return `${month} or later`;
    default:
      return month;
  }
}

/** "~10 yr", "<10 yr", "5+ yr", "1 yr": the horizon's text, with its unit. */
export function shortHorizon(horizon: Horizon): string {
  return `${horizon.text} yr`;
}

const FACT_DATE = /^(by )?(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/**
 * A fact's date as precise as it was given: "2022-11-30" is "November 30, 2022",
 * "2023-03" is "March 2023", "by 2023-03" is "by March 2023", "2012" stays "2012".
 * Returns null for anything else.
 */
export function formatFactDate(text: string): { datetime: string; dateText: string } | null {
  const match = FACT_DATE.exec(text.trim());
  if (!match) return null;
  const [, by, year, month, day] = match;
  const datetime = [year, month, day].filter(Boolean).join('-');
  const words = day ? formatDay(datetime) : month ? monthYear.format(utc(`${datetime}-01`)) : year!;
  return { datetime, dateText: by ? `by ${words}` : words };
}

/** "theregister.com" from a source URL, for a link's text. */
export function sourceName(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** A claim's hindsight lines with each fact's date and source, oldest first (undated last). */
export function resolveHindsight(claim: ClaimInput, facts: ReadonlyMap<string, FactInput>): HindsightLine[] {
  const lines = claim.hindsight.map((line, index) => {
    const fact = facts.get(line.fact);
    if (!fact) throw new Error(`${claim.definedIn}: hindsight ${index} cites unknown fact "${line.fact}"`);
    const date = fact.date ? formatFactDate(fact.date) : null;
    return {
      text: line.text,
      ...(date && { datetime: date.datetime, dateText: date.dateText }),
      ...(fact.reviewBy && { asOf: true }),
      ...(fact.source && { source: fact.source, sourceName: sourceName(fact.source) }),
    };
  });
  // A stable sort keeps the data's order among facts of the same date.
  return lines.sort((a, b) => (a.datetime ?? '9999').localeCompare(b.datetime ?? '9999'));
}

export const KIND_TEXT: Record<ClaimKind, { title: string; description: string }> = {
  'lead-time': { title: 'Lead times', description: 'How far ahead someone is, in years.' },
  forecast: { title: 'Forecasts', description: 'When something will happen.' },
  milestone: { title: 'Milestones', description: 'Dated steps of a plan.' },
};

/**
 * Everything the timeline draws, computed once at build time: each claim's end,
 * status on `today` and bar, grouped by kind and sorted by end date within a group.
 * Throws, naming where the claim is defined, on a duplicate id or a bad horizon.
 */
export function buildTimeline(inputs: readonly ClaimInput[], facts: ReadonlyMap<string, FactInput>, today: string): Timeline {
  const seen = new Map<string, string>();
  for (const claim of inputs) {
    const earlier = seen.get(claim.id);
    if (earlier) throw new Error(`${claim.definedIn}: claim id "${claim.id}" is already used by ${earlier}`);
    seen.set(claim.id, claim.definedIn);
  }
  const parsed = inputs.map((claim) => {
    try {
      const horizon = parseHorizon(claim.horizon);
      return { claim, horizon, end: horizonEnd(claim.start, horizon) };
    } catch (error) {
      throw new Error(`${claim.definedIn}: ${(error as Error).message}`);
    }
  });
  const domain = timeDomain(
    parsed.map((p) => p.claim.start),
    parsed.map((p) => p.end),
    today,
  );
  const claims: TimelineClaim[] = parsed.map(({ claim, horizon, end }) => {
    const source = horizonSource(claim.reading);
    return {
      id: claim.id,
      kind: claim.kind,
      label: claim.label,
      phrase: claim.phrase,
      context: claim.context,
      start: claim.start,
      startText: formatDay(claim.start),
      end,
      endText: describeEnd(end, horizon.qualifier),
      horizon: {
        text: horizon.text,
        years: horizon.years,
        qualifier: horizon.qualifier,
        description: describeHorizon(horizon),
        short: shortHorizon(horizon),
        stated: source.stated,
        source: describeSource(source),
      },
      status: statusOn(end, today),
      bar: barGeometry(claim.start, horizon, domain),
      hindsight: resolveHindsight(claim, facts),
    };
  });
  const groups = CLAIM_KIND_ORDER.map((kind) => ({
    kind,
    ...KIND_TEXT[kind],
    claims: claims.filter((c) => c.kind === kind).sort((a, b) => a.end.localeCompare(b.end)),
  })).filter((group) => group.claims.length > 0);
  return { today, todayText: formatDay(today, 'short'), todayX: positionOf(today, domain), domain, ticks: yearTicks(domain), groups };
}

/**
 * Which claim a key moves to from `index` in a list of `count`: arrows step
 * (clamped at the ends), Home and End jump; null for any other key.
 */
export function keyTarget(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(count - 1, index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** Which side of a label at `x` (0..1) to anchor, so it never runs off the axis. */
export function labelAnchor(x: number): 'start' | 'end' {
  return x < 0.6 ? 'start' : 'end';
}

/** SVG length for a fraction of the axis: 0.25 becomes "25%". */
export function percent(x: number): string {
  return `${Math.round(x * 10_000) / 100}%`;
}
