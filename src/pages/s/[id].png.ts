import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { renderCard } from '../../share/card-image';
import { shareTargets, type ShareTarget } from '../../share/share-targets';
import { site } from '../../lib/site';

export const getStaticPaths = (async () => (await shareTargets()).map((target) => ({ params: { id: target.id }, props: { target } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: ShareTarget }> = async ({ props: { target } }) => {
  const essay = await getEntry('essay', site.essay);
  const png = await renderCard({
    kicker: `${site.name} · ${target.kicker}`,
    heading: target.heading,
    body: target.description,
    footer: `${essay!.data.title} · ${essay!.data.author}, ${essay!.data.published.getUTCFullYear()}`,
    quote: target.kind === 'quote',
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
