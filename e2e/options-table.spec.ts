import { readFileSync } from 'node:fs';
import { test, expect, type Page } from './fixtures';
import { normalizeText } from '../src/lib/text';

/** The author's nine rows, cell by cell, from the text of record. */
const AUTHOR_ROWS = readFileSync(new URL('./fixtures/rome.original.md', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('|') && !line.startsWith('|**'))
  .map((line) =>
    line
      .slice(1, -1)
      .split('|')
      .map((cell) => normalizeText(cell.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'))),
  );

const ROW_IDS = ['faang', 'own-company', 'openai', 'llm-startup', 'tesla', 'robotics-startups', 'ml-healthcare', 'ml-applications', 'crypto-defi'];

async function openTable(page: Page, query = '', hash = '#options-table') {
  await page.goto(`./${query}${hash}`);
  await expect(page.locator('.options-toolbar')).not.toHaveAttribute('data-pending');
}

/** The rows shown, in order (a filtered-out row is hidden, not removed). */
const rowIds = (page: Page) => page.locator('.options-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((row) => row.id.replace('option-', '')));
const table = (page: Page) => page.locator('.options-table table');

/** A cell's text without what the site adds. */
async function authorCells(page: Page): Promise<string[][]> {
  return page.locator('.options-table tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll(':scope > th, :scope > td:not([data-ours])')].map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[data-ours]').forEach((el) => el.remove());
        return copy.textContent ?? '';
      }),
    ),
  );
}

