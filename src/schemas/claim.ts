import { z } from 'astro/zod';
import { HORIZON_PATTERN } from '../lib/horizon';
import { checkUniqueIds } from '../lib/data-file';
import { checkPhrase, type ReferenceContext } from './anchored';
import { checkFactId, hindsightSchema } from './hindsight';

import { CLAIM_KINDS } from '../lib/kinds';

/** A time-boxed claim in the essay's prose (src/data/claims.yaml); anchor `claim-<id>`. */
export const claimSchema = z.object({
  /** Stable id, e.g. "halodi-agi". */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'ids are lower-case words joined by hyphens' }),
  /** lead-time: how far ahead someone is; forecast: when something will happen; milestone: a dated step of a plan. */
  kind: z.enum(CLAIM_KINDS),
  /** Short label for the timeline, in our words ("Halodi: solve AGI"). */
  label: z.string().trim().min(1).max(48),
  /** The paragraph the claim is made in. */
  paragraph: z.string().min(1),
  /** The author's exact words stating the claim; must occur once in that paragraph. */
  phrase: z.string().trim().min(1),
  /** When the clock starts, if not on the essay's publication date (its frontmatter's `published`). */
  start: z.iso.date().optional(),
  /** Horizon in years with its qualifier: "~10", "<10", "5+", "20"; the author's number unless `reading` is given. */
  horizon: z.string().regex(HORIZON_PATTERN, { error: 'must be a number of years such as "~10", "<10" or "5+"' }),
  /**
   * Where the author gave no number: his words that the horizon is our reading of
   * ("in a few years" read as "~3"); must occur in `phrase`. Omit when he wrote the number.
   */
  reading: z.string().trim().min(1).optional(),
  /** What happened since, each line citing a vetted fact. */
  hindsight: z.array(hindsightSchema).default([]),
});

export type Claim = z.infer<typeof claimSchema>;

export function claimsFileSchema(context: ReferenceContext) {
  return z.array(claimSchema).min(1).superRefine((claims, ctx) => {
    checkUniqueIds(claims, ctx);
    claims.forEach((claim, index) => {
      checkPhrase(context, claim.paragraph, claim.phrase, [index, 'phrase'], ctx);
      if (claim.reading && !claim.phrase.includes(claim.reading)) {
        ctx.addIssue({ code: 'custom', path: [index, 'reading'], message: `"${claim.reading}" is not in this claim's phrase` });
      }
      claim.hindsight.forEach((line, lineIndex) =>
        checkFactId(line.fact, context.factIds, [index, 'hindsight', lineIndex, 'fact'], ctx),
      );
    });
  });
}
