import { z } from 'astro/zod';

/** A dated, sourced "what happened since" line; date and source come from the cited fact. */
export const hindsightSchema = z.object({
  /** Id of the fact in src/data/facts.yaml this line reports. */
  fact: z.string().min(1),
  /** Our sentence, reporting what happened without grading the author. */
  text: z.string().trim().min(1),
});

export type Hindsight = z.infer<typeof hindsightSchema>;

/** Zod refinement helper: a cited fact id must be one of the vetted facts. */
export function checkFactId(id: string, known: ReadonlySet<string>, path: PropertyKey[], ctx: z.RefinementCtx): void {
  if (!known.has(id)) ctx.addIssue({ code: 'custom', path, message: `unknown fact id "${id}" (see facts.yaml)` });
}
