import { z } from 'astro/zod';
import { checkUniqueIds } from '../lib/data-file';
import { checkPhrase, type ReferenceContext } from './anchored';
import { checkFactId } from './hindsight';

import { NOTE_KINDS } from '../lib/kinds';

/** One of our notes on the essay (src/content/notes/*.yaml); its anchor is `note-<id>`. */
export const noteSchema = z.object({
  /** Stable id, unique across all note files. */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'ids are lower-case words joined by hyphens' }),
  /** context: help for today's reader; glossary: a term; hindsight: what happened since; source: what a link points to. */
  kind: z.enum(NOTE_KINDS),
  /** Id of the paragraph the note belongs to (src/data/permalinks.yaml). */
  paragraph: z.string().min(1),
  /** The author's exact words the note attaches to; must occur once in that paragraph. */
  phrase: z.string().trim().min(1),
  /** For glossary notes: the term defined, as a short heading. */
  term: z.string().optional(),
  /** The note, in our words (inline Markdown: links and emphasis). */
  body: z.string().trim().min(1),
  /** Vetted facts whose dates and sources are shown with the note; required for hindsight notes. */
  facts: z.array(z.string()).default([]),
  /** A reference link shown with the note: required when it cites no fact (a glossary reference, or the linked page a source note describes). */
  reference: z.url().optional(),
});

export type Note = z.infer<typeof noteSchema>;

/** Every note file together: unique ids, real facts, phrases that are in their paragraphs. */
export function notesFileSchema(context: ReferenceContext) {
  return z.array(noteSchema).superRefine((notes, ctx) => {
    checkUniqueIds(notes, ctx);
    notes.forEach((note, index) => {
      checkPhrase(context, note.paragraph, note.phrase, [index, 'phrase'], ctx);
      note.facts.forEach((fact, factIndex) => checkFactId(fact, context.factIds, [index, 'facts', factIndex], ctx));
      if (note.kind === 'hindsight' && note.facts.length === 0) {
        ctx.addIssue({ code: 'custom', path: [index, 'facts'], message: 'a hindsight note must cite at least one fact from facts.yaml' });
      }
      if (note.facts.length === 0 && !note.reference) {
        ctx.addIssue({ code: 'custom', path: [index, 'reference'], message: 'a note that cites no fact needs a reference link' });
      }
      if (note.kind === 'glossary' && !note.term) {
        ctx.addIssue({ code: 'custom', path: [index, 'term'], message: 'a glossary note names its term' });
      }
    });
  });
}
