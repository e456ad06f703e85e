// The site's own settings (its name, the edition line, the social image), for
// components and pages, which take page data and never the loaders.
import { siteSettings, type Site } from '../loaders/site';

export type { Site };

/** The site's settings (site.json in the content root), read once. */
export function siteData(): Site {
  return siteSettings();
}
