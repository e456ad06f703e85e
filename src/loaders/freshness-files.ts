// The freshness rule (src/lib/freshness.ts) over the essay model's validated data: used by the
// build's warning (src/integrations/freshness-warning.ts) and scripts/check-freshness.mjs.
import { citingLines, dueFacts, type DueFact } from '../lib/freshness';
import { CONTENT_FILES } from './content-root';
import { essayModel } from './essay-model';

/** The facts past their review day on `today`, with the lines citing them. */
export async function findDueFacts(today: string): Promise<DueFact[]> {
  const model = await essayModel();
  const noteFiles = [...new Set(model.notes.map((note) => note.file))];
  const lines = citingLines(
    {
      claims: model.claims,
      options: model.rows,
      quotes: model.quotes,
      notes: noteFiles.map((file) => ({ file, notes: model.notes.filter((note) => note.file === file) })),
    },
    CONTENT_FILES,
  );
  return dueFacts([...model.facts.values()], lines, today);
}
