import { test, expect } from './fixtures';
import { notes as NOTES } from './support/data';

// Every note's mark, kind, control and appendix link are checked once on the
// built HTML by scripts/check-dist.mjs; here each behaviour is proved once.
// The margin's layout is proved in margin-notes.spec.ts, the cards in previews.spec.ts.

test.describe('notes', () => {
  // Every note's id is checked on the built HTML (scripts/check-dist.mjs); here one note of each kind lands.
  const oneOfEachKind = ['context', 'glossary', 'hindsight', 'source'].map((kind) => NOTES.find((note) => note.kind === kind && !note.paragraph.startsWith('option-'))!);
  for (const width of [390, 1280]) {
    test(`a note permalink of each kind opens the note and marks its phrase at ${width}px`, async ({ browser, baseURL }) => {
      const page = await browser.newPage({ viewport: { width, height: 900 }, baseURL });
      for (const note of oneOfEachKind) {
        await page.goto(`./#note-${note.id}`);
        await expect(page.locator(`#note-${note.id}`), note.id).toBeVisible();
        await expect(page.locator(`#note-${note.id}`)).toBeInViewport();
        await expect(page.locator(`[data-essay-body] .note-phrase[data-note="${note.id}"]`)).toHaveClass(/is-target/);
      }
      await page.close();
    });
  }

  test('copying the author’s words gives his words, without our note numbers', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    // Select the whole paragraph, as a reader dragging over it would, and copy with the keyboard.
    await page.locator('#p-joined-halodi').evaluate((paragraph) => {
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.press('ControlOrMeta+C');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('as their VP of AI, and will be hiring for the Bay Area office.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('(1 year), and then solve manipulation (5 years)');
    // Nowhere on the page does a number follow the words it annotates, in the page's text either.
    const glued = await page.locator('a.note-ref[data-number]').evaluateAll((refs) => {
      const text = document.querySelector<HTMLElement>('[data-essay-body]')!.innerText.replace(/\s+/g, ' ');
      return refs.map((ref) => {
        const phrase = document.querySelector(`.note-phrase[data-note="${ref.id.slice('ref-'.length)}"]`)!.textContent!.replace(/\s+/g, ' ');
        return `${phrase}${(ref as HTMLElement).dataset.number}`;
      }).filter((both) => text.includes(both));
    });
    expect(glued).toEqual([]);
    expect(await page.locator('a.note-ref[data-number]').count()).toBeGreaterThan(10);
  });

  test('a marker (the ↗ of a source, the timeline icon of a claim) never wraps away from the last word of its phrase', async ({ page }) => {
    test.slow(); // some 17,000 line layouts
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./');
    /** For each marker: the paragraph widths (px) at which it starts a line of its own. */
    // Every marker, those held with the author's punctuation after them in a .term-stop among them.
    const strays = (widths: number[]) =>
      page.locator('[data-essay-body] :is(.note-ref-card, .claim-link)').evaluateAll((markers, widths) => {
        const stray: Record<string, number[]> = {};
        for (const marker of markers) {
          let block = marker.parentElement!;
          while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement!;
          // Laid out on a copy beside the block, taken out of the flow, so each width lays out the copy alone.
          const path: number[] = [];
          for (let node: Element = marker; node !== block; node = node.parentElement!) path.unshift([...node.parentElement!.children].indexOf(node));
          const copy = block.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
          copy.removeAttribute('id');
          copy.style.position = 'absolute';
          copy.style.insetBlockStart = '0';
          copy.style.visibility = 'hidden';
          block.after(copy);
          const copied = path.reduce<Element>((node, index) => node.children[index]!, copy);
          // Its phrase, found by data (the copy has no ids): a source note's, or a claim's.
          const phrase = marker.matches('.claim-link')
            ? copy.querySelector(`.claim-phrase[data-claim="${marker.getAttribute('href')!.slice('#claim-'.length)}"]`)!
            : copy.querySelector(`.note-phrase[data-note="${marker.id.slice('ref-'.length)}"]`)!;
          for (const width of widths) {
            copy.style.width = `${width}px`;
            const lines = phrase.getClientRects();
            const last = lines[lines.length - 1]!;
            const box = copied.getBoundingClientRect();
            const middle = (box.top + box.bottom) / 2;
            if (middle < last.top - 2 || middle > last.bottom + 2 || box.left < last.left - 1) (stray[marker.id || marker.getAttribute('href')!] ??= []).push(width);
          }
          copy.remove();
        }
        return { markers: markers.length, stray };
      }, widths);
    // The ↗ after "open to suggestions on what I should do next" started a line of its own in a paragraph 734 to 748 px wide (Chromium, 1280 px viewport).
    const wasAlone = await strays([734, 740, 748]);
    expect(wasAlone.stray['ref-source-leaving-google-brain']).toBeUndefined();
    expect(wasAlone.stray).toEqual({});
    // And at paragraph widths from 280 to 800 px, every other pixel, for every marker.
    const everyWidth = await strays(Array.from({ length: 261 }, (_, i) => 280 + 2 * i));
    expect(everyWidth.markers).toBeGreaterThan(30);
    expect(everyWidth.stray).toEqual({});
    // The room kept for a marker is padding, not text: the phrase is the author's words alone.
    await expect(page.locator('#p-job-market a.note-phrase[data-kind="source"]')).toHaveText('open to suggestions on what I should do next');
  });

  test("the author's punctuation after a glossary term never starts a line of its own", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./');
    // The period after "LFG" started a line alone at most widths from 1104 px up (Chromium): a button is one box to the line breaker.
    const found = await page.locator('button.note-phrase').evaluateAll((buttons) => {
      const stray: Record<string, number[]> = {};
      let checked = 0;
      for (const button of buttons) {
        const stop = button.nextSibling;
        if (!(stop instanceof Text) || !/^[.,;:!?)\]]/.test(stop.data)) continue;
        checked++;
        let block = button.parentElement!;
        while (getComputedStyle(block).display.startsWith('inline')) block = block.parentElement!;
        // Laid out on a hidden copy beside the block, at paragraph widths from 280 to 800 px.
        const path: number[] = [];
        for (let node: Element = button; node !== block; node = node.parentElement!) path.unshift([...node.parentElement!.children].indexOf(node));
        const copy = block.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
        copy.removeAttribute('id');
        Object.assign(copy.style, { position: 'absolute', insetBlockStart: '0', visibility: 'hidden' });
        block.after(copy);
        const copied = path.reduce<Element>((node, index) => node.children[index]!, copy);
        const range = document.createRange();
        range.setStart(copied.nextSibling!, 0);
        range.setEnd(copied.nextSibling!, 1);
        for (let width = 280; width <= 800; width += 2) {
          copy.style.width = `${width}px`;
          const term = [...copied.getClientRects()].at(-1)!;
          const mark = range.getBoundingClientRect();
          if (Math.abs((mark.top + mark.bottom) / 2 - (term.top + term.bottom) / 2) > term.height / 2) (stray[button.textContent!] ??= []).push(width);
        }
        copy.remove();
      }
      return { checked, stray };
    });
    expect(found.checked).toBeGreaterThanOrEqual(7);
    expect(found.stray).toEqual({});
    // The author's words read as before: the term and its period, nothing between.
    await expect(page.locator('#p-infinite-courage')).toContainText('infinite courage. LFG.');
  });

  test('on a phone a note opens in place from its number, by touch or keyboard, and says so', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    const note = page.locator('#note-hindsight-vp-of-ai');
    await expect(note).toBeHidden();
    const number = page.getByRole('link', { name: 'Note 2, since then', exact: true });
    await expect(number).toHaveAttribute('aria-expanded', 'false');
    await number.click();
    await expect(note).toBeVisible();
    await expect(number).toHaveAttribute('aria-expanded', 'true');
    // The kind is a drawn label (data-label), shown and read with the note.
    await expect(note).toHaveAttribute('data-label', 'Since then');
    expect(await note.ariaSnapshot()).toContain('2. Since then · Eric Jang joined Halodi Robotics as VP of AI');
    await number.click();
    await expect(note).toBeHidden();
    await number.focus();
    await page.keyboard.press('Enter');
    await expect(note).toBeVisible();
    await expect(number).toHaveAttribute('aria-details', 'note-hindsight-vp-of-ai');
    // Escape closes it again, from its number or from a link inside it, and focus returns to the number.
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
    await expect(number).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await note.getByRole('link').first().focus();
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
    await expect(number).toBeFocused();
  });

  test('reading modes: all, hindsight only, as published; the choice persists', async ({ page, essay }) => {
    await page.goto('./');
    const hindsight = page.locator('.sidenote[data-kind="hindsight"]').first();
    const glossary = page.locator('button.note-phrase[data-kind="glossary"]').first();
    const context = page.locator('.note-ref[data-kind="context"]').first();
    await expect(context).toBeVisible();
    await page.getByRole('radio', { name: 'Hindsight only' }).check();
    await expect(context).toBeHidden();
    await expect(glossary).toHaveCSS('text-decoration-line', 'none');
    await expect(hindsight).toBeVisible();
    await expect(page.locator('[data-announcer]')).toHaveText('Showing hindsight notes only.');
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Hindsight only' })).toBeChecked();
    await expect(context).toBeHidden();
    await page.getByRole('radio', { name: 'As published (no notes)' }).check();
    await expect(page.locator('.sidenote:visible')).toHaveCount(0);
    await expect(page.locator('.note-ref:visible')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('.sidenote:visible')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'published');
    await page.getByRole('radio', { name: 'All notes' }).check();
    await expect(page.locator('.sidenote[data-placed]')).not.toHaveCount(0);
    await expect(page.locator('.note-ref:visible')).toHaveCount(await page.locator('.note-ref').count());
    void essay;
  });

  test('print turns the notes into numbered endnotes and follows the reading mode', async ({ page }) => {
    await page.goto('./');
    // Playwright's print emulation does not fire beforeprint; a real print does.
    const print = () => page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await print();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator(':is(.sidenote, .note-card):visible')).toHaveCount(0);
    await expect(page.locator('.endnotes li:visible')).toHaveCount(NOTES.length);
    await expect(page.locator('.endnotes li').first()).toContainText(`“${NOTES.find((n) => n.paragraph === 'p-job-market')!.phrase}”`);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('radio', { name: 'Hindsight only' }).check();
    await print();
    await page.emulateMedia({ media: 'print' });
    const hindsightCount = NOTES.filter((note) => note.kind === 'hindsight').length;
    await expect(page.locator('.endnotes li:visible')).toHaveCount(hindsightCount);
    await expect(page.locator('.note-ref:visible')).toHaveCount(hindsightCount);
  });

  test('a sources line says what its date dates and what kind each source is, as facts.yaml gives them', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('#note-context-williston-law .note-sources')).toHaveText("When: Williston's law, 1914. Source: en.wikipedia.org (reference work)");
    await expect(page.locator('#note-hindsight-google-deepmind .note-sources')).toHaveText('When: April 20, 2023. Source: theregister.com (press report)');
  });

  test('the appendix lists every note by kind, linking back to the text', async ({ page, essay }) => {
    await page.goto('./#notes');
    const appendix = page.locator('#notes');
    await expect(appendix.getByRole('heading', { level: 3 })).toHaveText([/Context/, /Glossary/, /What happened since/, /What the links point to/]);
    await expect(appendix.locator('.notes-index li')).toHaveCount(NOTES.length);
    await appendix.getByRole('link', { name: '“Google and DeepMind”' }).click();
    await expect(page).toHaveURL(/#note-hindsight-google-deepmind$/);
    await expect(page.locator('.note-phrase[data-note="hindsight-google-deepmind"]')).toHaveClass(/is-target/);
    void essay;
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    for (const width of [390, 1280]) {
      test(`at ${width}px a margin note opens in place from its number, a card from its term`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto('./');
        const note = page.locator('#note-context-neuralink');
        await expect(note).toBeHidden();
        await page.locator('#ref-context-neuralink').click();
        await expect(note).toBeVisible();
        await expect(note).toBeInViewport();
        await page.locator('button.note-phrase[data-note="glossary-agi"]').click();
        await expect(page.locator('#note-glossary-agi')).toBeVisible();
      });
    }
  });
});
