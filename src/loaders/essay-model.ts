// The essay model: every file under the content root read, validated with its
// schema and cross-checked once, and the essay's MDX parsed once (Sätteri, as
// the build parses it). The content collections, the Sätteri plugin, the page
// data and the share pages all take this one model, so there is one copy of
// the notes' marks and order, and one place a bad entry is named.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { mdxToHast } from 'satteri';
import { parseDataFile, projectUrl } from '../lib/data-file';
import { citationOf, type Citation } from '../lib/facts';
import { ESSAY_FEATURES } from '../lib/markdown';
import { marksByBlock, numberNotes, type PlacedClaim, type PlacedNote } from '../lib/essay-marks';
import { parseNoteFiles } from '../lib/notes-files';
import { rowClaims, rowText } from '../lib/options';
import { rowAnchor } from '../lib/places';
import { plainCopy, type Root } from '../lib/tree/hast';
import { essayOutline, type EssayOutline } from '../lib/tree/essay-tree';
import type { PhraseMark } from '../lib/tree/phrase-marks';
import type { ReferenceContext } from '../schemas/anchored';
import { claimsFileSchema, type Claim } from '../schemas/claim';
import type { Fact } from '../schemas/fact';
import { factsFileSchema } from '../schemas/facts-file';
import { figureSchema, type Figure } from '../schemas/figure';
import { notesFileSchema, type Note } from '../schemas/note';
import { optionsFileSchema, type Option } from '../schemas/option';
import { permalinkRegistrySchema, type PermalinkRegistry } from '../schemas/permalinks';
import { quotesFileSchema, type Quote } from '../schemas/quote';
import { historyFileSchema, type EntryHistory, type HistoryFile } from '../schemas/history';
import { buildDate } from '../lib/timeline/calendar';
import { CONTENT_FILES } from './content-root';
import { essayFile } from './site';

/** The text of every file the model is made from, by project-relative path. */
export interface EssaySources {
  essayFile: string;
  essay: string;
  registry: string;
  facts: string;
  options: string;
  claims: string;
  quotes: string;
  history: string;
  /** An essay may have no figure. */
  figure: string | undefined;
  notes: { file: string; text: string }[];
}

/** One of our notes as validated, with its file and its cited facts. */
export type ModelNote = Note & PlacedNote & { history: EntryHistory };

export interface EssayModel {
  /** The essay's MDX file, project-relative. */
  essayFile: string;
  registry: PermalinkRegistry;
  /** The essay's paragraphs, list items and sections, with their ids, from its one parse. */
  outline: EssayOutline;
  facts: ReadonlyMap<string, Fact>;
  /** What data files are checked against: fact ids, and every paragraph's and row's text by id, in reading order. */
  context: ReferenceContext;
  /** Our notes in reading order, each with its file and its cited facts. */
  notes: ModelNote[];
  /** Margin notes' numbers, counted in reading order. */
  noteNumbers: ReadonlyMap<string, number>;
  claims: Claim[];
  /** The options table's rows. */
  rows: Option[];
  quotes: Quote[];
  /** When each note, and each claim's and row's hindsight lines, was added and revised (by section, then id). */
  history: HistoryFile;
  figure: Figure | undefined;
  /** Every block's note and claim marks, by block id (paragraphs, list items, table rows). */
  marks: ReadonlyMap<string, PhraseMark[]>;
  /** The cited facts of an entry; throws naming the entry when one is unknown. */
  citations(ids: readonly string[], citedBy: string): Citation[];
}

/** Shared by every copy of this module in the build (Astro loads its config, content config and pages separately). */
interface ModelState {
  parses: number;
  key?: string;
  model?: Promise<EssayModel>;
}
const STATE = Symbol.for('edition.essay-model');
function state(): ModelState {
  const shared = globalThis as { [STATE]?: ModelState };
  return (shared[STATE] ??= { parses: 0 });
}

/** How many times this process has parsed the essay's MDX for the model (the build checks it is once). */
export function essayParseCount(): number {
  return state().parses;
}

/** The essay's MDX parsed as the build parses it (Sätteri), as plain hast. */
export function parseEssay(source: string): Root {
  state().parses += 1;
  return plainCopy(mdxToHast(source, { features: ESSAY_FEATURES }) as Root);
}

export function readProjectFile(path: string): Promise<string> {
  return readFile(projectUrl(path), 'utf8');
}

/** Every YAML file in a folder, by project-relative path, in name order. */
export async function yamlFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(projectUrl(dir));
  return names.filter((name) => name.endsWith('.yaml')).sort().map((name) => `${dir}/${name}`);
}

