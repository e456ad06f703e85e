import { z } from 'astro/zod';
import { HORIZON_PATTERN } from '../lib/horizon';
import { checkUniqueIds } from '../lib/data-file';
import { checkFactId, hindsightSchema } from './hindsight';

const authorText = z.string({ error: 'is required (the author\'s words)' }).trim().min(1, { error: 'must not be empty (the author\'s words)' });

/** A technological lead the row claims, in the author's own words. */
export const leadTimeSchema = z.object({
  /** Stable id, also the claim's id on the timeline (`claim-<id>`). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the lead is in ("compute", "LLMs"). */
  area: z.string().min(1),
  /** Claimed lead in years with the author's qualifier: "~10", "<10", "5+". */
  horizon: z.string().regex(HORIZON_PATTERN, { error: 'must be a number of years such as "~10", "<10" or "5+"' }),
  /** The author's exact phrase in this row that states the lead. */
  phrase: z.string({ error: 'is required: quote the author\'s exact words' }).trim().min(1, { error: 'must quote the author\'s exact words' }),
  /** Which of the row's hindsight facts speak to this lead (the timeline shows only these); none by default. */
  facts: z.array(z.string()).default([]),
});

/** One row of the author's options table. */
export const optionSchema = z.object({
  /** Stable id; the row's anchor is `option-<id>`. */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'ids are lower-case words joined by hyphens' }),
  /** Our grouping for the filter ("Big tech", "AGI lab"). */
  kind: z.string().trim().min(1),
  /** The author's Option cell, verbatim (inline Markdown). */
  option: authorText,
  /** The author's Pros cell, verbatim (inline Markdown). */
  pros: authorText,
  /** The author's Cons cell, verbatim (inline Markdown). */
  cons: authorText,
  /** Leads the row claims, each quoting its phrase from `pros` or `cons`. */
  leadTimes: z.array(leadTimeSchema).default([]),
  /** True for the option the author took. */
  authorsChoice: z.boolean().default(false),
  /** What happened since, each line citing a vetted fact. */
  hindsight: z.array(hindsightSchema).default([]),
});

export type Option = z.infer<typeof optionSchema>;
export type LeadTime = z.infer<typeof leadTimeSchema>;

/** The whole options file: rows in the author's order, checked against each other and the facts. */
export function optionsFileSchema(factIds: ReadonlySet<string>) {
  return z.array(optionSchema).min(1).superRefine((rows, ctx) => {
    checkUniqueIds(rows, ctx);
    rows.forEach((row, index) => {
      row.hindsight.forEach((line, lineIndex) => {
        checkFactId(line.fact, factIds, [index, 'hindsight', lineIndex, 'fact'], ctx);
      });
      row.leadTimes.forEach((lead, leadIndex) => {
        if (!row.pros.includes(lead.phrase) && !row.cons.includes(lead.phrase)) {
          ctx.addIssue({ code: 'custom', path: [index, 'leadTimes', leadIndex, 'phrase'], message: `"${lead.phrase}" is not in this row's pros or cons` });
        }
        lead.facts.forEach((fact, factIndex) => {
          if (!row.hindsight.some((line) => line.fact === fact)) {
            ctx.addIssue({ code: 'custom', path: [index, 'leadTimes', leadIndex, 'facts', factIndex], message: `"${fact}" is not one of this row's hindsight facts` });
          }
        });
      });
    });
  });
}
