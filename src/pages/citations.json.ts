// Every citable place of the essay as one CSL-JSON file (an array of items):
// for reference managers and scripts, and for the page's "Cite" dialog, which
// turns an item into BibTeX or RIS on demand.
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/url';
import { placeCitations } from '../page-data/citations';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await placeCitations(absoluteUrl('/', site))), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
