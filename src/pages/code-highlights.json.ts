// Shiki's tokens for the BibTeX of the essay page's Cite panels, as ranges of
// each text by kind: the page colours an opened panel's text with CSS Custom
// Highlights from these (client/code-highlights.ts), adding no element, and
// fetches them only then. Without JavaScript the text stays plain.
import type { APIRoute } from 'astro';
import { tokenRanges } from '../lib/highlight';
import { citePanelBibtex } from '../page-data/cite-panels';

export const GET: APIRoute = async ({ site }) => {
  const texts = await citePanelBibtex(site);
  const entries = await Promise.all([...new Set(texts)].map(async (text) => ({ text, ranges: await tokenRanges(text, 'bibtex') })));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
