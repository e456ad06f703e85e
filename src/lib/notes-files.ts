import { DataFileError, duplicateIdsAcrossFiles, parseDataFile } from './data-file';
import { inReadingOrder, phraseRange } from './phrases';
import type { z } from 'astro/zod';
import type { Note } from '../schemas/note';
import type { ReferenceContext } from '../schemas/anchored';

/**
 * Validate every note file with `schema` (notesFileSchema, which checks each
 * against the facts and the essay's text; passed in, as lib sits below the
 * schemas) and ids across all of them; errors name the file, the entry and the
 * field. Each note keeps the file it came from.
 */
export function parseNoteFiles(files: readonly { file: string; text: string }[], schema: z.ZodType<Note[]>, context: ReferenceContext): (Note & { file: string })[] {
  const parsed = files.map(({ file, text }) => ({ file, entries: parseDataFile(file, text, schema, 'note') }));
  const duplicates = duplicateIdsAcrossFiles(parsed, 'note');
  if (duplicates.length) throw new DataFileError(`Duplicate note ids:\n${duplicates.join('\n')}`);
  const overlaps = overlappingPhrases(parsed, context);
  if (overlaps.length) throw new DataFileError(`Notes whose phrases overlap (each word can carry one note):\n${overlaps.join('\n')}`);
  return inReadingOrder(
    parsed.flatMap(({ file, entries }) => entries.map((note) => ({ ...note, file }))),
    context.paragraphs,
  );
}

/** Pairs of notes in one paragraph whose phrases share words. */
function overlappingPhrases(files: readonly { file: string; entries: readonly Note[] }[], context: ReferenceContext): string[] {
  const placed = files.flatMap(({ file, entries }) =>
    entries.map((note) => ({ file, note, range: phraseRange(context.paragraphs, note.paragraph, note.phrase)! })),
  );
  const problems: string[] = [];
  placed.forEach((a, i) => {
    for (const b of placed.slice(i + 1)) {
      if (a.note.paragraph === b.note.paragraph && a.range.start < b.range.end && b.range.start < a.range.end) {
        problems.push(`  ${b.file}: note ${b.note.id}: phrase "${b.note.phrase}" overlaps note ${a.note.id} ("${a.note.phrase}") in ${a.file}`);
      }
    }
  });
  return problems;
}
