import type { Locator } from '@playwright/test';
import { test, expect, type Page } from './fixtures';
import { claims as CLAIMS, facts as FACTS, registry } from './support/data';
import { STATUS_TEXT, TODAY_SOURCE, formatDay, legendText, percent, positionOf, statusOn, statusSentence, type ClaimStatus } from '../src/lib/timeline';

// Per-claim facts (each claim's words, facts, claim link) are checked once on the
// built HTML by scripts/check-dist.mjs; here each behaviour is proved once, with
// real key presses. The axe sweeps of the timeline's states are in a11y.spec.ts.

/** One claim from the options table and one from the prose, with dated, sourced facts where there are some. */
const TABLE_CLAIM = CLAIMS.find((claim) => claim.id === 'tesla-data-engine-lead')!;
const PROSE_CLAIM = CLAIMS.find((claim) => claim.id === 'halodi-manipulation')!;

const row = (page: Page, id: string) => page.locator(`[id="claim-${id}"]`);
const details = (page: Page, id: string) => row(page, id).locator('details');
const summary = (page: Page, id: string) => row(page, id).locator('summary');
const SECTION = '#lead-time-timeline';

/** Wait until the timeline's script runs (it loads as the chart nears the viewport). */
async function ready(page: Page): Promise<void> {
  await page.locator(SECTION).scrollIntoViewIfNeeded();
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
  await expect(details(page, id)).toHaveAttribute('open', '');
  await expect(row(page, id).locator('.lt-quote')).toBeVisible();
}

async function expectClosed(page: Page, id: string): Promise<void> {
  await expect(details(page, id)).not.toHaveAttribute('open');
  await expect(row(page, id).locator('.lt-quote')).toBeHidden();
}

/** The claim ids in the chart's order. */
const claimIds = (page: Page) => page.locator('.lt-row').evaluateAll((rows) => rows.map((r) => r.id.slice('claim-'.length)));

test('the registry lists every claim, and the page says each one once', async ({ shared: essay }) => {
  const page = essay.page;
  const registered = registry.anchors.filter((id) => id.startsWith('claim-'));
  expect(registered.toSorted()).toEqual(CLAIMS.map((claim) => `claim-${claim.id}`).toSorted());
  expect(registry.anchors).toContain('lead-time-timeline');
  await expect(page.locator(`${SECTION} .lt-row`)).toHaveCount(CLAIMS.length);
  await expect(page.locator(`${SECTION} details[name]`)).toHaveCount(CLAIMS.length);
  await expect(page.locator(`${SECTION} table`)).toHaveCount(0);
  for (const claim of [TABLE_CLAIM, PROSE_CLAIM]) await expect(page.locator(SECTION).getByText(claim.phrase, { exact: false })).toHaveCount(1);
  await expect(essay.body.locator('a.claim-link')).toHaveCount(CLAIMS.length);
});

test('the section stays light, and running its script adds no element', async ({ page }) => {
  await page.goto('./');
  await ready(page);
  const counts = await page.evaluate(async (selector) => {
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    const count = (root: ParentNode) => root.querySelector(selector)!.querySelectorAll('*').length + 1;
    return { served: count(served), live: count(document) };
  }, SECTION);
  // 337 measured after #24 added the hindsight lines on Halodi's leads (EVE deployed, Optimus); a little room, no more.
  expect(counts.served).toBeLessThanOrEqual(340);
  expect(counts.live).toBe(counts.served);
});

test('the heading, the region and a claim have clean names', async ({ essay }) => {
  await essay.goto();
  const section = essay.page.locator(SECTION);
  await expect(essay.page.getByRole('region', { name: 'Every lead time and forecast, against today', exact: true })).toHaveCount(1);
  await expect(section.getByRole('heading', { level: 3 })).toMatchAriaSnapshot('- heading "Every lead time and forecast, against today" [level=3]');
  await expect(row(essay.page, 'openai-llm-lead')).toMatchAriaSnapshot(`
    - listitem:
      - group: "OpenAI: LLMs ~1 yr · horizon passed"
  `);
  await expect(section.getByRole('heading')).not.toContainText(['Copy']);
  // Open, its copy link is in its reading, named for it.
  await summary(essay.page, 'openai-llm-lead').click();
  await expect(row(essay.page, 'openai-llm-lead')).toMatchAriaSnapshot(`
    - listitem:
      - group:
        - text: "OpenAI: LLMs ~1 yr · horizon passed"
        - blockquote: “Technological lead on LLMs (~1 yr)”
        - paragraph: /^Horizon. ~1 yr .about 1 year. from April 25, 2022, the author’s number. Ends. about April 2023. Status. horizon passed, as of (January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}, \\d{4}\\.$/
        - paragraph: What happened since
        - list
        - paragraph:
          - 'link "Read in context: OpenAI: LLMs"'
          - 'link "Copy link to claim: OpenAI: LLMs"'
  `);
});

