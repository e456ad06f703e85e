import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The whole page by keyboard: a full Tab cycle, counted, in reading order, and
 * every kind of copy and share affordance reached from the keyboard.
 *
 * The bound is issue #16's: at most 150 stops at either width. Small groups of
 * controls (a heading's or row's two links, a quote card's actions, the
 * table's filters, the figure's companies, the timeline's claims) are one stop
 * each, the arrow keys within (client/roving.ts).
 */
const BOUND = { 1280: 150, 390: 150 } as const; // before: about 344 and 303

interface Cycle {
  /** Stops of the page itself, the count the bound is for. */
  count: number;
  /**
   * Stops inside a card that opened while its term or link had focus (interest
   * invokers open one after a short delay, and Tab then goes through the card
   * next): real, but as many as the key presses were slow, so counted apart.
   */
  inOpenCards: number;
  kinds: Record<string, number>;
  /** Consecutive stops whose order goes against the document's. */
  backwards: string[];
}

/** Tab presses between two looks at whether the cycle is done: each look is a round trip, a press needs none of its own. */
const BATCH = 10;

/**
 * Press Tab from the top until focus leaves the page or comes round again.
 * The page records where each press leaves focus (a capture `focusin`
 * listener, the last focus a press moves wins, as reading `activeElement`
 * after it would), so the presses need no look each.
 */
async function tabCycle(page: Page): Promise<Cycle> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    const log = {
      presses: 0,
      focusByPress: [] as Element[],
      /** The stops up to the first press that leaves focus on nothing (the page left) or on the first stop again, and whether that press has come. */
      cycle() {
        const stops: Element[] = [];
        for (let press = 1; press <= log.presses; press++) {
          const active = log.focusByPress[press];
          if (!active || active === document.body || active === stops[0]) return { stops, ended: true };
          stops.push(active);
        }
        return { stops, ended: false };
      },
    };
    Object.assign(window, { tabLog: log });
    window.addEventListener('keydown', (event) => event.key === 'Tab' && log.presses++, { capture: true });
    document.addEventListener('focusin', (event) => (log.focusByPress[log.presses] = event.target as Element), { capture: true });
  });
  type TabLog = { tabLog: { cycle(): { stops: Element[]; ended: boolean } } };
  for (let press = 0; press < 600 && !(await page.evaluate(() => (window as unknown as TabLog).tabLog.cycle().ended)); ) {
    for (const end = press + BATCH; press < end; press++) await page.keyboard.press('Tab');
  }
  await page.evaluate(() => {
    const { stops } = (window as unknown as TabLog).tabLog.cycle();
    const places = new Map<Element, Element>();
    for (const stop of stops) {
      // A stop inside an open card reads where the card's invoker is.
      const card = stop.closest<HTMLElement>('[popover]');
      if (card) places.set(stop, document.querySelector(`[interestfor="${card.id}"], [popovertarget="${card.id}"]`) ?? stop);
    }
    Object.assign(window, { stops, places });
  });
  return page.evaluate(() => {
    // What a stop is, for the per-category counts.
    const kindOf = (el: Element): string => {
      const within = (selector: string) => el.closest(selector) !== null;
      if (within('.section-heading')) return el.matches('.share-link') ? 'section share link' : 'section copy link';
      if (el.matches('.passage-link')) return 'passage control';
      if (within('.notes-appendix')) return 'notes appendix';
      if (within('.lead-timeline')) return 'timeline';
      if (within('.options-table')) return 'options table';
      if (within('.quote-card')) return 'quotes';
      if (within('.data-moats')) return 'figure';
      if (within('.sidenote, .note-card')) return 'link in a note';
      if (el.matches('a.note-ref')) return 'note number';
      if (el.matches('.note-ref-card')) return 'source marker';
      if (el.matches('button.note-phrase')) return 'glossary term';
      if (el.matches('a.claim-link')) return 'claim link';
      if (within('[data-essay-body]')) return "author's link";
      return 'page chrome';
    };
    const { stops: all, places } = window as unknown as {
      stops: Element[];
      places: Map<Element, Element>;
    };
    const stops = all.filter((stop) => !places.has(stop));
    const kinds: Record<string, number> = {};
    for (const stop of stops) kinds[kindOf(stop)] = (kinds[kindOf(stop)] ?? 0) + 1;
    const place = (el: Element) => places.get(el) ?? el;
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${el.className} "${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}"`;
    // A card's stops sit at its invoker's place, so the card's links and the stop after it may share or step back to it.
    const backwards = all
      .slice(1)
      .map((stop, index) => [all[index]!, stop] as const)
      .filter(([before, after]) => {
        const [a, b] = [place(before), place(after)];
        return a !== b && !(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) && !places.has(before);
      })
      .map(([before, after]) => `${name(before)} → ${name(after)}`);
    return {
      count: stops.length,
      inOpenCards: all.length - stops.length,
      kinds,
      backwards,
    };
  });
}

/** Scroll the page through once, so the widgets' modules that start when seen have started before the count. */
async function seeEverything(page: Page): Promise<void> {
  // In the page, one round trip: two frames at each step, as a reader's scroll would give the observers.
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await frame();
    }
  });
  await expect(page.locator('[data-lead-timeline]')).toHaveAttribute('data-ready', '');
  await expect(page.locator('.options-toolbar')).not.toHaveAttribute('data-pending');
}

for (const width of [1280, 390] as const) {
  test(`a full Tab cycle at ${width}px stays within ${BOUND[width]} stops, in reading order`, async ({ page }, testInfo) => {
    // Some 170 key presses: room on a busy machine.
    testInfo.setTimeout(180_000);
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./');
    await seeEverything(page);
    const cycle = await tabCycle(page);
    await testInfo.attach(`tab-cycle-${width}.json`, {
      body: JSON.stringify(cycle, null, 2),
      contentType: 'application/json',
    });
    console.log(`Tab cycle at ${width}px: ${cycle.count} stops (+${cycle.inOpenCards} in cards opened on the way)`, cycle.kinds);
    expect(cycle.backwards, 'stops that go against the reading order').toEqual([]);
    expect(cycle.count).toBeLessThanOrEqual(BOUND[width]);
    // Every copy and share affordance of the essay's text is reachable: the sections' links, and the passage control.
    expect(cycle.kinds['section copy link']).toBe(await page.locator('.section-heading .permalink').count());
    // A section's share link is reached from its copy link by an arrow key (its own test below), not by Tab.
    expect(cycle.kinds['section share link'] ?? 0).toBe(0);
    expect(cycle.kinds['passage control']).toBe(1);
    // Not stops: one permalink per paragraph, the source markers, the appendix's links but one.
    expect(cycle.kinds['source marker'] ?? 0).toBe(0);
    expect(cycle.kinds['notes appendix']).toBe(1);
  });
}

test('the heading list names each section by its words only', async ({ shared: { page } }) => {
  const snapshot = await page.locator('[data-essay-body]').ariaSnapshot();
  const headings = snapshot.split('\n').filter((line) => /- heading .*\[level=2\]/.test(line));
  expect(headings.length).toBeGreaterThanOrEqual(6);
  for (const line of headings) expect(line).not.toMatch(/Copy|share link/);
  expect(headings.join('\n')).toContain('heading "Options Considered" [level=2]');
  // The links sit beside the heading, still named by it.
  const section = page.locator('.section-heading', {
    has: page.locator('#options-considered'),
  });
  await expect(
    section.getByRole('link', {
      name: 'Copy link to this section: Options Considered',
    }),
  ).toHaveAttribute('href', '#options-considered');
});

test.describe('copying from the keyboard', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test('Alt+L copies the link of the paragraph that holds focus, announced once', async ({ page, baseURL }) => {
    await page.goto('./');
    // Focus a link inside a paragraph, as Tab would leave it.
    await page.locator('#p-joined-halodi a[href="https://halodi.com"]').focus();
    // Focus was the first gesture: what answers Alt+L from then on has loaded once the passage control is there.
    await expect(page.locator('.passage-tool')).toBeAttached();
    // The confirmation shows for a moment only: record every one the page shows, however slow the machine.
    await page.evaluate(() => {
      const shown: string[] = ((window as unknown as { confirmations: string[] }).confirmations = []);
      new MutationObserver((records) => {
        for (const record of records) {
          const value = (record.target as HTMLElement).dataset.confirm;
          if (value) shown.push(`${(record.target as HTMLElement).closest('[id]')?.id}: ${value}`);
        }
      }).observe(document.body, { attributes: true, attributeFilter: ['data-confirm'], subtree: true });
    });
    await page.keyboard.press('Alt+L');
    const expected = new URL('#p-joined-halodi', baseURL).toString();
    await expect.poll(() => clipboard(page)).toBe(expected);
    await expect(page.locator('[data-announcer]')).toHaveText('Link copied');
    // The confirmation beside the paragraph is shown, not read: the link's name stays its own.
    const link = page.locator('#p-joined-halodi > a.permalink');
    await expect.poll(() => page.evaluate(() => (window as unknown as { confirmations: string[] }).confirmations)).toEqual(['p-joined-halodi: Link copied']);
    await expect(link).toHaveAccessibleName('Copy link to this paragraph');
    expect(page.url()).toBe(expected);
  });

  test('Alt+L with nothing focused copies the paragraph at the reading line', async ({ page }) => {
    await page.goto('./');
    await page.locator('#p-moravec').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 4));
    await page.keyboard.press('Alt+L');
    await expect.poll(() => clipboard(page)).toMatch(/#p-moravec$/);
  });

  test('the passage control is a stop that says its shortcut and copies from Enter', async ({ page }) => {
    await page.goto('./');
    // Offered on the reader's first gesture (client/first-gesture.ts).
    await page.mouse.move(5, 5);
    const control = page.getByRole('button', {
      name: /^Copy link to this paragraph/,
    });
    await expect(control).toContainText('Alt+L');
    await expect(control).toHaveAttribute('aria-keyshortcuts', 'Alt+L');
    await page.locator('#p-rags-to-riches').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight / 4));
    await control.evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
    await expect(control).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toMatch(/#p-rags-to-riches$/);
  });

  test('a section link and its share link copy from Enter', async ({ page, baseURL }) => {
    await page.goto('./');
    await page.getByRole('link', { name: 'Copy link to this section: Honest Concerns' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(new URL('#honest-concerns', baseURL).toString());
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAccessibleName('Copy share link for this section: Honest Concerns');
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(new URL('s/honest-concerns/', baseURL).toString());
    await expect(page.locator('[data-announcer]')).toHaveText('Share link copied');
  });

  test("a source note opens from focus on the author's link, which names it", async ({ page }) => {
    await page.goto('./');
    const link = page.locator('#p-joined-halodi a[href="https://halodi.com"]');
    await expect(link).toHaveAttribute('aria-details', 'note-source-halodi-site');
    await link.focus();
    await expect(page.locator('#note-source-halodi-site')).toBeVisible();
  });

  test('the notes appendix is one stop; the arrow keys move between its links', async ({ page }) => {
    await page.goto('./#notes');
    const links = page.locator('#notes a.notes-phrase');
    await links.first().focus();
    // The arrow keys work once the intro says so (client/roving.ts shows the hint).
    await expect(page.locator('#notes-intro [data-roving-hint]')).toBeVisible();
    await expect(page.locator('#notes-intro')).toContainText('the arrow keys move from note to note');
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(links.last()).toBeFocused();
    await expect(links.last()).toHaveAttribute('tabindex', '0');
    await expect(links.first()).toHaveAttribute('tabindex', '-1');
  });
});

test('source links in notes say what they are a source for', async ({ shared: { page } }) => {
  const names = await page.locator('.note-sources a').evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''));
  // Each name ends with the site it shows, after what it is for ("AGI: en.wikipedia.org").
  const wikipedia = names.filter((name) => name.endsWith('en.wikipedia.org'));
  expect(wikipedia.length).toBeGreaterThan(1);
  expect(new Set(wikipedia).size).toBe(wikipedia.length);
  for (const name of names) expect(name).toMatch(/^.+: \S+$/);
});
