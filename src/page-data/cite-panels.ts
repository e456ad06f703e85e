// The BibTeX the essay page's Cite panels show (the essay's and each quote
// card's), computed in one place: the panels print it, and
// `/code-highlights.json` carries Shiki's tokens for it. (Build time only.)
import { essayBibtex, quoteBibtex, type Edition } from '../lib/citation';
import { absoluteUrl } from '../lib/url';
import { essayData } from './essay';
import { siteData } from './site';

/** This edition as the essay's citation names it: the site's name and the essay page's absolute URL. */
export function citeEdition(site: URL | undefined): Edition {
  return { name: siteData().name, url: absoluteUrl('/', site) };
}

/** The BibTeX of every Cite panel on the essay page: the essay's, then each quote's. */
export async function citePanelBibtex(site: URL | undefined): Promise<string[]> {
  const { essay, quotes } = await essayData();
  return [essayBibtex(essay, citeEdition(site)), ...[...quotes.values()].map((quote) => quoteBibtex(quote, essay))];
}
