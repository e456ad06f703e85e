// The edition's changes as an Atom feed (RFC 4287): one entry per addition or
// revision, each linking to its entry in place on the essay page.
import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/history';
import { absoluteUrl } from '../lib/url';
import { editionChanges } from '../page-data/changes';
import { essayData } from '../page-data/essay';
import { siteData } from '../page-data/site';

export const GET: APIRoute = async ({ site }) => {
  const { name } = siteData();
  const { buildDay } = await essayData();
  const xml = atomFeed({
    title: `${name}: what changed`,
    feedUrl: absoluteUrl('/changes.atom', site),
    pageUrl: absoluteUrl('/', site),
    changesUrl: absoluteUrl('/changes/', site),
    author: name,
    changes: await editionChanges(),
    fallbackDay: buildDay,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
