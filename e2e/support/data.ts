// The project's data, read through the same schemas and parsers the build uses.
import { parseDataFile } from '../../src/lib/data-file';
import { parseNoteFiles } from '../../src/lib/notes-files';
import { CONTENT_FILES as DATA_FILES, readProjectFile, readReferenceContext, readRegistry, yamlFilesIn } from '../../src/loaders/essay-files';
import { claimsFileSchema } from '../../src/schemas/claim';
import { factsFileSchema } from '../../src/schemas/facts-file';
import { optionsFileSchema } from '../../src/schemas/option';

const context = await readReferenceContext();
const read = (file: string) => readProjectFile(file);

/** The permalink registry (src/data/permalinks.yaml). */
export const registry = await readRegistry();

/** Every id a reader may have linked to, aliases aside. */
export const liveIds = [...registry.sections, ...Object.keys(registry.paragraphs), ...registry.anchors];

/** Every note, in reading order. */
export const notes = parseNoteFiles(
  await Promise.all((await yamlFilesIn(DATA_FILES.notesDir)).map(async (file) => ({ file, text: await read(file) }))),
  context,
);

export const facts = new Map(parseDataFile(DATA_FILES.facts, await read(DATA_FILES.facts), factsFileSchema, 'fact').map((fact) => [fact.id, fact]));

export const optionRows = parseDataFile(DATA_FILES.options, await read(DATA_FILES.options), optionsFileSchema(context.factIds), 'row');

/** Every claim on the timeline: the options table's lead times, then the prose's claims. */
export const claims = [
  ...optionRows.flatMap((row) => row.leadTimes.map((lead) => ({ id: lead.id, phrase: lead.phrase, facts: row.hindsight.map((line) => line.fact).filter((fact) => lead.facts.includes(fact)) }))),
  ...parseDataFile(DATA_FILES.claims, await read(DATA_FILES.claims), claimsFileSchema(context), 'claim').map((claim) => ({
    id: claim.id,
    phrase: claim.phrase,
    facts: claim.hindsight.map((line) => line.fact),
  })),
];
