import { execFileSync } from 'node:child_process';
import type { Locator } from '@playwright/test';
import { test, expect, type Page } from './fixtures';
import { claims as CLAIMS, facts as FACTS, registry } from './support/data';
import { addYears, formatDay, statusOn } from '../src/lib/timeline';

// Per-claim facts (each claim's panel, words, claim link and table row) are checked
// once on the built HTML by scripts/check-dist.mjs; here each behaviour is proved once.
// The axe sweeps of the timeline's states are in a11y.spec.ts.

/** One claim from the options table and one from the prose, with dated, sourced facts where there are some. */
const TABLE_CLAIM = CLAIMS.find((claim) => claim.id === 'tesla-data-engine-lead')!;
const PROSE_CLAIM = CLAIMS.find((claim) => claim.id === 'halodi-manipulation')!;

const row = (page: Page, id: string) => page.locator(`[id="claim-${id}"]`);
const claimLink = (page: Page, id: string) => row(page, id).locator('.lt-claim');
const panel = (page: Page, id: string) => page.locator(`[id="lt-panel-${id}"]`);

/** Wait until the island runs (client:visible: it hydrates once on screen). */
async function hydrated(page: Page): Promise<void> {
  await page.locator('#lead-time-timeline').scrollIntoViewIfNeeded();
  await expect(page.locator('.lt-chart[data-ready]')).toHaveCount(1);
}

