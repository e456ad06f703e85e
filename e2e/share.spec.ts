import type { APIRequestContext } from '@playwright/test';
import { test, expect } from './fixtures';
import { registry } from './support/data';
import { decodeEntities } from '../src/lib/text';

/** The head of a share page as a crawler reads it: the HTML, no scripts, no redirects followed. */
async function crawl(request: APIRequestContext, id: string) {
  const html = await (await request.get(`./s/${id}/`, { maxRedirects: 0 })).text();
  const attr = (tag: string, key: string, value: string, wanted: string) => {
    const element = [...html.matchAll(new RegExp(`<${tag}\\s[^>]*>`, 'g'))].map((m) => m[0]).find((t) => t.includes(`${key}="${value}"`));
    const match = element && new RegExp(`\\s${wanted}="([^"]*)"`).exec(element);
    return match ? decodeEntities(match[1]!) : null;
  };
  return {
    html,
    meta: (key: 'name' | 'property' | 'http-equiv', value: string) => attr('meta', key, value, 'content'),
    canonical: attr('link', 'rel', 'canonical', 'href'),
    title: decodeEntities(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
  };
}

const SHARED = [...registry.sections, ...registry.anchors.filter((id) => id.startsWith('quote-') || id.startsWith('option-'))];

/** Width and height of a PNG, from its header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('share pages', () => {
  test('there is one for every section, quote card and table row in the registry', async ({ request }) => {
    expect(SHARED.length).toBeGreaterThanOrEqual(6 + 9);
    for (const id of SHARED) {
      const response = await request.get(`./s/${id}/`);
      expect(response.status(), id).toBe(200);
    }
  });

  test('each has its own title, description, image and canonical link to its place', async ({ request }) => {
    const seen = new Set<string>();
    const titles = new Set<string>();
    for (const id of SHARED) {
      const page = await crawl(request, id);
      const description = page.meta('name', 'description');
      expect(description, id).toBeTruthy();
      expect(seen.has(description!), `${id} has a description of its own`).toBe(false);
      seen.add(description!);
      expect(page.meta('property', 'og:description')).toBe(description);
      // X reads og:title, og:description and og:image when its own tags are absent: they are not repeated.
      expect(page.meta('name', 'twitter:description')).toBeNull();
      expect(page.meta('property', 'og:image')).toBe(`http://localhost:4321/s/${id}.png`);
      expect(page.meta('name', 'twitter:card')).toBe('summary_large_image');
      expect(page.meta('name', 'robots')).toBe('noindex');
      expect(page.canonical).toBe(`http://localhost:4321/#${id}`);
      expect(page.meta('http-equiv', 'refresh')).toBe(`0; url=/#${id}`);
      expect(page.title).toMatch(/ · All Roads Lead to Rome: The Machine Learning Job Market in 2022, annotated$/);
      expect(page.meta('property', 'og:title')).toBe(page.title);
      expect(titles.has(page.title), `${id} has a title of its own`).toBe(false);
      titles.add(page.title);
      // The image's alt says the place's name once, and no "?:".
      const heading = page.title.replace(/ · All Roads Lead to Rome: .*$/, '');
      const alt = page.meta('property', 'og:image:alt')!;
      expect(alt.startsWith(heading), id).toBe(true);
      expect(alt.startsWith(`${heading}: ${heading}: `), `${id}: ${alt}`).toBe(false);
      expect(alt, id).not.toMatch(/[?!.]:/);
    }
  });

  test("a quote's title names it as its card does, and two quotes from one talk are told apart", async ({ request }) => {
    expect((await crawl(request, 'quote-ilya-rome')).title).toMatch(/^Ilya Sutskever, in a private conversation with the author · /);
    expect((await crawl(request, 'quote-hamming-committees')).title).toMatch(/^Richard Hamming, You and Your Research \(first quote\) · /);
    expect((await crawl(request, 'quote-hamming-shannon')).title).toMatch(/^Richard Hamming, You and Your Research \(second quote\) · /);
    expect((await crawl(request, 'option-tesla')).meta('property', 'og:image:alt')).toMatch(/^Tesla: Tesla Bot, /);
  });

  test('descriptions say what the place is: a first sentence, the quote, the row', async ({ request }) => {
    const description = async (id: string) => (await crawl(request, id)).meta('name', 'description');
    expect(await description('honest-concerns')).toBe('I have some genuine concerns with Halodi (and AGI startups in general).');
    expect(await description('option-tesla')).toBe('Tesla: Tesla Bot, technological lead on data engine (~2 yrs), technological lead on manufacturing (~10yrs)');
    expect(await description('quote-ilya-rome')).toBe('“All Roads Lead to Rome - Every Successful (Tech) Company will be an AGI company”');
    expect(await description('quote-hamming-shannon')).toMatch(/^“He wants to create a method of coding.*'What would the average random code.*…”$/);
  });

  test('a person visiting a share page lands on the place itself', async ({ page, essay }) => {
    await page.goto('./s/honest-concerns/');
    await expect(page).toHaveURL(/\/#honest-concerns$/);
    await essay.expectLandedOn('honest-concerns');
    await page.goto('./s/option-tesla/');
    await expect(page).toHaveURL(/\/#option-tesla$/);
    await expect(page.locator('#option-tesla')).toBeInViewport();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the share page still offers a plain link to the place', async ({ page }) => {
      // A browser that ignores the refresh: the page itself offers the way on.
      const response = await page.request.get('./s/quote-thompson/');
      await page.setContent((await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, ''));
      await expect(page.getByRole('link', { name: 'Go to this place in the essay' })).toHaveAttribute('href', '/#quote-thompson');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Applied Divinity Studies, The Murder of Wilbur');
    });
  });

  test('the Share action copies the share URL', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await page.getByRole('link', { name: 'Copy share link for this section: Honest Concerns' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('s/honest-concerns/', baseURL).toString());
    await expect(page.locator('[data-announcer]')).toHaveText('Share link copied');
    await page.locator('#options-table').scrollIntoViewIfNeeded();
    await page.locator('#option-openai').hover();
    await page.getByRole('link', { name: 'Copy share link for this row: OpenAI' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('s/option-openai/', baseURL).toString());
  });

  test('every preview image exists, is 1200×630 and under 150 KB', async ({ request }) => {
    for (const id of SHARED) {
      const response = await request.get(`./s/${id}.png`);
      expect(response.status(), id).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
      const bytes = await response.body();
      expect(pngSize(bytes), id).toEqual({ width: 1200, height: 630 });
      expect(bytes.length, id).toBeLessThan(150 * 1024);
    }
  });

  test('the sitemap lists the pages, not the share pages that send people on', async ({ request }) => {
    const sitemap = await (await request.get('./sitemap-0.xml')).text();
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls).toEqual(['http://localhost:4321/', 'http://localhost:4321/changes/']);
  });
});
