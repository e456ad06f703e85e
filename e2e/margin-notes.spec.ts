import { test, expect, type Page } from './fixtures';

// The margin, read from one shared page per width: the checks only read it.
// Worst distances are attached to the test results ("worst distance").

const MAX_DISTANCE = 300;
const MAX_BLANK = 96;

interface Box {
  id: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The page once every margin note is either placed or folded. */
async function settled(page: Page) {
  await page.goto('./');
  await expect(page.locator('.sidenote:not([data-placed]):not([data-folded])')).toHaveCount(0);
  await expect(page.locator('.sidenote[data-placed]')).not.toHaveCount(0);
}

for (const width of [1280, 1536, 1920]) {
  test.describe(`margin notes at ${width}px`, () => {
    test.describe.configure({ mode: 'serial' });
    let page: Page;
    test.beforeAll(async ({ browser, baseURL }) => {
      page = await browser.newPage({ viewport: { width, height: 1000 }, baseURL });
      await settled(page);
    });
    test.afterAll(() => page.close());

    test('every margin note is beside its words: none folded', async () => {
      const notes = page.locator('.sidenote');
      const total = await notes.count();
      expect(total).toBeGreaterThan(0);
      const folded = await page.locator('.sidenote[data-folded]').evaluateAll((els) => els.map((el) => el.id));
      test.info().annotations.push({ type: 'folded', description: `${folded.length} of ${total} at ${width}px` });
      expect(folded).toEqual([]);
      await expect(page.locator('.sidenote[data-placed]')).toHaveCount(total);
    });

    test(`every placed note's top is within ${MAX_DISTANCE}px of its line`, async () => {
      const distances = await page.locator('.sidenote[data-placed]').evaluateAll((notes) =>
        notes.map((note) => {
          const ref = document.getElementById(`ref-${note.id.slice("note-".length)}`)!;
          return { id: note.id, distance: Math.round(Math.abs(note.getBoundingClientRect().top - ref.getBoundingClientRect().top)) };
        }),
      );
      const worst = distances.reduce((a, b) => (b.distance > a.distance ? b : a));
      test.info().annotations.push({ type: 'worst distance', description: `${worst.distance}px (#${worst.id}) of ${distances.length} placed notes at ${width}px` });
      expect(distances.filter((d) => d.distance > MAX_DISTANCE)).toEqual([]);
    });

    test('no two notes overlap, and no note covers the text, the header or a full-width block', async () => {
      const { notes, blocks } = await page.evaluate(() => {
        const toBox = (el: Element, id: string) => {
          const r = el.getBoundingClientRect();
          return { id, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
        };
        const body = document.querySelector('[data-essay-body]')!;
        const header = [...(body.closest('.essay')?.querySelectorAll(':scope > header > *') ?? [])];
        return {
          notes: [...body.querySelectorAll('.sidenote[data-placed]')].map((el) => toBox(el, el.id)),
          blocks: [...header, ...body.querySelectorAll(':scope > :not(.note-group), :scope > :is(ul, ol) > li')]
            .filter((el) => el.getClientRects().length > 0)
            .map((el) => toBox(el, `${el.tagName.toLowerCase()}#${el.id || el.className}`)),
        };
      });
      expect(blocks.length).toBeGreaterThan(10);
      const overlaps = (a: Box, b: Box) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;
      const clashes = notes.flatMap((note, i) => [
        ...notes.slice(i + 1).filter((other) => overlaps(note, other)).map((other) => `${note.id} overlaps ${other.id}`),
        ...blocks.filter((block) => overlaps(note, block)).map((block) => `${note.id} covers ${block.id}`),
      ]);
      expect(clashes).toEqual([]);
    });

    test('nothing in a placed note is cut off', async () => {
      const cut = await page.locator('.sidenote[data-placed]').evaluateAll((notes) =>
        notes.filter((note) => note.scrollHeight > note.clientHeight + 1 || note.scrollWidth > note.clientWidth + 1).map((note) => note.id),
      );
      expect(cut).toEqual([]);
    });

    test(`no blank run over ${MAX_BLANK}px between blocks of the essay column`, async () => {
      const gaps = await page.locator('[data-essay-body]').evaluate((body) => {
        const blocks = [...body.children].filter((el) => !el.classList.contains('note-group') && el.getClientRects().length > 0);
        return blocks.slice(1).map((el, i) => ({ before: el.id || el.className, gap: Math.round(el.getBoundingClientRect().top - blocks[i]!.getBoundingClientRect().bottom) }));
      });
      expect(gaps.length).toBeGreaterThan(10);
      expect(gaps.filter((g) => g.gap > MAX_BLANK)).toEqual([]);
    });

    test('placing the notes shifts nothing (CLS 0)', async () => {
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let sum = 0;
            const observer = new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) sum += entry.value;
            });
            observer.observe({ type: 'layout-shift', buffered: true });
            // Buffered entries arrive within a frame or two; take whatever is left after that.
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                for (const entry of observer.takeRecords() as (PerformanceEntry & { value: number })[]) sum += entry.value;
                observer.disconnect();
                resolve(sum);
              }),
            );
          }),
      );
      expect(shift).toBe(0);
    });
  });
}

