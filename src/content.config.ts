// Every collection, each filled from the one essay model (src/loaders/essay-model.ts):
// the files are validated and the essay parsed once, whichever collection asks first.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { claimSchema } from './schemas/claim';
import { essaySchema } from './schemas/essay';
import { factSchema } from './schemas/fact';
import { figureSchema } from './schemas/figure';
import { noteSchema } from './schemas/note';
import { optionSchema } from './schemas/option';
import { permalinkSchema } from './schemas/permalinks';
import { quoteSchema } from './schemas/quote';
import { CONTENT_FILES } from './loaders/content-root';
import { modelLoader } from './loaders/model-loader';

const essay = defineCollection({
  loader: glob({ base: `./${CONTENT_FILES.essayDir}`, pattern: '*.mdx' }),
  schema: essaySchema,
});

/** Entries keep their file order in `order`, so readers can restore the author's order. */
const ordered = <T extends { id: string }>(rows: readonly T[]) => rows.map((row, order) => ({ id: row.id, data: { ...row, order } }));

const facts = defineCollection({
  loader: modelLoader('facts', (model) => [...model.facts.values()].map((fact) => ({ id: fact.id, data: fact }))),
  schema: factSchema,
});

const options = defineCollection({
  loader: modelLoader('options', (model) => ordered(model.rows)),
  schema: optionSchema.extend({ order: z.number().int() }),
});

const claims = defineCollection({
  loader: modelLoader('claims', (model) => ordered(model.claims)),
  schema: claimSchema.extend({ order: z.number().int() }),
});

const quotes = defineCollection({
  loader: modelLoader('quotes', (model) => ordered(model.quotes)),
  schema: quoteSchema.extend({ order: z.number().int() }),
});

const figures = defineCollection({
  loader: modelLoader('figures', (model) => (model.figure ? [{ id: model.figure.id, data: model.figure }] : [])),
  schema: figureSchema,
});

/** Notes in reading order; the model keeps each note's file and citations, the collection its fields. */
const notes = defineCollection({
  loader: modelLoader('notes', (model) =>
    ordered(model.notes.map(({ file: _file, citations: _citations, ...note }) => note)),
  ),
  schema: noteSchema.extend({ order: z.number().int() }),
});

const permalinks = defineCollection({
  loader: modelLoader('permalinks', ({ registry }) => [
    ...registry.sections.map((id) => ({ id, data: { kind: 'section' as const } })),
    ...Object.entries(registry.paragraphs).map(([id, opening]) => ({ id, data: { kind: 'paragraph' as const, opening } })),
    ...registry.anchors.map((id) => ({ id, data: { kind: 'anchor' as const } })),
    ...Object.entries(registry.aliases).map(([id, target]) => ({ id, data: { kind: 'alias' as const, target } })),
  ]),
  schema: permalinkSchema,
});

export const collections = { essay, facts, options, claims, quotes, figures, notes, permalinks };
