import { z } from 'astro/zod';

/** One vetted fact the site may state in its own notes (src/data/facts.yaml). */
export const factSchema = z.object({
  /** Stable id that notes, rows and claims cite. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Heading of the group the fact sits under in the shared list. */
  group: z.string(),
  /** When it happened, as precise as the source allows ("2022-11-30", "2023-03", "by 2023-03"). */
  date: z.string().optional(),
  /** The fact in plain words; notes may reword it but add nothing. */
  fact: z.string().min(1),
  /** The source shown to the reader beside every note that cites this fact. */
  source: z.url().optional(),
  /** primary: the person or organisation said it; press: a news outlet or reference work. */
  standing: z.enum(['primary', 'press']).optional(),
  /** What must never be claimed from this fact (e.g. "its year"). */
  doNotState: z.string().optional(),
});

export type Fact = z.infer<typeof factSchema>;
