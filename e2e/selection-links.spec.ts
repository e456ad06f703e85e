import { test, expect, type Page } from './fixtures';
import { decodePassageHash } from '../src/lib/selection-link';

const PASSAGE = 'rags to riches back to rags';

/** Select some of the author's words in a paragraph, as a reader dragging over them would. */
async function select(page: Page, paragraph: string, words: string) {
  await page.evaluate(
    ([id, text]) => {
      const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const at = node.data.indexOf(text);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${text}" not found in #${id}`);
    },
    [paragraph, words] as const,
  );
}

const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('linked-passage');
    return highlight ? [...highlight].map((range) => range.toString()).join('') : null;
  });

test.describe('links to any selection', () => {
  test('selecting words offers a link that copies a text-fragment URL with our fallback', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await select(page, 'p-rags-to-riches', PASSAGE);
    const button = page.getByRole('button', { name: 'Copy link to this Alt+L', exact: true });
    await expect(button).toBeVisible();
    await button.click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${new URL('./', baseURL).toString()}#p-rags-to-riches~rags%20to%20riches%20back%20to%20rags:~:text=rags%20to%20riches%20back%20to%20rags`);
    await expect(page.locator('[data-announcer]')).toHaveText('Link copied');
  });

  test('the keyboard shortcut copies the same link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await select(page, 'p-moravec', 'is not a paradox at all');
    // The offer loads with the first selection (client/first-gesture.ts); the shortcut works once it shows.
    await expect(page.getByRole('button', { name: 'Copy link to this Alt+L', exact: true })).toBeVisible();
    await page.keyboard.press('Alt+L');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('#p-moravec~is%20not%20a%20paradox%20at%20all:~:text=is%20not%20a%20paradox%20at%20all');
  });

  test('opening the link in a fresh page highlights the words (text-fragment path)', async ({ browser, baseURL }) => {
    const page = await browser.newPage({ baseURL });
    const hash = '#p-rags-to-riches~rags%20to%20riches%20back%20to%20rags:~:text=rags%20to%20riches%20back%20to%20rags';
    await page.goto(`./${hash}`);
    expect(await page.evaluate(() => 'fragmentDirective' in document)).toBe(true);
    await expect(page.locator('.linked-here')).toContainText('You were linked to the highlighted words below.');
    await expect.poll(() => highlighted(page)).toBe(PASSAGE);
    await expect(page.locator('#p-rags-to-riches')).toBeInViewport();
    await page.close();
  });

  test('without text-fragment support the site resolves its own fallback', async ({ page }) => {
    // A browser that does not understand :~:text= leaves only our part to go on.
    await page.goto('./#p-asked-ilya~All%20Roads%20Lead%20to%20Rome%20%2D%20Every,be%20an%20AGI%20company');
    await expect.poll(() => highlighted(page)).toBe('All Roads Lead to Rome - Every Successful (Tech) Company will be an AGI company');
    await expect(page.locator('#p-asked-ilya')).toBeInViewport();
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.locator('.linked-here')).toHaveCount(0);
    expect(await highlighted(page)).toBeNull();
  });

  test('a selection across a note keeps only the author\'s words', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await page.evaluate(() => {
      const paragraph = document.getElementById('p-joined-halodi')!;
      const range = document.createRange();
      range.setStart(paragraph.querySelector('a[href="https://halodi.com"]')!.firstChild!.firstChild ?? paragraph.querySelector('a[href="https://halodi.com"]')!.firstChild!, 0);
      const after = [...paragraph.childNodes].find((n) => n.nodeType === 3 && n.textContent!.includes(', and'))!;
      range.setEnd(after, after.textContent!.indexOf('and') + 3);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await page.getByRole('button', { name: 'Copy link to this Alt+L', exact: true }).click();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText())).hash;
    expect(decodePassageHash(copied)).toEqual({ paragraph: 'p-joined-halodi', start: 'Halodi Robotics as their VP of AI, and' });
  });

  test('copy as quote gives the words, who wrote them and where, and the link to them', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await select(page, 'p-rags-to-riches', PASSAGE);
    await page.getByRole('button', { name: 'Copy as quote Alt+Q', exact: true }).click();
    const link = `${new URL('./', baseURL).toString()}#p-rags-to-riches~rags%20to%20riches%20back%20to%20rags:~:text=rags%20to%20riches%20back%20to%20rags`;
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`> ${PASSAGE}\n— Eric Jang, “All Roads Lead to Rome: The Machine Learning Job Market in 2022”, ${link}`);
    await expect(page.locator('[data-announcer]')).toHaveText('Quote copied');
  });

  test('Alt+Q quotes the paragraph that holds focus, in the author\'s words only, with its permalink', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await page.locator('#p-joined-halodi a[href="https://halodi.com"]').focus();
    await expect(page.locator('.passage-tool')).toBeAttached();
    await page.keyboard.press('Alt+Q');
    const words = await page.locator('#p-joined-halodi').evaluate((el) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('[data-ours]').forEach((ours) => ours.remove());
      return copy.textContent!.replace(/\s+/g, ' ').trim();
    });
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`> ${words}\n— Eric Jang, “All Roads Lead to Rome: The Machine Learning Job Market in 2022”, ${new URL('#p-joined-halodi', baseURL).toString()}`);
    // No note number is glued to the author's words (numbers are drawn by CSS).
    expect(words).toContain('as their VP of AI, and');
    expect(words).not.toMatch(/[a-z][0-9]/);
  });
});