for (const claim of [TABLE_CLAIM, PROSE_CLAIM]) {
  test(`a claim permalink (#claim-${claim.id}) lands on it and opens only it, with its words and facts`, async ({ essay, page }) => {
    await essay.goto(`#claim-${claim.id}`);
    await essay.expectLandedOn(`claim-${claim.id}`);
    await expectOpen(page, claim.id);
    await expect(summary(page, claim.id)).toBeFocused();
    await expect(row(page, claim.id).locator('.lt-quote')).toContainText(claim.phrase);
    await expect(row(page, claim.id).locator('.lt-facts')).toContainText(/Horizon.+Ends.+Status/s);
    for (const fact of claim.facts) {
      const { date, source } = FACTS.get(fact)!;
      if (source) await expect(row(page, claim.id).locator(`a[href="${source}"]`).first()).toBeVisible();
      if (date) await expect(row(page, claim.id).locator(`time[datetime="${date.replace(/^by /, '')}"]`).first()).toBeVisible();
    }
    await expect(page.locator(`${SECTION} details[open]`)).toHaveCount(1);
  });

  test(`"read in context" from ${claim.id} lands on its words, highlighted`, async ({ essay, page }) => {
    const context = `phrase-claim-${claim.id}`;
    await essay.goto(`#claim-${claim.id}`);
    await expectOpen(page, claim.id);
    await row(page, claim.id).getByRole('link', { name: /^Read in context/ }).click();
    await expect(page).toHaveURL(new RegExp(`#${context}$`));
    await essay.expectLandedOn(context);
    // The phrase is marked in its paragraph (or table row), which is on screen, and highlighted.
    const target = page.locator(`[id="${context}"]`);
    expect(await authorsText(target)).toBe(claim.phrase);
    await expect(target.locator('xpath=ancestor::*[self::p or self::li or self::tr][1]')).toBeInViewport();
    expect(await target.evaluate((el) => getComputedStyle(el).animationName)).toBe('target-flash');
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
    await expect(page.locator(`${SECTION} details[open]`)).toHaveCount(1);
  }
});

test("pointing at a claim's icon lights its words, wherever the icon sits", async ({ essay, page }) => {
  await essay.goto();
  // Every arrangement the essay has: the icon right after the phrase, held in a .term-stop with the
  // author's punctuation, and after the phrase's note number.
  for (const arrangement of ['.claim-phrase + a.claim-link', '.claim-phrase + .term-stop > a.claim-link', '.claim-phrase + .note-ref + .term-stop > a.claim-link']) {
    await expect(page.locator(arrangement).first()).toBeAttached();
  }
  const ids = await page.locator('.claim-phrase').evaluateAll((phrases) => phrases.map((phrase) => (phrase as HTMLElement).dataset.claim!));
  for (const id of ids) {
    const phrase = page.locator(`#phrase-claim-${id}`);
    const lit = () => phrase.evaluate((el) => getComputedStyle(el).backgroundColor);
    const unlit = await lit();
    await page.locator(`a.claim-link[href="#claim-${id}"]`).hover();
    await expect.poll(lit, `the words of ${id}`).not.toBe(unlit);
    await page.mouse.move(0, 0);
    await expect.poll(lit, `the words of ${id}, left`).toBe(unlit);
  }
});

test('Enter on an in-text claim link puts focus on the claim, opened', async ({ essay, page }) => {
  await essay.goto();
  // Far above the chart: its script has not loaded yet, so the arrival is heard as it loads.
  const link = page.locator(`a.claim-link[href="#claim-${PROSE_CLAIM.id}"]`);
  await link.focus();
  await page.keyboard.press('Enter');
  await essay.expectLandedOn(`claim-${PROSE_CLAIM.id}`);
  await expectOpen(page, PROSE_CLAIM.id);
  await expect(summary(page, PROSE_CLAIM.id)).toBeFocused();
  // And once it has loaded: the options table's link to a lead time.
  const table = page.locator(`.options-table a.claim-link[href="#claim-${TABLE_CLAIM.id}"]`);
  await table.focus();
  await page.keyboard.press('Enter');
  await essay.expectLandedOn(`claim-${TABLE_CLAIM.id}`);
  await expectOpen(page, TABLE_CLAIM.id);
  await expectClosed(page, PROSE_CLAIM.id);
  await expect(summary(page, TABLE_CLAIM.id)).toBeFocused();
});

