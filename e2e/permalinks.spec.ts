import { test, expect } from './fixtures';
import { recordConfirmations } from './support/confirmations';
import { registry } from './support/data';

// That every registered id resolves exactly once, every alias to a live id, and every
// paragraph and list item carries its registered id in order is checked on the built
// HTML by scripts/check-dist.mjs (with src/lib/registry-check.ts). Here: one landing per kind.

test.describe('linking to places', () => {
  test('the six sections keep the ids a reader would guess', async ({ shared: essay }) => {
    const page = essay.page;
    const ids = await essay.body.locator('h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids).toEqual([
      'options-considered',
      'technological-lead-time',
      'why-not-start-your-own-company',
      'all-roads-lead-to-rome',
      'want-intros-to-ml-startups',
      'honest-concerns',
    ]);
    expect(registry.sections).toEqual(ids);
    await expect(page.locator('#honest-concerns')).toHaveText('Honest Concerns');
  });

  // A section, a paragraph, a list item, and the last paragraph (the page cannot scroll it to the top).
  for (const id of ['honest-concerns', 'p-rags-to-riches', 'p-autonomous-driving', 'p-infinite-courage']) {
    test(`arriving at #${id} lands on it, below the bar, highlighted`, async ({ essay, page }) => {
      await essay.goto(`#${id}`);
      await essay.expectLandedOn(id);
      const background = await page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).animationName);
      expect(background).toBe('target-flash');
    });
  }

  test('deep links land in the dark theme and on a phone too', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 390, height: 844 }, baseURL });
    const page = await context.newPage();
    await page.goto('./#p-ken-thompson');
    const target = page.locator('#p-ken-thompson');
    await expect(target).toBeInViewport();
    const [box, bar] = await Promise.all([target.boundingBox(), page.locator('.top-bar').boundingBox()]);
    expect(box!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
    await context.close();
  });

  test('with reduced motion the target is marked without animation', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce', baseURL });
    const page = await context.newPage();
    await page.goto('./#p-years-ahead');
    const styles = await page.locator('#p-years-ahead').evaluate((el) => {
      const style = getComputedStyle(el);
      return { animation: style.animationName, background: style.backgroundColor };
    });
    expect(styles.animation).toBe('none');
    expect(styles.background).not.toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });

  test('one activation of a paragraph link copies its absolute URL and says so', async ({ essay, page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const confirmations = await recordConfirmations(page);
    await essay.goto();
    const paragraph = page.locator('#p-rags-to-riches');
    await paragraph.hover();
    const button = essay.permalinkButton('p-rags-to-riches');
    await expect(button).toBeVisible();
    await expect(button).toHaveAccessibleName('Copy link to this paragraph');
    await button.click();
    const expected = new URL('#p-rags-to-riches', baseURL).toString();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect(page.locator('[data-announcer]')).toHaveText('Link copied');
    await expect.poll(() => confirmations()).toEqual([{ at: 'p-rags-to-riches', message: 'Link copied' }]);
    expect(page.url()).toBe(expected);
  });

  test('section links copy from the keyboard too', async ({ essay, page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await essay.goto();
    const button = essay.permalinkButton('technological-lead-time');
    await button.focus();
    await expect(button).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('#technological-lead-time', baseURL).toString());
  });

  test('without clipboard access the button is an ordinary link', async ({ essay, page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await essay.goto();
    await page.locator('#p-15-year-lead').hover();
    await essay.permalinkButton('p-15-year-lead').click();
    await expect(page).toHaveURL(/#p-15-year-lead$/);
    await essay.expectLandedOn('p-15-year-lead');
  });
});
