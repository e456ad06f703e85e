// The timeline's words: dates, horizons, group titles and hindsight lines.
import { monthYear } from '../dates';
import { hindsightLine } from '../facts';
import type { Horizon, Qualifier } from '../horizon';
import { utc } from './calendar';
import type { ClaimInput, ClaimKind, FactInput, HindsightLine } from './types';

/** When a horizon ends, in words that keep the qualifier: "about April 2032", "by April 2032", "April 2027 or later". */
export function describeEnd(end: string, qualifier: Qualifier): string {
  const month = monthYear(new Date(utc(end)));
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

/** A claim's hindsight lines with each fact's date and source as of `today`, oldest first (undated last). */
export function resolveHindsight(claim: ClaimInput, facts: ReadonlyMap<string, FactInput>, today: string): HindsightLine[] {
  const lines = claim.hindsight.map((line, index) => {
    const fact = facts.get(line.fact);
    if (!fact) throw new Error(`${claim.definedIn}: hindsight ${index} cites unknown fact "${line.fact}"`);
    return hindsightLine(line.text, fact, today);
  });
  // A stable sort keeps the data's order among facts of the same date.
  return lines.sort((a, b) => (a.datetime ?? '9999').localeCompare(b.datetime ?? '9999'));
}

export const KIND_TEXT: Record<ClaimKind, { title: string; description: string }> = {
  'lead-time': { title: 'Lead times', description: 'How far ahead someone is, in years. Each is drawn as running out after that many years: our reading, not the author’s words.' },
  forecast: { title: 'Forecasts', description: 'When something will happen.' },
  milestone: { title: 'Milestones', description: 'Dated steps of a plan.' },
};