test('a note with no room beside its words folds, and opens in place from its number', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await settled(page);
  // Make every note far taller than the room beside a paragraph, then let the margin lay them out again.
  await page.locator('.sidenote').evaluateAll((notes) => notes.forEach((note) => ((note as HTMLElement).style.paddingBlockEnd = '40rem')));
  await page.setViewportSize({ width: 1300, height: 900 });
  const folded = page.locator('.sidenote[data-folded]').first();
  await expect(folded).toBeAttached();
  const id = (await folded.getAttribute('id'))!.slice('note-'.length);
  const number = page.locator(`#ref-${id}`);
  await expect(number).toHaveAttribute('aria-expanded', 'false');
  await number.click();
  await expect(page.locator(`#note-${id}`)).toBeVisible();
  await expect(number).toHaveAttribute('aria-expanded', 'true');
  await number.click();
  await expect(page.locator(`#note-${id}`)).toBeHidden();
});

test('the sentence reads whole, then the numbered note controls', async ({ page }) => {
  await page.goto('./');
  const paragraph = page.locator('#p-joined-halodi');
  const snapshot = await paragraph.ariaSnapshot();
  // No note's words inside the paragraph: only its numbered link, its marker and the glossary term.
  await expect(paragraph.locator('.sidenote, .note-card')).toHaveCount(0);
  expect(snapshot).not.toMatch(/Eric Jang joined|Links to halodi/);
  // One node a line, without YAML's quoting: `link "Note 2, …"`, `text: …`, `/url: …`.
  const lines = snapshot
    .split('\n')
    .map((line) => line.trim().replace(/^- /, '').replace(/:$/, '').replace(/^'(.*)'$/, '$1').replace(/^text: "(.*)"$/, 'text: $1'));
  const controls = lines.filter((line) => /^(link|button) "(Note \d+|Source note)/.test(line));
  expect(controls).toEqual([
    'button "Source note: Halodi Robotics"',
    'link "Note 2, since then"',
    'link "Note 3, since then"',
    'link "Note 4, since then"',
    'link "Note 5, since then"',
  ]);
  // Without our controls (and the numbers they show), the snapshot's words are the author's sentence, unbroken.
  const words = lines
    .filter((line) => !controls.includes(line) && !/^(link|button) "(Copy link|On the timeline)/.test(line) && !/^\/url|^text: \d+$|^paragraph$/.test(line))
    .map((line) => line.replace(/^text: /, '').replace(/^(link|button) "(.*)"$/, '$2'))
    .join(' ');
  const sentence = await paragraph.evaluate((p) => {
    const copy = p.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-ours]').forEach((el) => el.remove());
    return copy.textContent!;
  });
  const squash = (text: string) => text.replace(/\s+/g, '');
  expect(squash(words)).toBe(squash(sentence));
  // And the note bodies follow the paragraph.
  await expect(page.locator('#p-joined-halodi + .note-group > #note-hindsight-vp-of-ai')).toHaveCount(1);
});

for (const [width, id] of [
  [1280, 'hindsight-google-deepmind'],
  [1280, 'context-neuralink'],
  [390, 'hindsight-vp-of-ai'],
] as const) {
  test(`a deep link to #note-${id} at ${width}px lands with the note beside or under its phrase`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`./#note-${id}`);
    const note = page.locator(`#note-${id}`);
    await expect(note).toBeVisible();
    await expect(note).toBeInViewport();
    await expect(page.locator(`.note-phrase[data-note="${id}"]`)).toBeInViewport();
    await expect(page.locator(`.note-phrase[data-note="${id}"]`)).toHaveClass(/is-target/);
  });
}
