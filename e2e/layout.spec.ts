import { test, expect } from './fixtures';

test.describe('reading layout', () => {
  for (const width of [320, 390, 1280, 2560]) {
    test(`no horizontal scrolling at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  for (const width of [1280, 2560]) {
    test(`a comfortable measure at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      // Characters per line of a long paragraph: its length over how many full lines its text fills.
      const perLine = await page.locator('#p-ceos-stop-tinkering').evaluate((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        const textWidth = [...range.getClientRects()].reduce((sum, rect) => sum + rect.width, 0);
        return p.textContent!.length / (textWidth / p.clientWidth);
      });
      expect(perLine).toBeGreaterThan(60);
      expect(perLine).toBeLessThan(80);
    });
  }

  test('the contents, in the rail, mark the section being read', async ({ essay, page }) => {
    await essay.goto();
    const rail = page.getByRole('navigation', { name: 'Contents', exact: true });
    await expect(rail).toBeVisible();
    await rail.getByRole('link', { name: 'Why not start your own company?' }).click();
    await expect(rail.getByRole('link', { name: 'Why not start your own company?' })).toHaveAttribute('aria-current', 'location');
    await expect(rail.locator('[aria-current]')).toHaveCount(1);
    await page.locator('#p-infinite-courage').scrollIntoViewIfNeeded();
    await expect(rail.getByRole('link', { name: 'Honest Concerns' })).toHaveAttribute('aria-current', 'location');
  });

  test('on a phone the contents are a compact disclosure', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    // The one Contents navigation is there before it opens, its sections folded away.
    const nav = page.getByRole('navigation', { name: 'Contents' });
    await expect(nav).toBeVisible();
    const disclosure = nav.getByText('Contents');
    await expect(nav.getByRole('link', { name: 'Honest Concerns' })).toBeHidden();
    await disclosure.click();
    const section = nav.getByRole('link', { name: 'Honest Concerns' });
    await section.click();
    await expect(section).toBeHidden();
    await expect(page).toHaveURL(/#honest-concerns$/);
    await expect(page.locator('#honest-concerns')).toBeInViewport();
  });

  for (const width of [390, 1280]) {
    test(`landmarks at ${width}px: banner, navigation, main and contentinfo, each once or named`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      // The landmarks a screen reader lists, read from the accessibility tree (hidden ones are left out).
      const landmarks = (await page.locator('body').ariaSnapshot())
        .split('\n')
        .map((line) => line.trim().match(/^- (banner|navigation|main|contentinfo|complementary|search|form)\b(?: "([^"]*)")?/))
        .filter((match) => match !== null)
        .map(([, role, name]) => (name ? `${role} "${name}"` : role));
      expect(landmarks).toEqual(['banner', 'navigation "Contents"', 'main', 'contentinfo']);
      // The skip link comes first and leads into main.
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to the essay' });
      await expect(skip).toBeFocused();
      await skip.press('Enter');
      await expect(page.getByRole('main')).toBeFocused();
    });
  }

  test('print: no chrome, link targets written out', async ({ page }) => {
    await page.goto('./');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.top-bar')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeHidden();
    const after = await page
      .getByRole('link', { name: 'open to suggestions on what I should do next' })
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://evjang.com/2022/03/21/leaving-google-brain.html');
  });

  test('the first paint waits for the whole header: no half-parsed top, its largest text in the first frame', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    const expected = await page.locator('link[rel="expect"]').evaluate((link) => ({ blocking: link.getAttribute('blocking'), target: document.querySelector(link.getAttribute('href')!)?.className }));
    expect(expected).toEqual({ blocking: 'render', target: 'essay-header' });
    const paints = await page.evaluate(
      () =>
        new Promise<{ fcp: number; lcp: number; inHeader: boolean }>((resolve) => {
          new PerformanceObserver((list) => {
            const first = list.getEntries()[0] as PerformanceEntry & { element: Element | null };
            resolve({ fcp: performance.getEntriesByName('first-contentful-paint')[0]!.startTime, lcp: first.startTime, inHeader: first.element?.closest('.essay-header') != null });
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    // The largest text of the first screen (the title, or the summary at a phone's pixel ratio) is in the first contentful frame.
    expect(paints.inHeader).toBe(true);
    expect(paints.lcp).toBe(paints.fcp);
  });

  test('header names the author, the date, the edition and the original', async ({ shared: essay }) => {
    const page = essay.page;
    const header = page.locator('.essay-header');
    await expect(header).toContainText('by Eric Jang · April 25, 2022');
    await expect(header).toContainText('An annotated edition');
    await expect(header.getByRole('link', { name: 'Read the original post' })).toHaveAttribute('href', 'https://evjang.com/2022/04/25/rome.html');
    const footer = page.locator('.essay-footer');
    await expect(footer).toContainText("The essay's words are the author's");
    await expect(footer).toContainText('annotations');
  });
});
