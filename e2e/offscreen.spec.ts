import { test, expect, type Page } from './fixtures';

// The big widgets, the appendix and the footer use content-visibility: auto
// (src/styles/layout.css): the browser skips them until they near the viewport.
// Skipping must cost the reader nothing: not find-in-page, not landing, not print.
const SKIPPED = ['.lead-timeline', '.options-table-widget', '.data-moats', '.notes-appendix', '.essay-footer'];

/** Sum of layout shifts not caused by input, since the page started. */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) sum += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 500);
      }),
  );

test.describe('off-screen widgets are skipped, not lost', () => {
  test('they are skipped at load, and their text is still found and scrolled to', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    for (const selector of SKIPPED) await expect(page.locator(selector).first()).toHaveCSS('content-visibility', 'auto');
    // Skipped: nothing rendered yet, the estimate holds the place.
    expect(await page.locator('.notes-appendix h2').evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }))).toBe(false);
    // Selecting the whole page (as for copying) still takes the skipped words.
    const heading = (await page.locator('.notes-appendix h3').last().textContent())!.trim();
    const selected = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('main')!);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return window.getSelection()!.toString();
    });
    expect(selected.replace(/\s+/g, ' ')).toContain(heading.replace(/\s+/g, ' '));
    await page.evaluate(() => window.getSelection()!.removeAllRanges());

    // Find in page (window.find uses the browser's find machinery) reaches into skipped content.
    const item = page.locator('.notes-appendix li').last();
    const phrase = (await item.textContent())!.trim().split(/\s+/).slice(0, 6).join(' ');
    // window.find is non-standard (no TypeScript type) but Chromium and Firefox have it.
    const find = (text: string) => (window as unknown as { find(text: string, caseSensitive: boolean): boolean }).find(text, true);
    expect(await page.evaluate(find, phrase)).toBe(true);
    expect(await page.evaluate(() => window.getSelection()!.anchorNode!.parentElement!.closest('.notes-appendix') !== null)).toBe(true);
    await expect(item).toBeInViewport();
  });

  test('a text fragment into a skipped widget lands on it', async ({ page, baseURL }) => {
    await page.goto('./');
    const caption = page.locator('.data-moats figcaption');
    const phrase = (await caption.textContent())!.trim().split(/\s+/).slice(0, 5).join(' ');
    await page.goto(`${new URL('./', baseURL).toString()}#:~:text=${encodeURIComponent(phrase)}`);
    await expect(caption).toBeInViewport();
  });

  // Deep links land exactly: widgets above a :target are laid out in full (layout.css).
  // Other specs check landing for every kind of id; here, a target just below each widget.
  test('the page loads with no layout shift, and deep links past skipped widgets land and stay', async ({ essay, page }) => {
    await essay.goto();
    expect(await layoutShift(page), 'CLS at load').toBe(0);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const id of ['p-moravec', 'why-not-start-your-own-company', 'technological-lead-time', 'all-roads-lead-to-rome', 'notes', 'note-glossary-agi']) {
        await essay.goto(`#${id}`);
        await essay.expectLandedOn(id);
        const top = await page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top);
        await page.waitForTimeout(500);
        // Within a pixel: sub-pixel settling is not drift; an estimate swapped for a real size would be tens of pixels.
        const after = await page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top);
        expect(Math.abs(after - top), `#${id} stays put at ${width}px`).toBeLessThanOrEqual(1);
      }
    }
  });

  test('print lays everything out', async ({ page }) => {
    await page.goto('./');
    await page.emulateMedia({ media: 'print' });
    for (const selector of SKIPPED) await expect(page.locator(selector).first()).toHaveCSS('content-visibility', 'visible');
  });
});