test('a claim link opens its claim again when the URL already names it', async ({ essay, page }) => {
  await essay.goto('#claim-halodi-agi');
  await expectOpen(page, 'halodi-agi');
  await page.keyboard.press('Escape');
  await expectClosed(page, 'halodi-agi');
  await page.locator('a.claim-link[href="#claim-halodi-agi"]').click();
  await expectOpen(page, 'halodi-agi');
});

test.describe('keyboard', () => {
  test('the chart is one Tab stop; arrows, Home and End move between claims without opening them', async ({ essay, page }) => {
    await essay.goto();
    await ready(page);
    const ids = await claimIds(page);
    // From the element before the chart, one Tab enters it and the next leaves it.
    await page.locator(`${SECTION} .lt-title + .permalink`).focus();
    await page.keyboard.press('Tab');
    await expect(summary(page, ids[0]!)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(summary(page, ids[1]!)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(summary(page, ids[2]!)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await expect(summary(page, ids[0]!)).toBeFocused();
    await page.keyboard.press('End');
    await expect(summary(page, ids.at(-1)!)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(summary(page, ids[0]!)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    // Focus alone opens nothing.
    await expect(page.locator(`${SECTION} details[open]`)).toHaveCount(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate((selector) => !!document.activeElement?.closest(selector), '.lt-chart')).toBe(false);
    // Shift+Tab comes back to the claim last focused: the group remembers its place.
    await page.keyboard.press('Shift+Tab');
    await expect(summary(page, ids[1]!)).toBeFocused();
  });

  test('Enter opens a claim, Escape closes it and focus stays on it', async ({ essay, page }) => {
    await essay.goto();
    await ready(page);
    const [first, second] = await claimIds(page);
    await summary(page, first!).focus();
    await page.keyboard.press('Enter');
    await expectOpen(page, first!);
    await expect(summary(page, first!)).toBeFocused();
    await page.keyboard.press('Escape');
    await expectClosed(page, first!);
    await expect(summary(page, first!)).toBeFocused();
    // Opening another closes the one open (one name: an exclusive accordion).
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectOpen(page, second!);
    await expectClosed(page, first!);
  });

  test("Tab from an open claim reaches its own controls; Escape there returns to the claim", async ({ essay, page }) => {
    await essay.goto();
    await ready(page);
    const id = 'openai-llm-lead';
    await summary(page, id).focus();
    await page.keyboard.press('Enter');
    await expectOpen(page, id);
    const controls = await row(page, id).locator('details > :not(summary) a').evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? a.textContent));
    expect(controls.at(-2)).toBe('Read in context: OpenAI: LLMs');
    expect(controls.at(-1)).toBe('Copy link to claim: OpenAI: LLMs');
    for (const name of controls) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-label') ?? document.activeElement!.textContent)).toBe(name);
    }
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Escape');
    await expectClosed(page, id);
    await expect(summary(page, id)).toBeFocused();
  });

  test('focus on a claim is visible', async ({ essay, page }) => {
    await essay.goto();
    await ready(page);
    await summary(page, 'halodi-agi').focus();
    await page.keyboard.press('ArrowUp');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });
});

test("an open claim's copy link copies the claim's address, from the keyboard", async ({ essay, page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await essay.goto();
  await ready(page);
  const id = 'halodi-agi';
  // Closed, the copy link is no Tab stop: it is in the claim's hidden reading.
  const copy = row(page, id).getByRole('link', { name: 'Copy link to claim: Halodi: solve AGI' });
  await expect(copy).toBeHidden();
  await summary(page, id).focus();
  await page.keyboard.press('Enter');
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`#claim-${id}`, baseURL).toString());
  await expect(page.locator('[data-announcer]')).toHaveText('Link copied');
});

test.describe('pointer', () => {
  test('a click opens a claim, a second click closes it', async ({ essay, page }) => {
    await essay.goto();
    await ready(page);
    await summary(page, 'halodi-agi').click();
    await expectOpen(page, 'halodi-agi');
    await summary(page, 'halodi-manipulation').click();
    await expectOpen(page, 'halodi-manipulation');
    await expectClosed(page, 'halodi-agi');
    await summary(page, 'halodi-manipulation').click();
    await expectClosed(page, 'halodi-manipulation');
  });

  test('on a phone a tap opens a claim and a second tap closes it', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('./');
    await ready(page);
    await summary(page, 'halodi-manipulation').tap();
    await expectOpen(page, 'halodi-manipulation');
    await summary(page, 'halodi-manipulation').tap();
    await expectClosed(page, 'halodi-manipulation');
    await context.close();
  });
});

