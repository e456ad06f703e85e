import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { essaySchema } from './schemas/essay';
import { factSchema } from './schemas/fact';
import { factsFileSchema } from './schemas/facts-file';
import { optionSchema, optionsFileSchema } from './schemas/option';
import { permalinkRegistrySchema, permalinkSchema } from './schemas/permalinks';
import { readDataFile, yamlFileLoader } from './lib/yaml-loader';

const FACTS_FILE = 'src/data/facts.yaml';

/** Ids of the vetted facts, for files that cite them. */
async function factIds(): Promise<Set<string>> {
  const facts = await readDataFile(FACTS_FILE, factsFileSchema, 'fact');
  return new Set(facts.map((fact) => fact.id));
}

const essay = defineCollection({
  loader: glob({ base: './src/content/essay', pattern: '*.mdx' }),
  schema: essaySchema,
});

const facts = defineCollection({
  loader: yamlFileLoader({
    file: FACTS_FILE,
    schema: factsFileSchema,
    entryName: 'fact',
    entries: (rows) => rows.map((fact) => ({ id: fact.id, data: fact })),
  }),
  schema: factSchema,
});

const options = defineCollection({
  loader: yamlFileLoader({
    file: 'src/data/options.yaml',
    schema: async () => optionsFileSchema(await factIds()),
    entryName: 'row',
    // Keep the author's order: entries are read back sorted by `order`.
    entries: (rows) => rows.map((row, order) => ({ id: row.id, data: { ...row, order } })),
  }),
  schema: optionSchema.extend({ order: z.number().int() }),
});

const permalinks = defineCollection({
  loader: yamlFileLoader({
    file: 'src/data/permalinks.yaml',
    schema: permalinkRegistrySchema,
    entries: (registry) => [
      ...registry.sections.map((id) => ({ id, data: { kind: 'section' as const } })),
      ...Object.entries(registry.paragraphs).map(([id, opening]) => ({ id, data: { kind: 'paragraph' as const, opening } })),
      ...registry.anchors.map((id) => ({ id, data: { kind: 'anchor' as const } })),
      ...Object.entries(registry.aliases).map(([id, target]) => ({ id, data: { kind: 'alias' as const, target } })),
    ],
  }),
  schema: permalinkSchema,
});

export const collections = { essay, facts, options, permalinks };
