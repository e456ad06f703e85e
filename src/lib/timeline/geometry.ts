// Where things sit on the timeline's axis, as fractions of its width.
import type { Horizon } from '../horizon';
import { addYears, utc, yearOf } from './calendar';
import type { BarGeometry, YearTick } from './types';

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

/** Which side of a label at `x` (0..1) to anchor, so it never runs off the axis. */
export function labelAnchor(x: number): 'start' | 'end' {
  return x < 0.6 ? 'start' : 'end';
}

/** SVG length for a fraction of the axis: 0.25 becomes "25%". */
export function percent(x: number): string {
  return `${Math.round(x * 10_000) / 100}%`;
}
