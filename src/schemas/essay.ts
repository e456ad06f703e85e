import { z } from 'astro/zod';

/** Frontmatter of an essay the site reproduces (src/content/essay/*.mdx). */
export const essaySchema = z.object({
  /** The author's title, exactly. */
  title: z.string().min(1),
  /** The author's name as credited. */
  author: z.string().min(1),
  /** The possessive the author's own words use for the author ("his", "her", "their"), for our captions. */
  authorPossessive: z.string().min(1).default('their'),
  /** The author's home page. */
  authorUrl: z.url(),
  /** Publication date of the original. */
  published: z.coerce.date(),
  /** Date of the author's last revision, if any. */
  revised: z.coerce.date().optional(),
  /** Canonical address of the original; linked from the header and the footer. */
  originalUrl: z.url(),
  /** The author's own summary line, shown under the title. */
  summary: z.string().min(1),
  /** Our description of this edition, for search results and link previews. */
  description: z.string().min(1).max(200),
});

export type EssayFrontmatter = z.infer<typeof essaySchema>;
