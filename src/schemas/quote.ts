import { z } from 'astro/zod';
import { checkUniqueIds } from '../lib/data-file';
import { checkPhrase, type ReferenceContext } from './anchored';
import { checkFactId } from './hindsight';

/** A voice the essay quotes, shown as a card at its place (src/data/quotes.yaml); anchor `quote-<id>`. */
export const quoteSchema = z.object({
  /** Stable id, e.g. "hamming-shannon". */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'ids are lower-case words joined by hyphens' }),
  /** The paragraph that quotes it; the card sits after it. */
  paragraph: z.string().min(1),
  /** The quoted words exactly as the essay gives them; must occur once in that paragraph. */
  text: z.string().trim().min(1),
  /** Who said or wrote it. */
  speaker: z.string().trim().min(1),
  /** The speaker is a publication or group, not a person: citations keep the name whole. */
  organisation: z.boolean().default(false),
  /** The talk, essay or occasion it comes from. */
  work: z.string().trim().min(1),
  /** Who wrote the work down or published it, when that is not the speaker (a transcriber, a blog). */
  publisher: z.string().optional(),
  /** When, as precise as the facts allow ("1986-03-07", "2012"); omitted when a fact forbids stating it. */
  date: z.string().optional(),
  /** True when the work was begun on `date` and revised since (a fact says so): shown as "begun 2012, revised since". */
  revisedSince: z.boolean().default(false),
  /** Where it was given or published, if known. */
  venue: z.string().optional(),
  /** Where the reader can read it; for a remark known only through the essay, the essay itself. */
  sourceUrl: z.url(),
  /** The vetted facts the caption rests on. */
  facts: z.array(z.string()).min(1, { error: 'a quote card must cite the facts its caption rests on' }),
  /** Our short context note (inline Markdown). */
  context: z.string().trim().min(1),
});

export type Quote = z.infer<typeof quoteSchema>;

export function quotesFileSchema(context: ReferenceContext) {
  return z.array(quoteSchema).superRefine((quotes, ctx) => {
    checkUniqueIds(quotes, ctx);
    quotes.forEach((quote, index) => {
      checkPhrase(context, quote.paragraph, quote.text, [index, 'text'], ctx);
      quote.facts.forEach((fact, factIndex) => checkFactId(fact, context.factIds, [index, 'facts', factIndex], ctx));
    });
  });
}