test('the axis labels grow with the browser\'s font size', async ({ page }) => {
  await page.goto('./#lead-time-timeline');
  const sizes = () => page.locator('.lt-axis text').evaluateAll((texts) => texts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
  const before = await sizes();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
  await page.reload();
  await expect.poll(async () => (await sizes()).every((size, i) => size === before[i]! * 1.5)).toBe(true);
  // And the axis makes room for them: the labels stay inside it.
  const fits = await page.locator('.lt-axis').evaluate((axis) => {
    const box = axis.getBoundingClientRect();
    return [...axis.querySelectorAll('text')].every((t) => {
      const r = t.getBoundingClientRect();
      return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    });
  });
  expect(fits).toBe(true);
});

test('in forced colours the bars, today, the status and the legend stay apart, and the open claim shows', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('./');
  await ready(page);
  const section = page.locator(SECTION);
  await section.screenshot({ path: testInfo.outputPath('timeline-forced-closed.png') });
  const paint = await page.evaluate(() => {
    const fill = (selector: string) => getComputedStyle(document.querySelector(selector)!).fill;
    const swatch = (selector: string) => getComputedStyle(document.querySelector(selector)!, '::before').backgroundColor;
    return {
      open: fill('.lt-row[data-status="open"] .lt-bar-body'),
      passed: fill('.lt-row[data-status="passed"] .lt-bar-body'),
      today: getComputedStyle(document.querySelector('.lt-grid [data-today]')!).stroke,
      canvas: getComputedStyle(document.body).backgroundColor,
      keyOpen: swatch('.lt-key-open'),
      keyPassed: swatch('.lt-key-passed'),
    };
  });
  expect(new Set([paint.open, paint.passed, paint.today, paint.canvas]).size, JSON.stringify(paint)).toBe(4);
  expect(paint.keyOpen).toBe(paint.open);
  expect(paint.keyPassed).toBe(paint.passed);
  await summary(page, 'halodi-agi').focus();
  await page.keyboard.press('Enter');
  await expectOpen(page, 'halodi-agi');
  const open = await summary(page, 'halodi-agi').evaluate((el) => ({ outline: getComputedStyle(el).outlineStyle, panel: getComputedStyle(el.parentElement!, '::details-content').borderTopStyle }));
  expect(open.outline).not.toBe('none');
  expect(open.panel).toBe('solid');
  await section.screenshot({ path: testInfo.outputPath('timeline-forced-open.png') });
});

/** The chart as a reader sees it: the today label and line, the intro, each claim's status and words, the legend. */
function chartState(page: Page) {
  return page.locator(SECTION).evaluate((section: HTMLElement) => {
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const chart = section.querySelector<HTMLElement>('[data-lead-timeline]')!;
    const label = section.querySelector('.lt-today-label')!;
    return {
      buildDate: section.dataset.buildDate!,
      domain: { from: chart.dataset.from!, to: chart.dataset.to! },
      labelDate: label.getAttribute('data-date'),
      labelText: text(label),
      intro: text(section.querySelector('.lt-intro')),
      todayLines: [...section.querySelectorAll('.lt-today, .lt-bar-today')].map((line) => line.getAttribute('x1')),
      rows: [...section.querySelectorAll<HTMLElement>('.lt-row')].map((row) => ({
        id: row.id,
        end: row.dataset.end!,
        status: row.dataset.status as ClaimStatus,
        meta: text(row.querySelector('.lt-meta')),
        facts: text(row.querySelector('.lt-facts')),
      })),
      legend: [...section.querySelectorAll('.lt-legend [data-status]')].map(text),
    };
  });
}

