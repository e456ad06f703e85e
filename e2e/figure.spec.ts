import { test, expect, type Page } from './fixtures';

const CAPTION = 'Human thought, creativity, desire, cognition, physical intelligence distilled into a large model';
const COMPANIES = ['Google', 'Meta', 'GitHub, Hugging Face', 'Grammarly', 'TikTok', 'Adobe', 'Riot Games', 'Two Sigma', 'Tesla', 'Halodi Robotics'];

/** The drawing the reader sees at this width (one of two). */
const drawing = (page: Page) => page.locator('#figure-data-moats svg.data-moats-svg:visible');
const company = (page: Page, id: string) => drawing(page).locator(`.dm-company[data-road="${id}"]`);
const onRoad = (page: Page, selector: string) => drawing(page).locator(selector).evaluate((el) => el.classList.contains('is-on-road'));
const opacity = (page: Page, selector: string) => drawing(page).locator(selector).first().evaluate((el) => Number(getComputedStyle(el).opacity));

/** Text sizes as drawn, in CSS px: the font size scaled by the drawing's width over its viewBox. */
function renderedTextSizes(page: Page): Promise<number[]> {
  return drawing(page).evaluate((svg) => {
    const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
    return [...svg.querySelectorAll('text')].map((text) => Number(text.getAttribute('font-size')) * scale);
  });
}

