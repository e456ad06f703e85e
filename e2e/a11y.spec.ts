import { axeViolations, COLOUR_RULES, recolour } from './support/axe';
import { test, expect, type Page } from './fixtures';

/**
 * One axe sweep per page state, rather than one per widget: the essay with every
 * island hydrated and every disclosure open (quote cards' Cite panels, the figure's
 * description, a table row's notes, a timeline claim), and the 404 page; at a phone and a desktop
 * width, light and dark (and forced colours at the desktop width), recoloured in place.
 */
async function openEverything(page: Page): Promise<void> {
  await page.goto('./#claim-halodi-hardware-lead');
  await expect(page.locator('.lt-chart[data-ready]')).toHaveCount(1);
  await expect(page.locator('[id="claim-halodi-hardware-lead"] details')).toHaveAttribute('open', '');
  await page.locator('#options-table').scrollIntoViewIfNeeded();
  await expect(page.locator('.options-toolbar')).not.toHaveAttribute('data-pending');
  await page.locator('#option-crypto-defi summary').click();
  await expect(page.locator('#option-crypto-defi details')).toHaveAttribute('open', '');
  await page.locator('.quote-card details.cite-panel, #figure-data-moats details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

/** The page's text and background colours: tell which scheme is drawn. */
const canvas = (page: Page) =>
  page.evaluate(() => [document.documentElement, document.body].map((el) => `${getComputedStyle(el).color} on ${getComputedStyle(el).backgroundColor}`).join(', '));

for (const width of [390, 1280]) {
  // At 1280 px, forced colours too: the same page state, once more recoloured.
  const schemes = width === 1280 ? 'light, dark and forced colours' : 'light and dark';
  test(`axe finds no violations at ${width}px, ${schemes}: the essay with everything open, then the 404 page`, async ({ page }) => {
    // Full sweeps of a long page and colour-only ones: generous room on a busy 2-core machine, yet bounded.
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await openEverything(page);
    expect(await axeViolations(page), 'essay, everything open, light').toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'nothing scrolls sideways').toBeLessThanOrEqual(width);
    // Dark differs from light in colour only (tokens.css), so the colour rules are what it can fail.
    const light = await canvas(page);
    await recolour(page, { colorScheme: 'dark' });
    expect(await canvas(page), 'dark is drawn').not.toBe(light);
    expect(await axeViolations(page, { rules: COLOUR_RULES }), 'essay, everything open, dark').toEqual([]);
    if (width === 1280) {
      // Forced colours change more than colour (forced-colors.css: borders, icons painted anew): every rule again.
      await recolour(page, { colorScheme: 'light', forcedColors: 'active' });
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours are emulated').toBe(true);
      expect(await axeViolations(page), 'essay, everything open, forced colours').toEqual([]);
      await page.emulateMedia({ forcedColors: 'none' });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./404.html');
    expect(await axeViolations(page), '404 page, light').toEqual([]);
    await recolour(page, { colorScheme: 'dark' });
    expect(await axeViolations(page, { rules: COLOUR_RULES }), '404 page, dark').toEqual([]);
  });
}

test('with reduced motion nothing animates or transitions', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce', baseURL });
  const page = await context.newPage();
  await page.goto('./#p-rags-to-riches');
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) => {
      const style = getComputedStyle(el);
      const durations = [...style.animationDuration.split(','), ...style.transitionDuration.split(',')].map((d) => parseFloat(d));
      const animated = style.animationName !== 'none' || durations.some((d) => d > 0);
      return animated ? [`${el.tagName.toLowerCase()}.${el.className}`] : [];
    }),
  );
  expect(moving).toEqual([]);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await context.close();
});

test('keyboard focus is always visible', async ({ page }) => {
  await page.goto('./');
  const invisible: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const ring = (shown: Element) => {
        const style = getComputedStyle(shown);
        const rect = shown.getBoundingClientRect();
        return {
          outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          visible: rect.width > 1 && rect.height > 1 && style.visibility !== 'hidden' && parseFloat(style.opacity) > 0,
        };
      };
      const own = ring(el);
      // A visually hidden radio shows its focus on its label (the chip a reader sees).
      const label = el instanceof HTMLInputElement ? el.labels?.[0] : undefined;
      const shown = own.outlined && own.visible ? own : label ? ring(label) : own;
      return { name: `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30)}`, ...shown };
    });
    if (focus && !(focus.outlined && focus.visible)) invisible.push(focus.name);
  }
  expect(invisible).toEqual([]);
});

test('axe finds no violations on share pages (held still: their refresh removed)', async ({ page }) => {
  await page.route('**/s/*/', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
  });
  for (const id of ['honest-concerns', 'quote-hamming-shannon', 'option-robotics-startups']) {
    await page.goto(`./s/${id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axeViolations(page), id).toEqual([]);
  }
});
