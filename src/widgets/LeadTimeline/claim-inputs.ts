// Turns the two sources of claims (claims.yaml, the options rows' leadTimes)
// into one list of plain timeline inputs.
import type { Claim } from '../../schemas/claim';
import type { Option } from '../../schemas/option';
import { inlineText } from '../../lib/markdown';
import type { ClaimInput } from '../../lib/timeline';

/**
 * Where a claim is read in context: its phrase, marked in the essay's paragraph
 * or options-table row (src/lib/essay-marks.ts).
 */
export function contextHref(claimId: string): string {
  return `#phrase-claim-${claimId}`;
}

/** Claims from claims.yaml, in file order; a claim without a start counts from the essay's day. */
export function proseClaimInputs(claims: readonly Claim[], essayDay: string, file: string): ClaimInput[] {
  return claims.map((claim) => ({
    id: claim.id,
    kind: claim.kind,
    label: claim.label,
    phrase: claim.phrase,
    start: claim.start ?? essayDay,
    horizon: claim.horizon,
    reading: claim.reading,
    context: contextHref(claim.id),
    definedIn: `${file}, claim ${claim.id}`,
    hindsight: claim.hindsight,
  }));
}

/** Lead times from the options table, counted from the essay's day, in row order; each carries the row's hindsight lines it names in `facts`. */
export function tableClaimInputs(rows: readonly Option[], essayDay: string, file: string): ClaimInput[] {
  return rows.flatMap((row) =>
    row.leadTimes.map((lead) => ({
      id: lead.id,
      kind: 'lead-time' as const,
      label: `${inlineText(row.option)}: ${lead.area}`,
      phrase: lead.phrase,
      start: essayDay,
      horizon: lead.horizon,
      context: contextHref(lead.id),
      definedIn: `${file}, row ${row.id}, lead time ${lead.id}`,
      hindsight: row.hindsight.filter((line) => lead.facts.includes(line.fact)),
    })),
  );
}
