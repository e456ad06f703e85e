import { axeViolations, COLOUR_RULES, recolour } from './support/axe';
import { test, expect, type Page } from './fixtures';

// Glossary and source cards: popovers opened by the term (glossary), by a
// marker beside the author's link (source), and by hovering either.

const term = (page: Page) => page.locator('button.note-phrase[data-note="glossary-agi"]');
const termCard = (page: Page) => page.locator('#note-glossary-agi');
const sourceLink = (page: Page) => page.locator('a[interestfor="note-source-halodi-site"]');
const sourceCard = (page: Page) => page.locator('#note-source-halodi-site');

test.describe('previews at 1280px', () => {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  test.beforeAll(async ({ browser, baseURL }) => {
    // A page of its own context, as axe asks.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL });
    page = await context.newPage();
    await page.goto('./');
  });
  test.afterAll(() => page.context().close());
  test.afterEach(async () => {
    // Nothing keeps interest: no focus on a term, the pointer away, then Escape.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
    await expect(page.locator('.note-card:popover-open')).toHaveCount(0);
  });

  test('hovering a term opens its card after a short delay, beside the term', async () => {
    await term(page).scrollIntoViewIfNeeded();
    // When the card opens, measured from before the pointer arrives: never at once.
    await termCard(page).evaluate((card) => {
      const start = performance.now();
      card.addEventListener('toggle', () => (card.dataset.openedAfter = String(performance.now() - start)), { once: true });
    });
    await term(page).hover();
    await expect(termCard(page)).toBeVisible();
    expect(Number(await termCard(page).getAttribute('data-opened-after'))).toBeGreaterThanOrEqual(300);
    // The kind is a drawn label (data-label), read first.
    expect(await termCard(page).ariaSnapshot()).toMatch(/^- note:\s+- text: Glossary\n/);
    const [t, c] = await Promise.all([term(page).boundingBox(), termCard(page).boundingBox()]);
    // Anchored to the term: just below it (or just above, when there is no room below).
    expect(Math.min(Math.abs(c!.y - (t!.y + t!.height)), Math.abs(c!.y + c!.height - t!.y))).toBeLessThan(24);
    expect(Math.abs(c!.x - t!.x)).toBeLessThan(400);
  });

  test("hovering the author's link previews the source note; the link stays a link", async () => {
    await sourceLink(page).hover();
    await expect(sourceCard(page)).toBeVisible();
    await expect(sourceCard(page)).toContainText('halodi.com');
    await expect(sourceLink(page)).toHaveAttribute('href', 'https://halodi.com');
  });

  test('focus and Enter open a card; Escape closes it and leaves focus on the term', async () => {
    await term(page).focus();
    await page.keyboard.press('Enter');
    await expect(termCard(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(termCard(page)).toBeHidden();
    await expect(term(page)).toBeFocused();
  });

  test('the marker beside a source link opens its card from the keyboard', async () => {
    const marker = page.getByRole('button', { name: 'Source note: Halodi Robotics' });
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(sourceCard(page)).toBeVisible();
    // Tab goes into the open card, to its links; Escape returns to the marker.
    await page.keyboard.press('Tab');
    await expect(sourceCard(page).locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(sourceCard(page)).toBeHidden();
    await expect(marker).toBeFocused();
  });

  test('one card at a time', async () => {
    // The term mid-screen, so its card opens below it, clear of the source marker
    // a few lines above (near the bottom of the screen the card opens upwards over
    // it, and where earlier tests leave the page scrolled must not decide that).
    await term(page).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await term(page).click();
    await expect(termCard(page)).toBeVisible();
    await page.getByRole('button', { name: 'Source note: Halodi Robotics' }).click();
    await expect(sourceCard(page)).toBeVisible();
    await expect(termCard(page)).toBeHidden();
    await expect(page.locator('.note-card:popover-open')).toHaveCount(1);
  });

  test('axe is clean with a card open, light and dark', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await term(page).click();
    await expect(termCard(page)).toBeVisible();
    expect(await axeViolations(page), 'light').toEqual([]);
    // The same state in dark, which differs in colour only (tokens.css): the colour rules are what it can fail.
    await recolour(page, { colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), 'dark is emulated').toBe(true);
    expect(await axeViolations(page, { rules: COLOUR_RULES }), 'dark').toEqual([]);
  });
});

test('on a phone a tap opens the card as a sheet at the bottom of the screen', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, baseURL });
  const page = await context.newPage();
  await page.goto('./');
  await term(page).tap();
  await expect(termCard(page)).toBeVisible();
  await expect(termCard(page)).toBeInViewport();
  const box = await termCard(page).boundingBox();
  expect(Math.round(box!.y + box!.height)).toBe(844);
  expect(Math.round(box!.width)).toBe(390);
  await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('cards open through popovertarget, from the term and from the marker', async ({ page }) => {
    await page.goto('./');
    await term(page).click();
    await expect(termCard(page)).toBeVisible();
    await page.getByRole('button', { name: 'Source note: Halodi Robotics' }).click();
    await expect(sourceCard(page)).toBeVisible();
    await expect(termCard(page)).toBeHidden();
  });
});

test.describe('cross-reference previews', () => {
  test('a claim link previews the claim; a click still goes to the timeline', async ({ page }) => {
    await page.goto('./');
    const link = page.locator('#p-joined-halodi a.claim-link[href="#claim-halodi-agi"]');
    await link.hover();
    const preview = page.locator('#xref-preview');
    await expect(preview).toBeVisible();
    await expect(preview).toContainText('On the timeline: Halodi: solve AGI');
    await expect(preview).toContainText('still open');
    await page.mouse.move(0, 0);
    await expect(preview).toBeHidden();
    await link.click();
    await expect(page).toHaveURL(/#claim-halodi-agi$/);
  });

  test("a note in the appendix previews the note; a company in the figure, the essay's words", async ({ page }) => {
    await page.goto('./');
    await page.locator('#notes a[href="#note-hindsight-google-deepmind"]').hover();
    const preview = page.locator('#xref-preview');
    await expect(preview).toContainText('Since then');
    await page.locator('.data-moats a.dm-company').first().hover();
    await expect(preview).toContainText('Where the essay says it');
  });
});