test.describe('the options table', () => {
  test("has the author's nine rows, three columns, in his words and order", async ({ page }) => {
    await openTable(page);
    expect(await rowIds(page)).toEqual(ROW_IDS);
    const cells = (await authorCells(page)).map((row) => row.map(normalizeText));
    expect(cells).toEqual(AUTHOR_ROWS);
    await expect(table(page).getByRole('columnheader')).toHaveText(['Links', 'Option', 'Pros', 'Cons', /Since 2022/]);
    await expect(page.locator('#option-tesla').getByRole('link', { name: 'No waiting in line for coffee' })).toHaveAttribute(
      'href',
      'https://twitter.com/rabois/status/1514601392178040836',
    );
    await expect(page.locator('#option-robotics-startups')).toContainText("The author's choice");
  });

  test('filters by kind with toggle buttons and announces the count', async ({ page }) => {
    await openTable(page);
    const startup = page.getByRole('button', { name: 'Startup', exact: true });
    await startup.click();
    await expect(startup).toHaveAttribute('aria-pressed', 'true');
    expect(await rowIds(page)).toEqual(['own-company', 'llm-startup', 'robotics-startups', 'ml-healthcare', 'ml-applications']);
    await expect(page.locator('.options-result')).toHaveText("Showing 5 of 9 options, in the author's order, with our notes since 2022.");
    await page.getByRole('button', { name: 'Crypto', exact: true }).click();
    expect(await rowIds(page)).toEqual(['own-company', 'llm-startup', 'robotics-startups', 'ml-healthcare', 'ml-applications', 'crypto-defi']);
    await expect(page).toHaveURL(/\?kind=startup,crypto#options-table$/);
    await page.getByRole('button', { name: 'All', exact: true }).click();
    expect(await rowIds(page)).toHaveLength(9);
    await expect(page.getByRole('button', { name: 'All', exact: true })).toHaveAttribute('aria-pressed', 'true');
  });

  test('sorts by the longest claimed lead and back to the author\'s order', async ({ page }) => {
    await openTable(page);
    await page.getByRole('button', { name: 'Longest claimed lead' }).click();
    expect(await rowIds(page)).toEqual(['faang', 'tesla', 'robotics-startups', 'openai', 'own-company', 'llm-startup', 'ml-healthcare', 'ml-applications', 'crypto-defi']);
    await expect(page.locator('.options-result')).toHaveText('Showing all 9 options, longest claimed lead first, with our notes since 2022.');
    await page.getByRole('button', { name: "Author's order" }).click();
    expect(await rowIds(page)).toEqual(ROW_IDS);
  });

  test('switches between the 2022 table and the hindsight notes with a radio group, and says so', async ({ page }) => {
    await openTable(page);
    await expect(page.locator('#option-crypto-defi .hindsight-cell')).toContainText('3 notes since 2022');
    await page.locator('#option-crypto-defi summary').click();
    const note = page.locator('#option-crypto-defi .hindsight-list li').first();
    await expect(note).toContainText('May 2022');
    await expect(note.getByRole('link')).toHaveAttribute('href', 'https://wiki.defillama.com/wiki/LUNA_Collapse_in_May_2022');

    // Native radios in a fieldset named by its legend, reached and changed by keys.
    const view = page.getByRole('group', { name: 'View' });
    await expect(view).toMatchAriaSnapshot(`
      - group "View":
        - radio "2022"
        - radio "With hindsight" [checked]
    `);
    const result = page.locator('.options-result');
    await expect(result).toHaveAttribute('aria-live', 'polite');
    await page.getByRole('button', { name: 'Longest claimed lead' }).focus();
    await page.keyboard.press('Tab');
    await expect(view.getByRole('radio', { name: 'With hindsight' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(view.getByRole('radio', { name: '2022' })).toBeChecked();
    await expect(result).toHaveText("Showing all 9 options, in the author's order, as published in 2022.");
    await expect(page.locator('.hindsight-cell:visible')).toHaveCount(0);
    await expect(table(page).getByRole('columnheader')).toHaveText(['Links', 'Option', 'Pros', 'Cons']);
    await expect(page).toHaveURL(/view=2022/);
    await page.keyboard.press('ArrowRight');
    await expect(view.getByRole('radio', { name: 'With hindsight' })).toBeChecked();
    await expect(result).toHaveText("Showing all 9 options, in the author's order, with our notes since 2022.");
    await expect(page.locator('.hindsight-cell:visible')).toHaveCount(9);
  });

  test("a row header's name is the row's name alone; its links sit beside it, reachable by Tab", async ({ page }) => {
    await openTable(page);
    const names = AUTHOR_ROWS.map((row) => row[0]!);
    for (const name of names) await expect(table(page).getByRole('rowheader', { name, exact: true })).toHaveCount(1);
    await expect(page.locator('#option-openai > th')).toMatchAriaSnapshot('- rowheader "OpenAI"');
    expect(await page.locator('.options-table tbody th a, .options-table tbody td[data-label] :is(.permalink, .share-link)').count()).toBe(0);
    // The row's two links come right after its header in the Tab order (the header itself holds none).
    // From the previous row's last stop, Tab reaches them first.
    await page.locator('#option-own-company').locator('a[href]:visible, button:visible, summary:visible').last().focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Copy link to this row: OpenAI' })).toBeFocused();
    // The two are one Tab stop (client/roving.ts): the arrow keys move between them, and Tab leaves the pair.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('link', { name: 'Copy share link for this row: OpenAI' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('#option-openai th ~ td :focus')).toHaveCount(1);
  });

  test('restores its state from the URL, and the back button walks back through it', async ({ page }) => {
    await openTable(page, '?kind=big-tech&sort=lead&view=2022');
    expect(await rowIds(page)).toEqual(['faang', 'tesla']);
    await expect(page.getByRole('button', { name: 'Big tech' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Longest claimed lead' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('radio', { name: '2022' })).toBeChecked();
    await expect(page.locator('.hindsight-cell:visible')).toHaveCount(0);
    await page.getByRole('button', { name: 'Startup', exact: true }).click();
    expect(await rowIds(page)).toEqual(['faang', 'tesla', 'robotics-startups', 'own-company', 'llm-startup', 'ml-healthcare', 'ml-applications']);
    await page.goBack();
    await expect.poll(() => rowIds(page)).toEqual(['faang', 'tesla']);
    await expect(page).toHaveURL(/\?kind=big-tech&sort=lead&view=2022#options-table$/);
  });

  test('a malformed query string falls back to the default view without errors', async ({ page }) => {
    await openTable(page, '?kind=%E0%A4%A&sort=sideways&view=1999&kind=');
    expect(await rowIds(page)).toEqual(ROW_IDS);
    await expect(page.locator('.hindsight-cell:visible')).toHaveCount(9);
  });

  // Every row's id is checked on the built HTML (check-dist); one landing proves the behaviour.
  test('#option-crypto-defi lands on its row, highlighted, notes open', async ({ essay, page }) => {
    await essay.goto('#option-crypto-defi');
    await essay.expectLandedOn('option-crypto-defi');
    await expect(page.locator('#option-crypto-defi details')).toHaveAttribute('open', '');
  });

  test('a linked row shows even when the URL filters it out', async ({ page }) => {
    await page.goto('./?kind=crypto#option-tesla');
    await expect(page.locator('#option-tesla')).toBeInViewport();
    await expect(page.getByRole('button', { name: 'All', exact: true })).toHaveAttribute('aria-pressed', 'true');
  });

  test('works from the keyboard alone', async ({ page }) => {
    await openTable(page);
    // Each group of filters is one Tab stop; the arrow keys move within it (client/roving.ts).
    await page.getByRole('button', { name: 'All', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await rowIds(page)).toEqual(['faang', 'tesla']);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    expect(await rowIds(page)).toEqual(['faang', 'own-company', 'llm-startup', 'tesla', 'robotics-startups', 'ml-healthcare', 'ml-applications']);
  });

  test('each row has the copy-link affordance', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openTable(page);
    await page.locator('#option-openai').hover();
    await page.getByRole('link', { name: 'Copy link to this row: OpenAI' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('#option-openai', baseURL).toString());
  });

  test('becomes cards on a phone, with no horizontal scrolling, and cells not named twice', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openTable(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const card = page.locator('#option-tesla');
    await expect(card).toHaveCSS('display', 'block');
    const box = await card.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    // The column label is drawn above each cell, but is not part of its name (the column header says it).
    const pros = card.locator('td[data-label="Pros"]');
    expect(await pros.evaluate((cell) => getComputedStyle(cell, '::before').content)).toContain('Pros');
    /** The cell's name, from the first line of its snapshot (quoted there when it holds a colon). */
    const cellName = async (cell: typeof pros) => /^- '?cell \\?"(.*?)\\?"'?:?$/m.exec(await cell.ariaSnapshot())?.[1] ?? '';
    expect(await cellName(pros)).toMatch(/^Tesla Bot, technological lead/);
    for (const cell of await card.locator('td[data-label]:visible').all()) expect(await cellName(cell)).not.toMatch(/^(Pros|Cons|Since)/);
  });

  test('hydrating adds no element', async ({ page }) => {
    await page.goto('./');
    const html = await (await page.request.get('./')).text();
    const served = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').querySelectorAll('#options-table *').length, html);
    await page.locator('#options-table').scrollIntoViewIfNeeded();
    await expect(page.locator('.options-toolbar')).not.toHaveAttribute('data-pending');
    expect(await page.locator('#options-table *').count()).toBe(served);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the table is complete, with every row\'s notes in a disclosure', async ({ page }) => {
      await page.goto('./');
      expect(await rowIds(page)).toEqual(ROW_IDS);
      expect((await authorCells(page)).map((row) => row.map(normalizeText))).toEqual(AUTHOR_ROWS);
      await expect(page.locator('.options-table details')).toHaveCount(7);
      // One list item per hindsight line in options.yaml: 20 since #24 added EVE's deployment to the robotics row.
      await expect(page.locator('.options-table details li')).toHaveCount(20);
    });
  });
});