test.describe('the data moats figure', () => {
  test('sits after the paragraph it illustrates, with ten company nodes, six 2020s nodes and Rome', async ({ shared: essay }) => {
    const page = essay.page;
    const figure = page.locator('#figure-data-moats');
    await expect(figure).toHaveAttribute('data-ours');
    // The paragraph's notes follow it; the figure comes after them.
    const previous = await figure.evaluate((el) => {
      let before = el.previousElementSibling;
      while (before?.classList.contains('note-group')) before = before.previousElementSibling;
      return before?.id;
    });
    expect(previous).toBe('p-compression-moat');
    await expect(figure.getByText('Data Moats in the Era of Large Models')).toBeVisible();
    await expect(drawing(page)).toHaveCount(1);
    await expect(drawing(page).locator('.dm-company')).toHaveCount(10);
    await expect(drawing(page).locator('.dm-capture')).toHaveCount(6);
    await expect(drawing(page).locator('.dm-business')).toHaveCount(10);
    // A one-line label is bare text; a longer one a tspan per line.
    const names = await drawing(page)
      .locator('.dm-company text')
      .evaluateAll((texts) => texts.map((text) => (text.querySelector('tspan') ? [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ') : text.textContent)));
    expect(names).toEqual(COMPANIES);
    const caption = await drawing(page).locator('.dm-caption').textContent();
    expect(caption!.replace(/\s+/g, ' ').trim()).toBe(CAPTION);
    // Our own drawing: no images, so no logos.
    await expect(figure.locator('img, image')).toHaveCount(0);
  });

  test('the long description lists every road to Rome', async ({ essay, page }) => {
    await essay.goto();
    const details = page.locator('#figure-data-moats details');
    await details.locator('summary').click();
    const roads = details.locator('li');
    await expect(roads).toHaveCount(10);
    await expect(details).toContainText('The figure shows 11 companies on 10 roads');
    await expect(roads.first()).toHaveText(
      'Google: Search & Ad Ranking (2010s) → Capture human desire and behavior and knowledge (2020s) → Rome. Where the essay mentions it (“Alphabet”)',
    );
    await expect(roads.nth(2)).toHaveText('GitHub, Hugging Face: Developer tools (2010s) → Capture human problem solving (2020s) → Rome.');
    await expect(details).toContainText(CAPTION);
    await expect(drawing(page)).toHaveAttribute('aria-describedby', 'figure-data-moats-roads');
  });

  test('focusing a company by keyboard lights its whole road and dims the rest', async ({ essay, page }) => {
    await essay.goto();
    await essay.permalinkButton('figure-data-moats').focus();
    await page.keyboard.press('Tab');
    await expect(company(page, 'google')).toBeFocused();
    await expect(page.locator('#figure-data-moats')).toHaveAttribute('data-road', 'google');
    expect(await onRoad(page, '.dm-business[data-roads="google"]')).toBe(true);
    expect(await onRoad(page, '.dm-capture[data-roads="google meta"]')).toBe(true);
    expect(await onRoad(page, '.dm-destination')).toBe(true);
    await expect.poll(() => opacity(page, '.dm-company[data-road="two-sigma"]')).toBeLessThan(0.3);
    await expect.poll(() => opacity(page, '.dm-edge[data-roads="google"]')).toBe(1);
    await expect.poll(() => opacity(page, '.dm-edge[data-roads="meta"]')).toBeLessThan(0.3);
    // A visible focus ring on the company's box.
    expect(await company(page, 'google').locator('rect').evaluate((rect) => getComputedStyle(rect).strokeWidth)).toBe('3.5px');

    // On through the companies that link, and only those: the drawing has no stop that does nothing.
    const linked = await drawing(page).locator('a.dm-company').evaluateAll((links) => links.map((link) => (link as SVGElement).dataset.road!));
    expect(linked.length).toBeGreaterThan(1);
    expect(linked.length).toBeLessThan(COMPANIES.length);
    // The linked companies are one Tab stop, the arrow keys between them (client/roving.ts); nothing else in the drawing is a stop.
    await expect(drawing(page).locator('[role="img"], [tabindex]:not(a.dm-company)')).toHaveCount(0);
    await expect(drawing(page).locator('[tabindex="0"]')).toHaveCount(1);
    for (const id of linked.slice(1, 3)) {
      await page.keyboard.press('ArrowRight');
      await expect(company(page, id)).toBeFocused();
      await expect(page.locator('#figure-data-moats')).toHaveAttribute('data-road', id);
    }
    await page.keyboard.press('Escape');
    await expect(page.locator('#figure-data-moats')).not.toHaveAttribute('data-road');
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('#figure-data-moats')).toHaveAttribute('data-road', linked[3]!);
  });

  test('pointing at a company lights its road; leaving the figure clears it', async ({ essay, page }) => {
    await essay.goto();
    await company(page, 'two-sigma').scrollIntoViewIfNeeded();
    await company(page, 'two-sigma').hover();
    await expect(page.locator('#figure-data-moats')).toHaveAttribute('data-road', 'two-sigma');
    expect(await onRoad(page, '.dm-capture[data-roads="two-sigma"]')).toBe(true);
    await page.mouse.move(5, 5);
    await expect(page.locator('#figure-data-moats')).not.toHaveAttribute('data-road');
  });

  test('a company the essay mentions links to that paragraph', async ({ essay, page }) => {
    await essay.goto();
    await expect(company(page, 'tesla')).toHaveAttribute('href', '#p-humanoid-moat');
    await expect(company(page, 'google')).toHaveAttribute('href', '#p-data-moats');
    await expect(company(page, 'adobe')).not.toHaveAttribute('href');
    // In view first: focusing from afar starts a smooth scroll that a quick Enter would race.
    await company(page, 'tesla').scrollIntoViewIfNeeded();
    await company(page, 'tesla').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#p-humanoid-moat$/);
    await essay.expectLandedOn('p-humanoid-moat');
  });

  test('a deep link lands on the figure', async ({ essay }) => {
    await essay.goto('#figure-data-moats');
    await essay.expectLandedOn('figure-data-moats');
  });

  test('at 390 px it reflows into a vertical list of the ten roads, fitting the screen, no text under 12 px', async ({ essay, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await essay.goto();
    await expect(drawing(page)).toHaveCount(0);
    const roads = page.locator('#figure-data-moats .data-moats-roads li');
    await expect(roads).toHaveCount(10);
    await expect(roads.first()).toBeVisible();
    await expect(roads.last()).toContainText('Halodi Robotics: Humanoid Robots (2010s) → Capture human decision making in the real world (humanoids) (2020s) → Rome.');
    const boxes = await roads.evaluateAll((items) => items.map((li) => li.getBoundingClientRect()).map((r) => [r.left, r.right]));
    for (const [left, right] of boxes) expect(left >= 0 && right <= 390).toBe(true);
    const smallest = await roads.evaluateAll((items) => Math.min(...items.map((li) => parseFloat(getComputedStyle(li).fontSize))));
    expect(smallest).toBeGreaterThanOrEqual(12);
  });

  test('at 1024 px the wide drawing shows, no text under 12 px', async ({ essay, page }) => {
    await page.setViewportSize({ width: 1024, height: 900 });
    await essay.goto();
    const sizes = await renderedTextSizes(page);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });

  // The shared page is 1280 px wide: what these two read depends on the width alone.
  test('at 1280 px the wide drawing shows, no text under 12 px', async ({ shared: { page } }) => {
    expect(page.viewportSize()?.width).toBe(1280);
    const sizes = await renderedTextSizes(page);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });

  for (const width of [1280]) {
    test(`every label fits its box at ${width} px`, async ({ shared: { page } }) => {
      expect(page.viewportSize()?.width).toBe(width);
      const spills = await drawing(page).evaluate((svg) => {
        const out: string[] = [];
        for (const node of svg.querySelectorAll<SVGGElement>('.dm-company, .dm-capture')) {
          const rect = node.querySelector('rect');
          if (!rect) continue;
          const text = node.querySelector('text')!.getBBox();
          const box = rect.getBBox();
          if (text.x < box.x || text.x + text.width > box.x + box.width || text.y < box.y || text.y + text.height > box.y + box.height) {
            out.push(node.querySelector('text')!.textContent!);
          }
        }
        return out;
      });
      expect(spills).toEqual([]);
    });
  }

  test('dark mode swaps the colour groups through tokens', async ({ shared, essay, page }) => {
    const stroke = (on: Page) => drawing(on).locator('.dm-edge[data-colour="destination"]').first().evaluate((el) => getComputedStyle(el).stroke);
    // Light is the shared page's scheme; dark, a page of its own.
    expect(await shared.page.evaluate(() => matchMedia('(prefers-color-scheme: light)').matches)).toBe(true);
    await page.emulateMedia({ colorScheme: 'dark' });
    await essay.goto();
    expect(await stroke(page)).not.toBe(await stroke(shared.page));
  });

  test('with reduced motion the road changes without a fade', async ({ essay, page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await essay.goto();
    const duration = await drawing(page).locator('.dm-edge').first().evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(duration).toBe('0s');
  });

  test('in forced colours the roads, boxes and labels stay drawn in system colours', async ({ essay, page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await essay.goto();
    const paint = await drawing(page).evaluate((svg) => {
      const style = (selector: string) => getComputedStyle(svg.querySelector(selector)!);
      const canvas = getComputedStyle(svg.closest('figure')!).backgroundColor;
      return {
        canvas,
        road: style('.dm-edge').stroke,
        box: style('.dm-company-box').stroke,
        label: style('.dm-company text').fill,
      };
    });
    for (const colour of [paint.road, paint.box, paint.label]) {
      expect(colour).not.toBe('none');
      expect(colour).not.toMatch(/rgba\(.*, 0\)|transparent/);
    }
    expect(paint.road).not.toBe(paint.canvas);
  });

  test('the served drawing is what the reader gets: the page script adds no element to it', async ({ shared: { page } }) => {
    const html = await (await page.request.get('./')).text();
    const served = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').querySelectorAll('#figure-data-moats *').length, html);
    expect(served).toBeLessThanOrEqual(150);
    expect(await page.locator('#figure-data-moats *').count()).toBe(served);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('the figure is complete and static', async ({ essay, page }) => {
      await essay.goto();
      await expect(drawing(page).locator('.dm-company')).toHaveCount(10);
      await expect(drawing(page).locator('.dm-capture')).toHaveCount(6);
      await expect(drawing(page).locator('.dm-edge')).toHaveCount(26);
      await expect(drawing(page).locator('.dm-caption')).toBeVisible();
      await company(page, 'google').hover();
      await expect(page.locator('#figure-data-moats')).not.toHaveAttribute('data-road');
      await expect(company(page, 'google')).toHaveAttribute('href', '#p-data-moats');
      await expect(page.locator('#figure-data-moats details li')).toHaveCount(10);
    });
  });
});
