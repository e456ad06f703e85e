import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { projectUrl } from '../lib/data-file';
import { CONTENT_FILES } from './content-root';

/** Site-wide settings (site.json beside the essay's data). */
export const siteSchema = z.object({
  /** The site's own name, shown in the top bar and share cards. */
  name: z.string().min(1),
  /** Id of the essay in the `essay` collection that the home page shows. */
  essay: z.string().min(1),
  /** The line that says this is an edition, not the original. */
  edition: z.string().min(1),
  /** Site path of the default social image: `/social-card.png` (data/social-card.png, or drawn), or a share card. */
  socialImage: z.string().startsWith('/').default('/social-card.png'),
  /** Text alternative of the social image. */
  socialImageAlt: z.string().min(1),
});

export type Site = z.infer<typeof siteSchema>;

function readSite(): Site {
  const result = siteSchema.safeParse(JSON.parse(readFileSync(projectUrl(CONTENT_FILES.site), 'utf8')));
  if (!result.success) throw new Error(`Invalid ${CONTENT_FILES.site}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return result.data;
}

let cache: Site | undefined;

/** The site's settings, read on first use (never at import time) and kept. */
export function siteSettings(): Site {
  return (cache ??= readSite());
}

/** The essay's MDX file, project-relative. */
export function essayFile(): string {
  return `${CONTENT_FILES.essayDir}/${siteSettings().essay}.mdx`;
}
