import { test, expect, type Page } from './fixtures';
import { axeViolations } from './support/axe';
import { facts, history } from './support/data';
import { VISITS_KEY } from '../src/client/prefs-keys';
import { formatDay } from '../src/lib/dates';
import { pastReviewDay } from '../src/lib/freshness';
import { claimAnchor, noteAnchor, rowAnchor } from '../src/lib/places';
import { newSinceText } from '../src/lib/visits';

// The page on the reader's day, with the browser's clock set (page.clock): facts
// past their review day say so, and a returning reader sees what changed since
// their last visit. The rules are unit-tested (lib/visits, lib/today); here, what a reader sees.

/** A visit on `day` by the reader's clock, with a first gesture (the page keeps the visit once the reader does something). */
async function visit(page: Page, day: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${day}T12:00:00Z`));
  await page.goto('./');
  await page.mouse.move(20, 20);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), VISITS_KEY)).toMatch(new RegExp(` ${day}$`));
}

/** The places with an addition or revision after `since`, by the history data. */
function changedAfter(since: string): string[] {
  const sections = [
    [history.notes, noteAnchor],
    [history.claims, claimAnchor],
    [history.rows, rowAnchor],
  ] as const;
  return sections.flatMap(([entries, anchorOf]) =>
    Object.entries(entries)
      .filter(([, dated]) => [dated.added, ...dated.revised.map((revision) => revision.date)].some((date) => date > since))
      .map(([id]) => anchorOf(id)),
  );
}

const marked = (page: Page) => page.locator('[data-new]:not(a)').evaluateAll((places) => places.map((place) => place.id));
const notice = (page: Page) => page.getByRole('complementary', { name: 'New since your last visit' });

test('a first visit marks nothing, and the device remembers it', async ({ page }) => {
  await visit(page, '2027-06-01');
  expect(await page.evaluate((key) => localStorage.getItem(key), VISITS_KEY)).toBe(' 2027-06-01');
  await expect(notice(page)).toHaveCount(0);
  expect(await marked(page)).toEqual([]);
});

test('two visits a year apart mark what changed in between, counted, stepped through by keyboard, and dismissed', async ({ page }) => {
  const first = '2026-11-28';
  const expected = changedAfter(first);
  expect(expected.length, 'the history has changes after the first visit').toBeGreaterThan(1);
  await visit(page, first);
  await expect(notice(page)).toHaveCount(0);

  await visit(page, '2027-11-28');
  await expect(notice(page)).toContainText(`${newSinceText(expected.length, first, (day) => formatDay(day, 'short'))}.`);
  expect((await marked(page)).sort()).toEqual([...expected].sort());
  // A marked note says so before its dates; its number in the text is marked too, as a link to it.
  const note = expected.find((anchor) => anchor.startsWith('note-'))!;
  expect(await page.locator(`[id="${note}"]`).evaluate((el) => getComputedStyle(el, '::after').content)).toMatch(/^"New · added /);
  await expect(page.locator(`a[href="#${note}"][data-new]`).first()).toBeAttached();

  // Step through in page order, by keyboard.
  const order = await marked(page);
  const next = notice(page).getByRole('link', { name: /^Next new/ });
  await expect(next).toHaveText(`Next new (1 of ${order.length})`);
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${order[0]}$`));
  await expect(page.locator(`[id="${order[0]}"]`)).toBeInViewport();
  await expect(next).toHaveText(`Next new (2 of ${order.length})`);
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${order[1]}$`));
  await expect(page.locator(`[id="${order[1]}"]`)).toBeInViewport();

  // Dismissed: nothing is marked, then or on a reload that day.
  await notice(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice(page)).toHaveCount(0);
  expect(await page.locator('[data-new]').count()).toBe(0);
  await page.reload();
  await page.mouse.move(30, 30);
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), VISITS_KEY)).toBe('2027-11-28 2027-11-28');
  await expect(notice(page)).toHaveCount(0);
});

test('on a phone, the notice fits and the next new note opens in place', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await visit(page, '2026-11-28');
  await visit(page, '2027-11-28');
  const box = (await notice(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  const first = (await marked(page))[0]!;
  await notice(page).getByRole('link', { name: /^Next new/ }).click();
  await expect(page.locator(`[id="${first}"]`)).toBeVisible();
  await expect(page.locator(`[id="${first}"]`)).toBeInViewport();
});

test('facts past their review day say so on the reader’s day, and not before', async ({ page }) => {
  const day = '2027-03-01';
  const aging = [...facts.values()].filter((fact) => fact.reviewBy);
  expect(aging.some((fact) => pastReviewDay(fact.reviewBy!, day)) && aging.some((fact) => !pastReviewDay(fact.reviewBy!, day)), 'one fact due on the day, one not').toBe(true);
  await visit(page, day);
  for (const fact of aging) {
    const dates = page.locator(`[data-review-by="${fact.reviewBy}"]`);
    expect(await dates.count(), fact.id).toBeGreaterThan(0);
    for (const date of await dates.all()) {
      const said = await date.evaluate((el) => getComputedStyle(el, '::after').content);
      if (pastReviewDay(fact.reviewBy!, day)) expect(said, fact.id).toContain('due for review');
      else expect(said, fact.id).toBe('none');
    }
  }
});

test('a returning visit at 390 and 1280 px, light and dark: screenshots, and axe clean on the notice and the marked notes', async ({ page }, testInfo) => {
  await visit(page, '2026-11-28');
  await visit(page, '2027-11-28');
  await notice(page).getByRole('link', { name: /^Next new/ }).click();
  // The notice and the marked notes, held to the same rules as the page.
  expect(await axeViolations(page, { include: '.new-since' })).toEqual([]);
  expect(await axeViolations(page, { include: '.sidenote[data-new], .note-card[data-new]' })).toEqual([]);
  for (const width of [1280, 390]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await expect(notice(page)).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`returning-${width}-${colorScheme}.png`) });
    }
  }
});
