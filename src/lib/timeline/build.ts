// Everything the timeline draws, computed once at build time.
import { formatDay } from '../dates';
import { describeHorizon, describeSource, horizonSource, parseHorizon } from '../horizon';
import { horizonEnd, statusOn } from './calendar';
import { KIND_TEXT, describeEnd, resolveHindsight, shortHorizon } from './copy';
import { barGeometry, positionOf, timeDomain, yearTicks } from './geometry';
import { CLAIM_KINDS } from '../kinds';
import { type ClaimInput, type FactInput, type Timeline, type TimelineClaim } from './types';

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
      hindsight: resolveHindsight(claim, facts, today),
    };
  });
  const groups = CLAIM_KINDS.map((kind) => ({
    kind,
    ...KIND_TEXT[kind],
    claims: claims.filter((c) => c.kind === kind).sort((a, b) => a.end.localeCompare(b.end)),
  })).filter((group) => group.claims.length > 0);
  return { today, todayText: formatDay(today, 'short'), todayLongText: formatDay(today), todayX: positionOf(today, domain), domain, ticks: yearTicks(domain), groups };
}

