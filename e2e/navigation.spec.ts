import { test, expect } from './fixtures';

// One module owns the address bar (src/client/navigation.ts): it resolves
// aliases, tells widgets where the reader arrived, and scrolls once.

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const log = { scrolls: [] as number[], arrivals: [] as string[] };
    (window as unknown as { navigationLog: typeof log }).navigationLog = log;
    addEventListener('scroll', () => log.scrolls.push(Math.round(scrollY)));
    addEventListener('edition:arrival', (event) => log.arrivals.push((event as CustomEvent<{ id: string }>).detail.id));
  });
});

/** The page has loaded and painted twice since: every scroll the arrival causes has happened. */
const settled = (page: import('@playwright/test').Page) =>
  page.evaluate(() => new Promise((resolve) => (document.readyState === 'complete' ? resolve(null) : addEventListener('load', resolve, { once: true }))).then(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  ));
const log = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { navigationLog: { scrolls: number[]; arrivals: string[] } }).navigationLog);

test('a retired id lands once on the id it became, with one scroll', async ({ page, essay }) => {
  // Serve the page with one alias added, as the registry would after a rename.
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    const html = (await response.text()).replace(/data-aliases="[^"]*"/, `data-aliases="{&quot;p-old-name&quot;:&quot;p-moravec&quot;}"`);
    await route.fulfill({ response, body: html });
  });
  await essay.goto('#p-old-name');
  await expect(page).toHaveURL(/#p-moravec$/);
  await essay.expectLandedOn('p-moravec');
  await settled(page);
  const { scrolls, arrivals } = await log(page);
  expect(arrivals).toEqual(['p-moravec']);
  expect(new Set(scrolls).size, `scroll positions: ${scrolls.join(', ')}`).toBe(1);
});

test('following a link inside the page is one arrival; following it again re-opens its note', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#notes');
  await settled(page);
  const link = page.locator('#notes a[href="#note-context-neuralink"]');
  await link.click();
  await expect(page.locator('#note-context-neuralink')).toBeVisible();
  await page.locator('#ref-context-neuralink').click();
  await expect(page.locator('#note-context-neuralink')).toBeHidden();
  await page.goto('./#notes');
  await link.click();
  await expect(page.locator('#note-context-neuralink')).toBeVisible();
  expect((await log(page)).arrivals.filter((id) => id === 'note-context-neuralink').length).toBeGreaterThanOrEqual(1);
});

test('no widget listens to hashchange on its own', async ({ page }) => {
  await page.addInitScript(() => {
    const own = window.addEventListener.bind(window);
    const listeners: string[] = [];
    (window as unknown as { hashListeners: string[] }).hashListeners = listeners;
    window.addEventListener = ((...args: Parameters<typeof own>) => {
      if (args[0] === 'hashchange') listeners.push(new Error().stack ?? '');
      return own(...args);
    }) as typeof window.addEventListener;
  });
  await page.goto('./');
  // The widgets' modules load as they near the viewport and subscribe then: stay with each until it has started.
  await page.locator('#lead-time-timeline').scrollIntoViewIfNeeded();
  await expect(page.locator('.lt-chart[data-ready]')).toHaveCount(1);
  await page.locator('.options-table').scrollIntoViewIfNeeded();
  await expect(page.locator('.options-toolbar')).not.toHaveAttribute('data-pending');
  await settled(page);
  expect(await page.evaluate(() => (window as unknown as { hashListeners: string[] }).hashListeners.length)).toBe(1);
});

test('a deep link to a timeline claim lands exactly, opens it, and stays put as the timeline starts', async ({ page, essay }) => {
  await essay.goto('#claim-tesla-manufacturing-lead');
  await essay.expectLandedOn('claim-tesla-manufacturing-lead');
  const claim = page.locator('[id="claim-tesla-manufacturing-lead"]');
  await expect(claim.locator('details')).toHaveAttribute('open', '');
  await expect(claim.locator('summary')).toBeFocused();
  await settled(page);
  const top = await claim.evaluate((el) => el.getBoundingClientRect().top);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(Math.abs((await claim.evaluate((el) => el.getBoundingClientRect().top)) - top)).toBeLessThanOrEqual(1);
  await essay.expectLandedOn('claim-tesla-manufacturing-lead');
  expect((await log(page)).arrivals).toEqual(['claim-tesla-manufacturing-lead']);
});
