// Turns the two sources of claims (claims.yaml, the options rows' leadTimes)
// into one list of plain timeline inputs.
import type { Claim } from '../../schemas/claim';
import type { Option } from '../../schemas/option';
import { DATA_FILES } from '../../lib/reference-context';
import { inlineMarkdownText } from '../../lib/inline-markdown';
import type { ClaimInput } from '../../lib/timeline';

/** The essay's date: the options table's claims start with it. */
export const ESSAY_DATE = '2022-04-25';

/**
 * Where a claim is read in context: its phrase, marked in the essay's paragraph
 * or options-table row (src/components/paragraph-marks.ts).
 */
export function contextHref(claimId: string): string {
  return `#phrase-claim-${claimId}`;
}

/** Claims from src/data/claims.yaml, in file order. */
export function proseClaimInputs(claims: readonly Claim[]): ClaimInput[] {
  return claims.map((claim) => ({
    id: claim.id,
    kind: claim.kind,
    label: claim.label,
    phrase: claim.phrase,
    start: claim.start,
    horizon: claim.horizon,
    reading: claim.reading,
    context: contextHref(claim.id),
    definedIn: `${DATA_FILES.claims}, claim ${claim.id}`,
    hindsight: claim.hindsight,
  }));
}

/** Lead times from the options table, in row order; each carries the row's hindsight lines it names in `facts`. */
export function tableClaimInputs(rows: readonly Option[]): ClaimInput[] {
  return rows.flatMap((row) =>
    row.leadTimes.map((lead) => ({
      id: lead.id,
      kind: 'lead-time' as const,
      label: `${inlineMarkdownText(row.option)}: ${lead.area}`,
      phrase: lead.phrase,
      start: ESSAY_DATE,
      horizon: lead.horizon,
      context: contextHref(lead.id),
      definedIn: `${DATA_FILES.options}, row ${row.id}, lead time ${lead.id}`,
      hindsight: row.hindsight.filter((line) => lead.facts.includes(line.fact)),
    })),
  );
}
