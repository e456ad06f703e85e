import { test, expect, type Page } from './fixtures';

/** The paragraph's number among the author's paragraphs, as a reader would count them. */
const paragraphNumber = (page: Page, id: string) =>
  page.evaluate((target) => [...document.querySelectorAll('[data-essay-body] p.anchored')].findIndex((p) => p.id === target) + 1, id);

const citation = (page: Page) => page.getByRole('dialog').locator('pre');

test.describe('citing any place', () => {
  test('a reader cites a paragraph from its gutter in BibTeX, RIS and CSL-JSON, with its permalink and locator', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    // Permalinks are on the site's public address, the page's canonical one.
    const permalink = `${await page.locator('link[rel="canonical"]').getAttribute('href')}#p-rags-to-riches`;
    const locator = `para. ${await paragraphNumber(page, 'p-rags-to-riches')}`;
    const paragraph = page.locator('#p-rags-to-riches');
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.hover();
    await page.getByRole('button', { name: 'Cite this paragraph (BibTeX, RIS, CSL-JSON)' }).click();

    const dialog = page.getByRole('dialog', { name: `Cite ${locator}` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'BibTeX', exact: true })).toBeFocused();
    await expect(citation(page)).toContainText(`url          = {${permalink}}`);
    await expect(citation(page)).toContainText(`note         = {${locator}; `);

    await dialog.getByRole('button', { name: 'RIS', exact: true }).click();
    await expect(dialog.getByRole('button', { name: 'RIS', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(citation(page)).toContainText(`SE  - ${locator}\nUR  - ${permalink}\n`);

    await dialog.getByRole('button', { name: 'CSL-JSON', exact: true }).click();
    const [item] = JSON.parse((await citation(page).textContent())!);
    expect(item).toMatchObject({ id: 'p-rags-to-riches', URL: permalink, section: locator });
    await dialog.getByRole('button', { name: 'Copy CSL-JSON' }).click();
    await expect(page.locator('[data-announcer]')).toHaveText('CSL-JSON copied');
    expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual([item]);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('a keyboard reader cites a table row from its links, and Alt+C cites the note holding focus', async ({ page }) => {
    await page.goto('./');
    // The row's links are one Tab stop; the Cite button joins them, reached with the arrow keys.
    await page.locator('#option-tesla a[data-permalink]').focus();
    const cite = page.getByRole('button', { name: 'Cite this row: Tesla (BibTeX, RIS, CSL-JSON)' });
    // It joins the row's links once the reader's first gesture has loaded it.
    await expect(cite).toBeAttached();
    await page.keyboard.press('End');
    await expect(cite).toBeFocused();
    await expect(cite).toHaveAttribute('tabindex', '0');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Cite row Tesla' });
    await expect(dialog).toBeVisible();
    await expect(citation(page)).toContainText('#option-tesla}');
    await dialog.getByRole('button', { name: 'RIS', exact: true }).click();
    await expect(citation(page)).toContainText('SE  - row Tesla\n');
    await page.keyboard.press('Escape');
    // Focus goes back to the button it came from.
    await expect(cite).toBeFocused();

    await page.locator('#ref-hindsight-vp-of-ai').focus();
    await page.keyboard.press('Alt+C');
    await expect(page.getByRole('dialog', { name: 'Cite note 2' })).toBeVisible();
    await expect(citation(page)).toContainText('SE  - note 2\nUR  - ');
    await expect(citation(page)).toContainText('#note-hindsight-vp-of-ai\n');
  });

  test('Alt+C as the first gesture, nothing focused, cites the paragraph at the reading line', async ({ page }) => {
    await page.goto('./');
    await page.locator('#p-moravec').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 4));
    await page.keyboard.press('Alt+C');
    const locator = `para. ${await paragraphNumber(page, 'p-moravec')}`;
    await expect(page.getByRole('dialog', { name: `Cite ${locator}` })).toBeVisible();
    await expect(citation(page)).toContainText('#p-moravec}');
  });

  test('the Cite button follows the pointer into each kind of place, named after it, and adds no element to the HTML', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('.cite-place')).toHaveCount(0);
    const cite = page.locator('.cite-place');
    const places: [hover: string, anchor: string, name: string][] = [
      ['#honest-concerns', 'honest-concerns', 'Cite this section: Honest Concerns (BibTeX, RIS, CSL-JSON)'],
      ['#quote-hamming-shannon blockquote', 'quote-hamming-shannon', "Cite Hamming's second quote (BibTeX, RIS, CSL-JSON)"],
      ['#notes a[href="#note-glossary-agi"]', 'note-glossary-agi', 'Cite the note on “solve AGI” (BibTeX, RIS, CSL-JSON)'],
    ];
    for (const [hover, anchor, name] of places) {
      await page.locator(hover).scrollIntoViewIfNeeded();
      await page.locator(hover).hover();
      await expect(cite).toHaveAttribute('data-cite', anchor);
      await expect(cite).toHaveAccessibleName(name);
    }
    // A claim's links show once it is open.
    await page.locator('#claim-halodi-agi summary').click();
    await page.locator('#claim-halodi-agi .lt-actions').hover();
    await expect(cite).toHaveAttribute('data-cite', 'claim-halodi-agi');
    await cite.click();
    await expect(page.getByRole('dialog', { name: 'Cite claim Halodi: solve AGI' })).toBeVisible();
    await expect(page.locator('.cite-place')).toHaveCount(1);
  });

  test("an opened Cite panel's BibTeX is coloured by Shiki's tokens as highlights, with no element added", async ({ page }) => {
    await page.goto('./#quote-hamming-shannon');
    const pre = page.locator('#cite-quote-hamming-shannon pre[data-language="bibtex"]');
    await page.locator('#cite-quote-hamming-shannon > summary').click();
    const coloured = () =>
      page.evaluate(() => {
        const words = (name: string) => [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString());
        return { keyword: words('tok-keyword'), fn: words('tok-function').slice(0, 2), constant: words('tok-constant') };
      });
    await expect.poll(coloured).toEqual({ keyword: ['@misc', '=', '=', '=', '=', '=', '=', '='], fn: ['hamming1986research', 'author'], constant: ['mar'] });
    // Still one text node: the words are the text a reader selects and copies.
    expect(await pre.evaluate((element) => element.childNodes.length)).toBe(1);
  });
});
