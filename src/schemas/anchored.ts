import type { z } from 'astro/zod';
import { phraseProblem } from '../lib/essay-text';

/** What file-level schemas check references against: the vetted facts and the essay's paragraphs. */
export interface ReferenceContext {
  factIds: ReadonlySet<string>;
  /** Plain text of each paragraph, by registered id. */
  paragraphs: ReadonlyMap<string, string>;
}

/** Zod refinement helper: the phrase must occur, once, in the named paragraph. */
export function checkPhrase(
  context: ReferenceContext,
  paragraph: string,
  phrase: string,
  path: PropertyKey[],
  ctx: z.RefinementCtx,
): void {
  const problem = phraseProblem(context.paragraphs, paragraph, phrase);
  // An unknown paragraph is the paragraph field's fault, not the phrase's.
  const at = context.paragraphs.has(paragraph) ? path : [...path.slice(0, -1), 'paragraph'];
  if (problem) ctx.addIssue({ code: 'custom', path: at, message: problem });
}
