import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import type { ReferenceContext } from './schemas/anchored';
import { claimSchema, claimsFileSchema } from './schemas/claim';
import { essaySchema } from './schemas/essay';
import { factSchema } from './schemas/fact';
import { factsFileSchema } from './schemas/facts-file';
import { figureSchema } from './schemas/figure';
import { noteSchema } from './schemas/note';
import { optionSchema, optionsFileSchema } from './schemas/option';
import { permalinkRegistrySchema, permalinkSchema } from './schemas/permalinks';
import { quoteSchema, quotesFileSchema } from './schemas/quote';
import { CONTENT_FILES, readNotes, readReferenceContext } from './loaders/essay-files';
import { yamlFileLoader } from './loaders/yaml-loader';
import type { Loader } from 'astro/loaders';

/** Read once per sync: the facts and the essay's texts every file is checked against. */
let referenceContext: Promise<ReferenceContext> | undefined;
const context = () => (referenceContext ??= readReferenceContext());

const essay = defineCollection({
  loader: glob({ base: `./${CONTENT_FILES.essayDir}`, pattern: '*.mdx' }),
  schema: essaySchema,
});

const facts = defineCollection({
  loader: yamlFileLoader({
    file: CONTENT_FILES.facts,
    schema: factsFileSchema,
    entryName: 'fact',
    entries: (rows) => rows.map((fact) => ({ id: fact.id, data: fact })),
  }),
  schema: factSchema,
});

/** Entries keep their file order in `order`, so readers can restore the author's order. */
const ordered = <T extends { id: string }>(rows: T[]) => rows.map((row, order) => ({ id: row.id, data: { ...row, order } }));

const options = defineCollection({
  loader: yamlFileLoader({
    file: CONTENT_FILES.options,
    schema: async () => optionsFileSchema((await context()).factIds),
    entryName: 'row',
    entries: ordered,
  }),
  schema: optionSchema.extend({ order: z.number().int() }),
});

const claims = defineCollection({
  loader: yamlFileLoader({
    file: CONTENT_FILES.claims,
    schema: async () => claimsFileSchema(await context()),
    entryName: 'claim',
    entries: ordered,
  }),
  schema: claimSchema.extend({ order: z.number().int() }),
});

const quotes = defineCollection({
  loader: yamlFileLoader({
    file: CONTENT_FILES.quotes,
    schema: async () => quotesFileSchema(await context()),
    entryName: 'quote',
    entries: ordered,
  }),
  schema: quoteSchema.extend({ order: z.number().int() }),
});

const figures = defineCollection({
  loader: yamlFileLoader({
    file: CONTENT_FILES.figure,
    optional: true,
    schema: figureSchema,
    entries: (figure) => [{ id: figure.id, data: figure }],
  }),
  schema: figureSchema,
});

/** Notes: every YAML file in the notes folder, validated together. */
const notesLoader: Loader = {
  name: 'essay:notes',
  async load({ store, parseData, generateDigest }) {
    const notes = await readNotes(await context());
    store.clear();
    for (const [order, { file: _file, ...note }] of notes.entries()) {
      const data = { ...note, order };
      store.set({ id: note.id, data: await parseData({ id: note.id, data }), digest: generateDigest(data) });
    }
  },
};
const notes = defineCollection({ loader: notesLoader, schema: noteSchema.extend({ order: z.number().int() }) });

const permalinks = defineCollection({
  loader: yamlFileLoader({
    file: CONTENT_FILES.permalinks,
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

export const collections = { essay, facts, options, claims, quotes, figures, notes, permalinks };
