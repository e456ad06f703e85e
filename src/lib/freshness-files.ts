// Reads the data files for the freshness rule (src/lib/freshness.ts): used by the
// build's warning (src/integrations/freshness-warning.ts) and scripts/check-freshness.mjs.
import { parse } from 'yaml';
import { citingLines, dueFacts, type AgingFact, type CitingData, type DueFact } from './freshness';
import { DATA_FILES, readProjectFile, yamlFilesIn } from './reference-context';

const read = async <T>(file: string): Promise<T> => (parse(await readProjectFile(file)) ?? []) as T;

/** The facts past their review day on `today`, with the lines citing them. */
export async function findDueFacts(today: string): Promise<DueFact[]> {
  const data: CitingData = {
    claims: await read(DATA_FILES.claims),
    options: await read(DATA_FILES.options),
    quotes: await read(DATA_FILES.quotes),
    notes: await Promise.all((await yamlFilesIn(DATA_FILES.notesDir)).map(async (file) => ({ file, notes: await read<CitingData['notes'][number]['notes']>(file) }))),
  };
  return dueFacts(await read<AgingFact[]>(DATA_FILES.facts), citingLines(data, DATA_FILES), today);
}