/** Every file the model is made from, read once. */
export async function readSources(): Promise<EssaySources> {
  const file = essayFile();
  const [essay, registry, facts, options, claims, quotes, history, figure, noteFiles] = await Promise.all([
    readProjectFile(file),
    readProjectFile(CONTENT_FILES.permalinks),
    readProjectFile(CONTENT_FILES.facts),
    readProjectFile(CONTENT_FILES.options),
    readProjectFile(CONTENT_FILES.claims),
    readProjectFile(CONTENT_FILES.quotes),
    readProjectFile(CONTENT_FILES.history),
    existsSync(projectUrl(CONTENT_FILES.figure)) ? readProjectFile(CONTENT_FILES.figure) : undefined,
    yamlFilesIn(CONTENT_FILES.notesDir),
  ]);
  const notes = await Promise.all(noteFiles.map(async (note) => ({ file: note, text: await readProjectFile(note) })));
  return { essayFile: file, essay, registry, facts, options, claims, quotes, history, figure, notes };
}

/**
 * The model from the files' texts: each validated once with its schema, the MDX
 * parsed once. `buildDay` bounds the history's dates (BUILD_DATE, else today).
 */
export function buildEssayModel(sources: EssaySources, buildDay: string = buildDate(process.env.BUILD_DATE)): EssayModel {
  const registry = parseDataFile(CONTENT_FILES.permalinks, sources.registry, permalinkRegistrySchema);
  const facts = new Map(parseDataFile(CONTENT_FILES.facts, sources.facts, factsFileSchema, 'fact').map((fact) => [fact.id, fact]));
  const factIds = new Set(facts.keys());
  const openings = Object.entries(registry.paragraphs).map(([id, opening]) => ({ id, opening }));
  const outline = essayOutline(parseEssay(sources.essay), openings, { essay: sources.essayFile, registry: CONTENT_FILES.permalinks });
  const rows = parseDataFile(CONTENT_FILES.options, sources.options, optionsFileSchema(factIds), 'row');
  const paragraphs = new Map(outline.blocks.map((block) => [block.id, block.text]));
  for (const row of rows) paragraphs.set(rowAnchor(row.id), rowText(row));
  const context: ReferenceContext = { factIds, paragraphs, registryFile: CONTENT_FILES.permalinks };

  const citations = (ids: readonly string[], citedBy: string) =>
    ids.map((id) => {
      const fact = facts.get(id);
      if (!fact) throw new Error(`${citedBy}: unknown fact "${id}" (see ${CONTENT_FILES.facts})`);
      return citationOf(fact, buildDay);
    });
  const parsedNotes = parseNoteFiles(sources.notes, notesFileSchema(context), context);
  const claims = parseDataFile(CONTENT_FILES.claims, sources.claims, claimsFileSchema(context), 'claim');
  const withHindsight = (entries: readonly { id: string; hindsight: readonly unknown[] }[]) => new Set(entries.filter((entry) => entry.hindsight.length).map((entry) => entry.id));
  const history = parseDataFile(
    CONTENT_FILES.history,
    sources.history,
    historyFileSchema({ ids: { notes: new Set(parsedNotes.map((note) => note.id)), claims: withHindsight(claims), rows: withHindsight(rows) }, buildDay }),
  );
  const notes: ModelNote[] = parsedNotes.map((note) => ({
    ...note,
    citations: citations(note.facts, `${note.file}: note ${note.id}`),
    history: history.notes[note.id]!,
  }));
  const quotes = parseDataFile(CONTENT_FILES.quotes, sources.quotes, quotesFileSchema(context), 'quote');
  const figure = sources.figure === undefined ? undefined : parseDataFile(CONTENT_FILES.figure, sources.figure, figureSchema);

  const placedClaims: PlacedClaim[] = [
    ...claims.map((claim) => ({ ...claim, definedIn: `${CONTENT_FILES.claims}: claim ${claim.id}` })),
    ...rowClaims(rows, CONTENT_FILES.options),
  ];
  const noteNumbers = numberNotes(notes, outline.blocks);
  return {
    essayFile: sources.essayFile,
    registry,
    outline,
    facts,
    context,
    notes,
    noteNumbers,
    claims,
    rows,
    quotes,
    history,
    figure,
    marks: marksByBlock(notes, placedClaims, noteNumbers),
    citations,
  };
}

/**
 * The essay model, built once per process and shared by every caller. The
 * files are re-read on each call (they are small) so that a changed file, in
 * dev, gives a new model; unchanged files give the same one, unparsed.
 */
export async function essayModel(): Promise<EssayModel> {
  const sources = await readSources();
  const key = createHash('sha256').update(JSON.stringify(sources)).digest('hex');
  const shared = state();
  if (shared.key !== key || !shared.model) {
    shared.key = key;
    shared.model = Promise.resolve().then(() => buildEssayModel(sources));
  }
  return shared.model;
}

/** Every file the model is read from, for the content loaders' watchers. */
export async function modelFiles(): Promise<string[]> {
  const sources = await readSources();
  return [sources.essayFile, CONTENT_FILES.permalinks, CONTENT_FILES.facts, CONTENT_FILES.options, CONTENT_FILES.claims, CONTENT_FILES.quotes, CONTENT_FILES.history, CONTENT_FILES.figure, ...sources.notes.map((note) => note.file)];
}
