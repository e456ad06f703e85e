import { z } from 'astro/zod';

/** One vetted fact the site may state in its own notes (src/data/facts.yaml). */
export const factSchema = z.object({
  /** Stable id that notes, rows and claims cite. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Heading of the group the fact sits under in the shared list. */
  group: z.string(),
  /** When it happened, as precise as the source allows ("2022-11-30", "2023-03", "by 2023-03"). */
  date: z.string().optional(),
  /**
   * What `date` is the date of, where a note's words leave it open ("Shannon's paper"):
   * printed before the date on "When:" lines ("Shannon's paper, 1948").
   */
  dateOf: z.string().optional(),
  /** The fact in plain words; notes may reword it but add nothing. */
  fact: z.string().min(1),
  /** The source shown to the reader beside every note that cites this fact. */
  source: z.url().optional(),
  /**
   * The source's own date (a post's), only where the shared list states it; the
   * fact's `date` is when the thing happened and is never printed as the page's date.
   */
  sourceDate: z.string().optional(),
  /** primary: the person or organisation said it; press: a news outlet or reference work. */
  standing: z.enum(['primary', 'press']).optional(),
  /**
   * What kind of source a press fact's is, printed after its link: "press report"
   * (a news outlet) or "reference work" (Wikipedia, a wiki). Set on every press fact, on no other.
   */
  sourceKind: z.enum(['press report', 'reference work']).optional(),
  /** What must never be claimed from this fact (e.g. "its year"). */
  doNotState: z.string().optional(),
  /**
   * For a fact reporting a plan or prediction that will age ("deliveries planned
   * for 2026"): the day it needs checking again. Lines citing it read "as of <date>";
   * once the build date passes this day the build warns and `npm run check:freshness` fails.
   */
  reviewBy: z.iso.date().optional(),
});

export type Fact = z.infer<typeof factSchema>;
