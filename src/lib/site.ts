import { z } from 'astro/zod';
import siteJson from '../data/site.json' with { type: 'json' };

/** Site-wide settings (src/data/site.json). */
export const siteSchema = z.object({
  /** The site's own name, shown in the top bar and share cards. */
  name: z.string().min(1),
  /** Id of the essay in the `essay` collection that the home page shows. */
  essay: z.string().min(1),
  /** The line that says this is an edition, not the original. */
  edition: z.string().min(1),
  /** Path of the default social image under public/. */
  socialImage: z.string().startsWith('/'),
  /** Text alternative of the social image. */
  socialImageAlt: z.string().min(1),
});

export const site = siteSchema.parse(siteJson);
