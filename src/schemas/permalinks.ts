import { z } from 'astro/zod';

const anchorId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'ids are lower-case words joined by hyphens' });

/**
 * The committed registry of every place a reader can link to (src/data/permalinks.yaml).
 * Ids are forever: one is never deleted, only renamed through `aliases`.
 */
export const permalinkRegistrySchema = z.object({
  /** Section heading ids, as the headings' slugs give them. */
  sections: z.array(anchorId).min(1),
  /**
   * Paragraph and list-item ids, each with the opening words that identify it.
   * The build gives a paragraph the id whose words it starts with.
   */
  paragraphs: z.record(anchorId, z.string().min(12, { error: 'opening words must be long enough to be unique' })),
  /** Every other published anchor (table rows, claims, quotes, notes, figures), by id. */
  anchors: z.array(anchorId).default([]),
  /** Old id -> the id it became. The page sends #old on to #new. */
  aliases: z.record(anchorId, anchorId).default({}),
});

export type PermalinkRegistry = z.infer<typeof permalinkRegistrySchema>;

/** One registered place, as the `permalinks` collection stores it. */
export const permalinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('section') }),
  /** A paragraph or list item, found by its opening words. */
  z.object({ kind: z.literal('paragraph'), opening: z.string() }),
  z.object({ kind: z.literal('anchor') }),
  /** A retired id and the id it now sends readers to. */
  z.object({ kind: z.literal('alias'), target: z.string() }),
]);

export type Permalink = z.infer<typeof permalinkSchema>;
