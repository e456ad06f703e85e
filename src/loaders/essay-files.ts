// Reads the essay's files (its MDX and its data) and validates them with the
// schemas the content collections use. The content loaders, the Sätteri
// plugin and the unit tests all go through here, so the essay is parsed one
// way: Sätteri's tree, walked by src/lib/tree/essay-tree.ts.
import { readFile, readdir } from 'node:fs/promises';
import { mdxToHast } from 'satteri';
import { parseDataFile, projectUrl } from '../lib/data-file';
import { citationOf } from '../lib/facts';
import { ESSAY_FEATURES } from '../lib/markdown';
import { marksByBlock, numberNotes, type PlacedClaim, type PlacedNote } from '../lib/essay-marks';
import { rowAnchor, rowClaims, rowText } from '../lib/options';
import { plainCopy, type Root } from '../lib/tree/hast';
import { essayOutline, type EssayAnnotations, type EssayOutline } from '../lib/tree/essay-tree';
import { parseNoteFiles } from '../lib/notes-files';
import type { ReferenceContext } from '../schemas/anchored';
import { claimsFileSchema, type Claim } from '../schemas/claim';
import { factsFileSchema } from '../schemas/facts-file';
import type { Fact } from '../schemas/fact';
import { optionsFileSchema, type Option } from '../schemas/option';
import { permalinkRegistrySchema, type PermalinkRegistry } from '../schemas/permalinks';
import { CONTENT_FILES } from './content-root';
import { essayFile } from './site';

export { CONTENT_FILES, essayFile };

export async function readProjectFile(path: string): Promise<string> {
  return readFile(projectUrl(path), 'utf8');
}

/** Every YAML file in a folder, by project-relative path, in name order. */
export async function yamlFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(projectUrl(dir));
  return names.filter((name) => name.endsWith('.yaml')).sort().map((name) => `${dir}/${name}`);
}

export async function readRegistry(): Promise<PermalinkRegistry> {
  return parseDataFile(CONTENT_FILES.permalinks, await readProjectFile(CONTENT_FILES.permalinks), permalinkRegistrySchema);
}

export async function readFacts(): Promise<Fact[]> {
  return parseDataFile(CONTENT_FILES.facts, await readProjectFile(CONTENT_FILES.facts), factsFileSchema, 'fact');
}

/** The essay's MDX parsed as the build parses it (Sätteri), as plain hast. */
export function parseEssay(source: string): Root {
  return plainCopy(mdxToHast(source, { features: ESSAY_FEATURES }) as Root);
}

/** The essay's paragraphs, list items and sections, with their ids, from its parsed tree. */
export async function readOutline(registry?: PermalinkRegistry): Promise<EssayOutline> {
  const { paragraphs } = registry ?? (await readRegistry());
  const openings = Object.entries(paragraphs).map(([id, opening]) => ({ id, opening }));
  return essayOutline(parseEssay(await readProjectFile(essayFile)), openings, { essay: essayFile, registry: CONTENT_FILES.permalinks });
}

/** The options table's rows, validated against the facts. */
export async function readRows(factIds: ReadonlySet<string>): Promise<Option[]> {
  return parseDataFile(CONTENT_FILES.options, await readProjectFile(CONTENT_FILES.options), optionsFileSchema(factIds), 'row');
}

/**
 * The facts and the essay's texts that data files are checked against: every
 * paragraph by its id, and every options-table row by its anchor.
 */
export async function readReferenceContext(): Promise<ReferenceContext> {
  const factIds = new Set((await readFacts()).map((fact) => fact.id));
  const outline = await readOutline();
  const paragraphs = new Map(outline.blocks.map((block) => [block.id, block.text]));
  for (const row of await readRows(factIds)) paragraphs.set(rowAnchor(row.id), rowText(row));
  return { factIds, paragraphs, registryFile: CONTENT_FILES.permalinks };
}

/** Every note file, validated together; each note keeps its file. */
export async function readNotes(context: ReferenceContext) {
  const files = await Promise.all((await yamlFilesIn(CONTENT_FILES.notesDir)).map(async (file) => ({ file, text: await readProjectFile(file) })));
  return parseNoteFiles(files, context);
}

export async function readClaims(context: ReferenceContext): Promise<Claim[]> {
  return parseDataFile(CONTENT_FILES.claims, await readProjectFile(CONTENT_FILES.claims), claimsFileSchema(context), 'claim');
}

/**
 * Everything the essay's tree pass attaches: the registry, and every block's
 * note and claim marks (notes with their cited facts' dates and sources).
 */
export async function readAnnotations(sharePath: string): Promise<EssayAnnotations> {
  const registry = await readRegistry();
  const facts = new Map((await readFacts()).map((fact) => [fact.id, fact]));
  const context = await readReferenceContext();
  const notes: PlacedNote[] = (await readNotes(context)).map((note) => ({
    ...note,
    citations: note.facts.map((id) => citationOf(facts.get(id)!)),
  }));
  const claims: PlacedClaim[] = [
    ...(await readClaims(context)).map((claim) => ({ ...claim, definedIn: `${CONTENT_FILES.claims}: claim ${claim.id}` })),
    ...rowClaims(await readRows(context.factIds), CONTENT_FILES.options),
  ];
  const outline = await readOutline(registry);
  return {
    registry: Object.entries(registry.paragraphs).map(([id, opening]) => ({ id, opening })),
    sections: new Set(registry.sections),
    marks: marksByBlock(notes, claims, numberNotes(notes, outline.blocks)),
    sharePath,
    files: { essay: essayFile, registry: CONTENT_FILES.permalinks },
  };
}
