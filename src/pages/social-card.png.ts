// The site's default social image: the essay's own (data/social-card.png in the
// content root) when it has one, else a card drawn from its title and author.
import type { APIRoute } from 'astro';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { formatLongDate } from '../lib/dates';
import { projectUrl } from '../lib/data-file';
import { essayData } from '../page-data/essay';
import { renderCard } from '../share/card-image';

export const GET: APIRoute = async () => {
  const { essay, site, files } = await essayData();
  const own = projectUrl(files.socialCard);
  const png = existsSync(own)
    ? await readFile(own)
    : await renderCard({ kicker: site.name, heading: essay.title, body: `by ${essay.author} · ${formatLongDate(essay.published)}`, footer: site.edition });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
