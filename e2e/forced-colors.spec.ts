import { mkdirSync } from 'node:fs';
import { test, expect, type Page } from './fixtures';
import type { Locator } from '@playwright/test';

/*
 * Forced colours (Windows high contrast): the browser swaps every colour for a
 * system one and drops shadows, so icons drawn as masks or shadows must still
 * show (src/styles/forced-colors.css). Screenshots land in test-results/forced-colors/
 * for a person to look at; the checks count real pixels, not computed styles.
 */
const SHOTS = 'test-results/forced-colors';
mkdirSync(SHOTS, { recursive: true });

/** The element, or a failure naming what is missing on this build (nothing is skipped). */
async function present(locator: Locator, what: string): Promise<Locator> {
  expect(await locator.count(), `${what} is missing from the page`).toBeGreaterThan(0);
  return locator.first();
}

interface Ink {
  /** Pixels that differ clearly from the box's most common colour (its background). */
  ink: number;
  /** That most common colour, as "r,g,b". */
  background: string;
}

/** Screenshot the element's box and count the pixels that are not its background. */
async function inkIn(page: Page, locator: Locator, name: string): Promise<Ink> {
  const png = await locator.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
  // Decoded by the browser itself (the page's CSP allows data: images), so no PNG library is needed.
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const counts = new Map<string, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const background = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    const [r, g, b] = background.split(',').map(Number);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.max(Math.abs(data[i] - r), Math.abs(data[i + 1] - g), Math.abs(data[i + 2] - b)) > 64) ink++;
    }
    return { ink, background };
  }, png.toString('base64'));
}

async function openForced(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'light' });
  await page.goto('./');
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours are emulated').toBe(true);
  await expect(page.locator('[data-theme-toggle]')).not.toHaveAttribute('data-pending');
}

/** Reveal a gutter link the way a reader does: by pointing at it (it fades in). */
async function reveal(link: Locator): Promise<void> {
  await link.scrollIntoViewIfNeeded();
  await link.hover();
  await expect(link).toHaveCSS('opacity', '1');
}

/** Scroll the options table in, wait for its island, and return its pressed and unpressed filter chips. */
async function chips(page: Page) {
  const toolbar = await present(page.locator('.options-toolbar'), 'the options table toolbar (.options-toolbar)');
  await toolbar.scrollIntoViewIfNeeded();
  await expect(toolbar).not.toHaveAttribute('data-pending');
  const pressed = await present(page.locator('.chip:is([aria-pressed="true"], [aria-checked="true"])'), 'a pressed .chip');
  const unpressed = await present(page.locator('.chip:is([aria-pressed="false"], [aria-checked="false"])'), 'an unpressed .chip');
  return { toolbar, pressed, unpressed };
}

test.describe('forced colours keep every control', () => {
  test('screenshots: the header (light, dark, forced) at 1280 and 390 px, a paragraph\'s controls, the filter chips and the timeline', async ({ page }) => {
    // One load per width, recoloured in place (the schemes differ in colour only; forced colours apply live), then four pictures.
    test.setTimeout(120_000);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
      await page.goto('./');
      await expect(page.locator('[data-theme-toggle]')).not.toHaveAttribute('data-pending');
      for (const mode of ['light', 'dark', 'forced'] as const) {
        await page.emulateMedia({ colorScheme: mode === 'dark' ? 'dark' : 'light', forcedColors: mode === 'forced' ? 'active' : 'none' });
        // Transitions started by the switch are run to their end (animations: 'disabled'), so each picture shows its mode settled.
        await page.locator('.top-bar').screenshot({ path: `${SHOTS}/header-${width}-${mode}.png`, animations: 'disabled' });
      }
    }

    // The page at 1280 px is now in forced colours, light: what the checks below need.
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours are emulated').toBe(true);
    // One shared permalink moves to the paragraph under the pointer (created on the first gesture).
    const paragraph = await present(page.locator('[data-essay-body] p.anchored').nth(1), 'an essay paragraph');
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.hover();
    const permalink = paragraph.locator(':scope > .permalink');
    await expect(permalink, 'the shared paragraph permalink moves to the paragraph under the pointer').toHaveCount(1);
    await reveal(permalink);
    const box = (await paragraph.boundingBox())!;
    await page.screenshot({ path: `${SHOTS}/paragraph-controls.png`, clip: { x: box.x - 40, y: box.y - 10, width: box.width + 50, height: Math.min(box.height, 200) + 20 } });
    // Keyboard focus shows the link too, with its ring.
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await permalink.focus();
    await expect(permalink).toHaveCSS('opacity', '1');
    await page.screenshot({ path: `${SHOTS}/paragraph-controls-focus.png`, clip: { x: box.x - 40, y: box.y - 10, width: box.width + 50, height: Math.min(box.height, 200) + 20 } });

    const { toolbar } = await chips(page);
    await toolbar.screenshot({ path: `${SHOTS}/filter-chips.png`, animations: 'disabled' });

    const timeline = await present(page.locator('.lead-timeline'), 'the timeline (.lead-timeline)');
    // A viewport tall enough for the whole chart, its top just under the sticky bar (which would cover it in an element shot).
    await page.setViewportSize({ width: 1280, height: 1500 });
    await timeline.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 56));
    const chart = (await timeline.boundingBox())!;
    await page.screenshot({ path: `${SHOTS}/timeline.png`, animations: 'disabled', clip: { x: chart.x, y: chart.y, width: chart.width, height: Math.min(chart.height, 1500 - chart.y) } });
  });

  for (const width of [390, 1280]) {
    test(`every icon control shows a glyph at ${width}px`, async ({ page }) => {
      await openForced(page, width);
      // Soft checks: one run names every control that has lost its glyph.
      const minimum = 12;

      const themeIcon = await present(page.locator('[data-theme-toggle] .theme-toggle-icon'), 'the theme toggle icon');
      expect.soft((await inkIn(page, themeIcon, `icon-theme-${width}`)).ink, 'theme toggle icon').toBeGreaterThanOrEqual(minimum);
      await page.locator('[data-theme-toggle]').click();
      await expect(page.locator('[data-theme-toggle]')).toHaveAttribute('aria-pressed', 'true');
      expect.soft((await inkIn(page, themeIcon, `icon-theme-pressed-${width}`)).ink, 'theme toggle icon, pressed').toBeGreaterThanOrEqual(minimum);

      for (const kind of ['permalink', 'share-link', 'claim-link']) {
        const link = await present(page.locator(`.${kind}`), `a .${kind}`);
        if (kind !== 'claim-link') await reveal(link);
        else await link.scrollIntoViewIfNeeded();
        expect.soft((await inkIn(page, link, `icon-${kind}-${width}`)).ink, `the first .${kind}`).toBeGreaterThanOrEqual(minimum);
      }

      const { pressed, unpressed } = await chips(page);
      await page.mouse.move(0, 0);
      const on = await inkIn(page, pressed, `chip-pressed-${width}`);
      const off = await inkIn(page, unpressed, `chip-unpressed-${width}`);
      expect.soft(on.ink, 'pressed chip label').toBeGreaterThanOrEqual(minimum);
      expect.soft(off.ink, 'unpressed chip label').toBeGreaterThanOrEqual(minimum);
      expect(on.background, 'a pressed chip looks different from an unpressed one').not.toBe(off.background);
    });
  }
});
