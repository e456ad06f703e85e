import { axeViolations } from './support/axe';
import { test, expect } from './fixtures';

// Every change's link and the feed are checked on the built files (scripts/check-dist.mjs);
// here a reader reads the changes page and follows one link to its note.

test.describe('the changes page', () => {
  test('lists the changes newest first, each quoting its text', async ({ page }) => {
    await page.goto('./changes/');
    await expect(page.getByRole('heading', { level: 1, name: 'What changed' })).toBeVisible();
    const days = await page.locator('main h2 time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(days.length).toBeGreaterThan(0);
    expect(days).toEqual([...days].sort().reverse());
    expect(new Set(days).size).toBe(days.length);
    const changes = page.locator('.change');
    expect(await changes.count()).toBeGreaterThan(days.length - 1);
    for (const change of await changes.all()) await expect(change.locator('blockquote')).not.toBeEmpty();
  });

  test('a change links to its note in place, which opens there', async ({ page }) => {
    await page.goto('./changes/');
    const link = page.locator('.change-what a[href*="#note-"]').first();
    const id = (await link.getAttribute('href'))!.split('#')[1]!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`#${id}`)).toBeVisible();
    await expect(page.locator(`#${id}`)).toBeInViewport();
    await expect(page.locator(`#${id}`)).toHaveAttribute('data-dates', /^added \w{3} \d{1,2}, \d{4}/);
  });

  test('is linked from the essay’s footer, and the essay page names the feed', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('contentinfo').getByRole('link', { name: 'what changed, and when' }).click();
    await expect(page).toHaveURL(/\/changes\/$/);
    await page.goBack();
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/changes\.atom$/);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations at 390px, ${colorScheme}, and nothing scrolls sideways`, async ({ browser, baseURL }) => {
      // A full axe sweep of a long list: room on a busy 2-core machine, yet bounded.
      test.setTimeout(90_000);
      const context = await browser.newContext({ colorScheme, viewport: { width: 390, height: 900 }, baseURL });
      const page = await context.newPage();
      await page.goto('./changes/');
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await context.close();
    });
  }

  test('is complete without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('./changes/');
    await expect(page.locator('.change').first()).toBeVisible();
    await expect(page.locator('.change-what a[href*="#"]')).toHaveCount(await page.locator('.change').count());
    await context.close();
  });
});
