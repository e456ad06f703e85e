import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../share/card-image';
import { essayData } from '../../page-data/essay';
import { shareTargets, type ShareTarget } from '../../page-data/share-targets';

export const getStaticPaths = (async () => (await shareTargets()).map((target) => ({ params: { id: target.id }, props: { target } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: ShareTarget }> = async ({ props: { target } }) => {
  const { essay, site } = await essayData();
  const png = await renderCard({
    kicker: `${site.name} · ${target.kicker}`,
    heading: target.heading,
    body: target.description,
    footer: `${essay.title} · ${essay.author}, ${essay.published.getUTCFullYear()}`,
    quote: target.kind === 'quote',
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