/** What the chart must say on `today`, by the build's own rules (lib/timeline). */
function expectStatedOn(state: Awaited<ReturnType<typeof chartState>>, today: string, source: string): void {
  expect(state.labelDate).toBe(today);
  expect(state.labelText).toBe(`Today · ${formatDay(today, 'short')}`);
  expect(state.intro).toContain(`today, ${formatDay(today)}${source}`);
  expect(new Set(state.todayLines)).toEqual(new Set([percent(positionOf(today, state.domain))]));
  for (const row of state.rows) {
    const status = statusOn(row.end, today);
    expect(row.status, row.id).toBe(status);
    expect(row.meta, row.id).toMatch(new RegExp(` · ${STATUS_TEXT[status]}$`));
    expect(row.facts, row.id).toMatch(new RegExp(`${statusSentence(status, today).replace('.', '\\.')}$`));
  }
  const counted = (status: ClaimStatus) => state.rows.filter((row) => row.status === status).length;
  expect(state.legend).toEqual([legendText('open', counted('open')), legendText('passed', counted('passed'))]);
}

test('on the reader’s day, a year and a half on, today, every status and the legend are said again, with no shift', async ({ page }) => {
  const day = '2027-06-01';
  await page.clock.setFixedTime(new Date(`${day}T12:00:00Z`));
  await page.goto('./');
  const built = await page.locator(SECTION).getAttribute('data-build-date');
  expect(day > built!, 'the reader’s day is after the build').toBe(true);
  await page.evaluate(() => {
    (window as unknown as { shifted: number }).shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { shifted: number }).shifted += entry.value;
      }
    }).observe({ type: 'layout-shift' });
  });
  await ready(page);
  const moved = await chartState(page);
  expectStatedOn(moved, day, TODAY_SOURCE.reader);
  // The author's five-year horizon (April 2022 to April 2027) has passed on the reader's day.
  expect(moved.rows.find((row) => row.id === `claim-${PROSE_CLAIM.id}`)!.status).toBe('passed');
  expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBe(0);
});

test('a clock set before the build day does not reopen what had passed', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2022-05-01T12:00:00Z'));
  await page.goto('./');
  await ready(page);
  const state = await chartState(page);
  expectStatedOn(state, state.buildDate, TODAY_SOURCE.build);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the chart tells the truth as of the day the page was built', async ({ page }) => {
    await page.goto('./');
    const built = await chartState(page);
    expect(built.buildDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expectStatedOn(built, built.buildDate, TODAY_SOURCE.build);
  });

  test('every claim is on the chart, and a claim opens to its whole reading', async ({ essay, page }) => {
    await essay.goto();
    const widget = page.locator(SECTION);
    await expect(widget.locator('svg.lt-axis')).toHaveCount(1);
    await expect(widget.locator('svg.lt-bar')).toHaveCount(CLAIMS.length);
    await expect(widget.locator('.lt-today-label')).toHaveText(/^Today · /);
    // Every claim's reading is checked on the built HTML (check-dist); here, that a reader opens one and sees it.
    const id = TABLE_CLAIM.id;
    await summary(page, id).click();
    await expectOpen(page, id);
    await expect(row(page, id).locator('.lt-quote')).toContainText(TABLE_CLAIM.phrase);
    await expect(row(page, id).locator('.lt-facts')).toContainText(/Horizon: .+ (the author’s number|our reading of).+Ends: .+Status: (horizon passed|still open)/);
    for (const fact of TABLE_CLAIM.facts) {
      const { source } = FACTS.get(fact)!;
      if (source) await expect(row(page, id).locator(`a[href="${source}"]`).first()).toBeVisible();
    }
    await expect(row(page, id).getByRole('link', { name: /^Read in context/ })).toHaveAttribute('href', `#phrase-claim-${id}`);
  });

  test("a permalink shows its claim's reading", async ({ essay, page }) => {
    await essay.goto('#claim-tesla-manufacturing-lead');
    await essay.expectLandedOn('claim-tesla-manufacturing-lead');
    await expect(row(page, 'tesla-manufacturing-lead').locator('.lt-quote')).toBeVisible();
    await expect(row(page, 'tesla-manufacturing-lead').locator('.lt-quote')).toContainText('technological lead on manufacturing (~10yrs)');
    await expect(page.locator('.lt-quote:visible')).toHaveCount(1);
  });
});

test('printing keeps the chart and every claim\'s reading, without the controls', async ({ essay, page }) => {
  await essay.goto('#claim-openai-llm-lead');
  await expectOpen(page, 'openai-llm-lead');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.lt-quote:visible')).toHaveCount(CLAIMS.length);
  await expect(page.locator('.lt-hint')).toBeHidden();
  await expect(page.locator(`${SECTION} .lt-actions > .permalink:visible`)).toHaveCount(0);
  await expect(page.locator('svg.lt-bar').first()).toBeVisible();
});
