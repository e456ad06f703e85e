import { readFile, readdir } from 'node:fs/promises';
import { parseDataFile, projectUrl } from './data-file';
import { paragraphTexts } from './essay-text';
import { factsFileSchema } from '../schemas/facts-file';
import { optionsFileSchema } from '../schemas/option';
import { inlineMarkdownText } from './inline-markdown';
import { normalizeText } from './text';
import { permalinkRegistrySchema, type PermalinkRegistry } from '../schemas/permalinks';
import type { ReferenceContext } from '../schemas/anchored';
import { site } from './site';

export const DATA_FILES = {
  facts: 'src/data/facts.yaml',
  permalinks: 'src/data/permalinks.yaml',
  options: 'src/data/options.yaml',
  claims: 'src/data/claims.yaml',
  quotes: 'src/data/quotes.yaml',
  figure: 'src/data/figure.yaml',
  notesDir: 'src/content/notes',
  essay: `src/content/essay/${site.essay}.mdx`,
} as const;

export async function readProjectFile(path: string): Promise<string> {
  return readFile(projectUrl(path), 'utf8');
}

/** Every YAML file in a folder, by project-relative path, in name order. */
export async function yamlFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(projectUrl(dir));
  return names.filter((name) => name.endsWith('.yaml')).sort().map((name) => `${dir}/${name}`);
}

export async function readRegistry(): Promise<PermalinkRegistry> {
  return parseDataFile(DATA_FILES.permalinks, await readProjectFile(DATA_FILES.permalinks), permalinkRegistrySchema);
}

/**
 * The facts and the essay's texts that data files are checked against: every
 * paragraph by its id, and every options-table row by its anchor (`option-<id>`).
 */
export async function readReferenceContext(): Promise<ReferenceContext> {
  const facts = parseDataFile(DATA_FILES.facts, await readProjectFile(DATA_FILES.facts), factsFileSchema, 'fact');
  const factIds = new Set(facts.map((fact) => fact.id));
  const registry = await readRegistry();
  const openings = Object.entries(registry.paragraphs).map(([id, opening]) => ({ id, opening }));
  const paragraphs = paragraphTexts(await readProjectFile(DATA_FILES.essay), openings);
  const rows = parseDataFile(DATA_FILES.options, await readProjectFile(DATA_FILES.options), optionsFileSchema(factIds), 'row');
  for (const row of rows) {
    paragraphs.set(`option-${row.id}`, normalizeText([row.option, row.pros, row.cons].map(inlineMarkdownText).join(' ')));
  }
  return { factIds, paragraphs };
}
