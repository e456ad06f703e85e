import type { z } from 'astro/zod';
import { phraseProblem } from '../lib/phrases';

/** What file-level schemas check references against: the vetted facts and the essay's paragraphs. */
export interface ReferenceContext {
  factIds: ReadonlySet<string>;
  /** Plain text of each paragraph (and table row), by registered id, in reading order. */
  paragraphs: ReadonlyMap<string, string>;
  /** The permalink registry's file, named when a paragraph id is unknown. */
  registryFile?: string;
}

/** Zod refinement helper: the phrase must occur, once, in the named paragraph. */
export function checkPhrase(
  context: ReferenceContext,
  paragraph: string,
  phrase: string,
  path: PropertyKey[],
  ctx: z.RefinementCtx,
): void {
  const problem = phraseProblem(context.paragraphs, paragraph, phrase, context.registryFile);
  // An unknown paragraph is the paragraph field's fault, not the phrase's.
  const at = context.paragraphs.has(paragraph) ? path : [...path.slice(0, -1), 'paragraph'];
  if (problem) ctx.addIssue({ code: 'custom', path: at, message: problem });
}