/** An element's text without what the site adds inside it (notes and links marked data-ours). */
function authorsText(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const copy = el.cloneNode(true) as Element;
    for (const ours of copy.querySelectorAll('[data-ours]')) ours.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

async function expectOpen(page: Page, id: string): Promise<void> {
  await expect(claimLink(page, id)).toHaveAttribute('aria-expanded', 'true');
  await expect(panel(page, id)).toBeVisible();
}

test('the registry lists every claim, and the page has each one once', async ({ shared: essay }) => {
  const page = essay.page;
  const registered = registry.anchors.filter((id) => id.startsWith('claim-'));
  expect(registered.toSorted()).toEqual(CLAIMS.map((claim) => `claim-${claim.id}`).toSorted());
  expect(registry.anchors).toContain('lead-time-timeline');
  await expect(page.locator('#lead-time-timeline .lt-row')).toHaveCount(CLAIMS.length);
  await expect(essay.body.locator('a.claim-link')).toHaveCount(CLAIMS.length);
});

for (const claim of [TABLE_CLAIM, PROSE_CLAIM]) {
  test(`a claim permalink (#claim-${claim.id}) lands on it and opens only it, with its words and facts`, async ({ essay, page }) => {
    await essay.goto(`#claim-${claim.id}`);
    await essay.expectLandedOn(`claim-${claim.id}`);
    await expectOpen(page, claim.id);
    await expect(panel(page, claim.id).locator('.lt-quote')).toContainText(claim.phrase);
    await expect(panel(page, claim.id)).toContainText(/Horizon.+Ends.+Status/s);
    for (const fact of claim.facts) {
      const { date, source } = FACTS.get(fact)!;
      if (source) await expect(panel(page, claim.id).locator(`a[href="${source}"]`).first()).toBeVisible();
      if (date) await expect(panel(page, claim.id).locator(`time[datetime="${date.replace(/^by /, '')}"]`).first()).toBeVisible();
    }
    await expect(page.locator('.lt-claim[aria-expanded="true"]')).toHaveCount(1);
  });

  test(`"read in context" from ${claim.id} lands on its words, highlighted`, async ({ essay, page }) => {
    const context = `phrase-claim-${claim.id}`;
    await essay.goto(`#claim-${claim.id}`);
    await expectOpen(page, claim.id);
    await panel(page, claim.id).getByRole('link', { name: /^Read in context/ }).click();
    await expect(page).toHaveURL(new RegExp(`#${context}$`));
    await essay.expectLandedOn(context);
    // The phrase is marked in its paragraph (or table row), which is on screen, and highlighted.
    const target = page.locator(`[id="${context}"]`);
    expect(await authorsText(target)).toBe(claim.phrase);
    await expect(target.locator('xpath=ancestor::*[self::p or self::li or self::tr][1]')).toBeInViewport();
    expect(await target.evaluate((el) => getComputedStyle(el).animationName)).toBe('rome-target');
  });
}

test('a claim link in the essay opens its claim on the timeline', async ({ essay, page }) => {
  await essay.goto();
  for (const claim of [CLAIMS[0]!, PROSE_CLAIM, CLAIMS.at(-1)!]) {
    const link = page.locator(`a.claim-link[href="#claim-${claim.id}"]`);
    await expect(link).toHaveAccessibleName(/^On the timeline: /);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#claim-${claim.id}$`));
    await essay.expectLandedOn(`claim-${claim.id}`);
    await expectOpen(page, claim.id);
    await expect(page.locator('.lt-claim[aria-expanded="true"]')).toHaveCount(1);
  }
});

test('a claim link opens its claim again when the URL already names it', async ({ essay, page }) => {
  await essay.goto('#claim-halodi-agi');
  await expectOpen(page, 'halodi-agi');
  await page.keyboard.press('Escape');
  await expect(panel(page, 'halodi-agi')).toBeHidden();
  await page.locator('a.claim-link[href="#claim-halodi-agi"]').click();
  await expectOpen(page, 'halodi-agi');
});

test.describe('keyboard', () => {
  test('arrows move between claims, Home and End jump, Escape closes', async ({ essay, page }) => {
    await essay.goto();
    await hydrated(page);
    const ids = await page.locator('.lt-row').evaluateAll((rows) => rows.map((r) => r.id.slice('claim-'.length)));
    await claimLink(page, ids[0]!).focus();
    await expectOpen(page, ids[0]!);
    await page.keyboard.press('ArrowDown');
    await expect(claimLink(page, ids[1]!)).toBeFocused();
    await expectOpen(page, ids[1]!);
    await expect(panel(page, ids[0]!)).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(claimLink(page, ids[2]!)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await expect(claimLink(page, ids[0]!)).toBeFocused();
    await page.keyboard.press('End');
    await expect(claimLink(page, ids.at(-1)!)).toBeFocused();
    await expectOpen(page, ids.at(-1)!);
    await page.keyboard.press('Home');
    await expect(claimLink(page, ids[0]!)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(claimLink(page, ids[0]!)).toHaveAttribute('aria-expanded', 'false');
    await expect(panel(page, ids[0]!)).toBeHidden();
    await expect(claimLink(page, ids[0]!)).toBeFocused();
  });

  test('Tab reaches the open panel\'s links; Escape there returns to the claim', async ({ essay, page }) => {
    await essay.goto('#claim-openai-llm-lead');
    await expectOpen(page, 'openai-llm-lead');
    await claimLink(page, 'openai-llm-lead').focus();
    await page.keyboard.press('Tab');
    await expect(panel(page, 'openai-llm-lead').getByRole('button', { name: /^Close/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(panel(page, 'openai-llm-lead').locator('a').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel(page, 'openai-llm-lead')).toBeHidden();
    await expect(claimLink(page, 'openai-llm-lead')).toBeFocused();
  });

  test('focus on a claim is visible', async ({ essay, page }) => {
    await essay.goto();
    await hydrated(page);
    await claimLink(page, 'halodi-agi').focus();
    await page.keyboard.press('ArrowUp');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });

  test('the close button closes and hands focus back', async ({ essay, page }) => {
    await essay.goto('#claim-halodi-agi');
    await expectOpen(page, 'halodi-agi');
    await panel(page, 'halodi-agi').getByRole('button', { name: /^Close/ }).click();
    await expect(panel(page, 'halodi-agi')).toBeHidden();
    await expect(claimLink(page, 'halodi-agi')).toBeFocused();
    await expect(claimLink(page, 'halodi-agi')).toHaveAttribute('aria-expanded', 'false');
  });
});

test.describe('pointer', () => {
  test('hover previews a claim; leaving hides it; a click pins it and a second click closes it', async ({ essay, page }) => {
    await essay.goto();
    await hydrated(page);
    await claimLink(page, 'tesla-data-engine-lead').hover();
    await expect(panel(page, 'tesla-data-engine-lead')).toBeVisible();
    await expect(row(page, 'tesla-data-engine-lead')).toHaveAttribute('data-open', 'peek');
    await page.locator('.lt-title').hover();
    await expect(panel(page, 'tesla-data-engine-lead')).toBeHidden();
    await claimLink(page, 'halodi-agi').click();
    await expectOpen(page, 'halodi-agi');
    // While a claim is pinned, hovering another does not cover it with a preview.
    await claimLink(page, 'halodi-manipulation').hover();
    await expect(panel(page, 'halodi-manipulation')).toBeHidden();
    await claimLink(page, 'halodi-agi').click();
    await expect(panel(page, 'halodi-agi')).toBeHidden();
    await expect(claimLink(page, 'halodi-agi')).toHaveAttribute('aria-expanded', 'false');
  });

  test('on a phone a tap opens a claim and a second tap closes it', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('./');
    await hydrated(page);
    await claimLink(page, 'halodi-manipulation').tap();
    await expectOpen(page, 'halodi-manipulation');
    await claimLink(page, 'halodi-manipulation').tap();
    await expect(panel(page, 'halodi-manipulation')).toBeHidden();
    await context.close();
  });
});

/** The today marker and every row's status, as the page shows them. */
async function todayState(page: Page) {
  const widget = page.locator('#lead-time-timeline');
  const buildDate = (await widget.getAttribute('data-build-date'))!;
  const label = page.locator('.lt-today-label');
  const rows = await page.locator('.lt-row').evaluateAll((els) => els.map((el) => ({ id: el.id, end: el.getAttribute('data-end')!, status: el.getAttribute('data-status')! })));
  return {
    buildDate,
    labelDate: await label.getAttribute('data-date'),
    labelText: (await label.textContent())!.trim(),
    x: parseFloat((await page.locator('.lt-grid [data-today]').getAttribute('x1'))!),
    rows,
  };
}

test('the today marker and every status follow the build date', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  const served = await todayState(page);
  expect(served.buildDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(served.labelDate).toBe(served.buildDate);
  expect(served.labelText).toBe(`Today · ${formatDay(served.buildDate, 'short')}`);
  for (const r of served.rows) expect(r.status, r.id).toBe(statusOn(r.end, served.buildDate));

  // Build again with BUILD_DATE five years on, and serve that page in place of this one.
  const later = addYears(served.buildDate, 5);
  execFileSync('npx', ['astro', 'build'], {
    env: { ...process.env, BUILD_DATE: later, OUT_DIR: 'dist-timeline-date', ASTRO_CACHE_DIR: 'node_modules/.astro-timeline-date' },
    stdio: 'pipe',
  });
  // Every file of the page comes from that build: its asset names may differ from this one's.
  const base = new URL(baseURL!);
  await page.route(`${base.origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice(base.pathname.length);
    return route.fulfill({ path: `dist-timeline-date/${path === '' || path.endsWith('/') ? `${path}index.html` : path}` });
  });
  await page.goto('./');
  const moved = await todayState(page);
  expect(moved.buildDate).toBe(later);
  expect(moved.labelText).toBe(`Today · ${formatDay(later, 'short')}`);
  expect(moved.x).toBeGreaterThan(served.x);
  for (const r of moved.rows) expect(r.status, r.id).toBe(statusOn(r.end, later));
  const flipped = moved.rows.filter((r, i) => r.status !== served.rows[i]!.status);
  expect(flipped.length, 'some horizons pass in five years').toBeGreaterThan(0);
  expect(flipped.every((r) => r.status === 'passed')).toBe(true);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the chart and the table carry every claim, with dates and sources', async ({ essay, page }) => {
    await essay.goto();
    const widget = page.locator('#lead-time-timeline');
    await expect(widget.locator('svg.lt-axis')).toHaveCount(1);
    await expect(widget.locator('svg.lt-bar')).toHaveCount(CLAIMS.length);
    await expect(widget.locator('.lt-today-label')).toHaveText(/^Today · /);
    await widget.locator('.lt-data > summary').click();
    const table = widget.getByRole('table');
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(CLAIMS.length);
    // Every claim's row content is checked on the built HTML (check-dist); here, that a reader sees one.
    const tr = table.locator(`tr[data-claim="${TABLE_CLAIM.id}"]`);
    await expect(tr).toBeVisible();
    await expect(tr).toContainText(TABLE_CLAIM.phrase);
    await expect(tr.getByRole('link', { name: /^Read in context/ })).toHaveAttribute('href', `#phrase-claim-${TABLE_CLAIM.id}`);
  });

  test('a permalink shows its claim\'s details', async ({ essay, page }) => {
    await essay.goto('#claim-tesla-manufacturing-lead');
    await essay.expectLandedOn('claim-tesla-manufacturing-lead');
    await expect(panel(page, 'tesla-manufacturing-lead')).toBeVisible();
    await expect(panel(page, 'tesla-manufacturing-lead')).toContainText('technological lead on manufacturing (~10yrs)');
    await expect(page.locator('.lt-panel:visible')).toHaveCount(1);
  });
});

test('printing keeps the chart and the table, without the controls', async ({ essay, page }) => {
  await essay.goto('#claim-openai-llm-lead');
  await expectOpen(page, 'openai-llm-lead');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.lt-table')).toBeVisible();
  await expect(page.locator('.lt-hint')).toBeHidden();
  await expect(page.locator('.lt-close:visible')).toHaveCount(0);
  await expect(page.locator('svg.lt-bar').first()).toBeVisible();
});
