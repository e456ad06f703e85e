// Reads the content root's data files for the freshness rule (src/lib/freshness.ts): used by the
// build's warning (src/integrations/freshness-warning.ts) and scripts/check-freshness.mjs.
import { parse } from 'yaml';
import { citingLines, dueFacts, type AgingFact, type CitingData, type DueFact } from '../lib/freshness';
import { CONTENT_FILES, readProjectFile, yamlFilesIn } from './essay-files';

const read = async <T>(file: string): Promise<T> => (parse(await readProjectFile(file)) ?? []) as T;

/** The facts past their review day on `today`, with the lines citing them. */
export async function findDueFacts(today: string): Promise<DueFact[]> {
  const data: CitingData = {
    claims: await read(CONTENT_FILES.claims),
    options: await read(CONTENT_FILES.options),
    quotes: await read(CONTENT_FILES.quotes),
    notes: await Promise.all((await yamlFilesIn(CONTENT_FILES.notesDir)).map(async (file) => ({ file, notes: await read<CitingData['notes'][number]['notes']>(file) }))),
  };
  return dueFacts(await read<AgingFact[]>(CONTENT_FILES.facts), citingLines(data, CONTENT_FILES), today);
}
