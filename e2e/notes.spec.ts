import { test, expect, type Page } from './fixtures';
import { notes as NOTES } from './support/data';

// Every note's mark, kind, phone toggle and appendix link are checked once on the
// built HTML by scripts/check-dist.mjs; here each behaviour is proved once.

/** The notes shown in the margin on wide screens; those in the options table open in place there (the table spans the margin). */
const MARGIN_NOTES = NOTES.filter((note) => !note.paragraph.startsWith('option-'));
const TABLE_NOTE = NOTES.find((note) => note.paragraph.startsWith('option-'))!;

/** Boxes of every visible sidenote. */
const sidenoteBoxes = (page: Page) =>
  page.locator('.sidenote').evaluateAll((notes) =>
    notes
      .map((note) => note.getBoundingClientRect())
      .filter((box) => box.width > 0)
      .map((box) => ({ top: box.top + window.scrollY, bottom: box.bottom + window.scrollY, left: box.left, right: box.right })),
  );

test.describe('notes', () => {
  for (const width of [1280, 1920]) {
    test(`sidenotes sit in the margin at ${width}px, never overlapping each other or the text`, async ({ page }) => {
      await page.setViewportSize({ width, height: 1000 });
      await page.goto('./');
      const boxes = await sidenoteBoxes(page);
      expect(boxes).toHaveLength(MARGIN_NOTES.length);
      const textRight = await page.locator('#p-job-market').evaluate((p) => p.getBoundingClientRect().right);
      for (const [i, box] of boxes.entries()) {
        expect(box.left, `note ${i + 1} starts right of the text`).toBeGreaterThanOrEqual(textRight);
        expect(box.right).toBeLessThanOrEqual(width);
        const next = boxes[i + 1];
        if (next) expect(next.top, `note ${i + 2} starts below note ${i + 1}`).toBeGreaterThanOrEqual(box.bottom);
      }
    });
  }

  for (const [width, id] of [[390, 'glossary-agi'], [1280, 'hindsight-google-deepmind']] as const) {
    test(`a note permalink at ${width}px opens the note and marks its phrase`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./#note-${id}`);
      await expect(page.locator(`#note-${id}`)).toBeVisible();
      await expect(page.locator(`#note-${id}`)).toBeInViewport();
      await expect(page.locator(`[data-essay-body] [data-note="${id}"]`)).toHaveClass(/is-target/);
    });
  }

  test('on a phone a note opens in place from its marker, by touch or keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./');
    const note = page.locator('#note-glossary-agi');
    await expect(note).toBeHidden();
    const marker = page.locator('label[for="note-toggle-glossary-agi"]');
    await marker.click();
    await expect(note).toBeVisible();
    await expect(note).toContainText('Glossary');
    await marker.click();
    await expect(note).toBeHidden();
    await page.locator('#note-toggle-glossary-agi').focus();
    await page.keyboard.press('Space');
    await expect(note).toBeVisible();
    await expect(page.locator('#note-toggle-glossary-agi')).toHaveAccessibleName(/Glossary note/);
  });

  test('reading modes: all, hindsight only, as published; the choice persists', async ({ page, essay }) => {
    await page.goto('./');
    const hindsight = page.locator('.note[data-kind="hindsight"] > .sidenote').first();
    const glossary = page.locator('.note[data-kind="glossary"] > .sidenote').first();
    await expect(glossary).toBeVisible();
    await page.getByRole('radio', { name: 'Hindsight only' }).check();
    await expect(glossary).toBeHidden();
    await expect(hindsight).toBeVisible();
    await expect(page.locator('[data-announcer]')).toHaveText('Showing hindsight notes only.');
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Hindsight only' })).toBeChecked();
    await expect(glossary).toBeHidden();
    await page.getByRole('radio', { name: 'As published (no notes)' }).check();
    await expect(page.locator('.sidenote:visible')).toHaveCount(0);
    await expect(page.locator('.note-marker:visible')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('.sidenote:visible')).toHaveCount(0);
    await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'published');
    await page.getByRole('radio', { name: 'All notes' }).check();
    await expect(page.locator('.sidenote:visible')).toHaveCount(MARGIN_NOTES.length);
    void essay;
  });

  test('print turns the notes into numbered endnotes and follows the reading mode', async ({ page }) => {
    await page.goto('./');
    // Playwright's print emulation does not fire beforeprint; a real print does.
    const print = () => page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await print();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sidenote:visible')).toHaveCount(0);
    await expect(page.locator('.endnotes li:visible')).toHaveCount(NOTES.length);
    await expect(page.locator('.endnotes li').first()).toContainText(`“${NOTES.find((n) => n.paragraph === 'p-job-market')!.phrase}”`);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('radio', { name: 'Hindsight only' }).check();
    await print();
    await page.emulateMedia({ media: 'print' });
    const hindsightCount = NOTES.filter((note) => note.kind === 'hindsight').length;
    await expect(page.locator('.endnotes li:visible')).toHaveCount(hindsightCount);
    await expect(page.locator('.note-marker:visible')).toHaveCount(hindsightCount);
  });

  test('the appendix lists every note by kind, linking back to the text', async ({ page, essay }) => {
    await page.goto('./#notes');
    const appendix = page.locator('#notes');
    await expect(appendix.getByRole('heading', { level: 3 })).toHaveText([/Context/, /Glossary/, /What happened since/, /What the links point to/]);
    await expect(appendix.locator('.notes-group li')).toHaveCount(NOTES.length);
    await appendix.getByRole('link', { name: '“Google and DeepMind”' }).click();
    await expect(page).toHaveURL(/#note-hindsight-google-deepmind$/);
    await expect(page.locator('[data-essay-body] [data-note="hindsight-google-deepmind"]')).toHaveClass(/is-target/);
    void essay;
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('notes are readable in the margin and open in place on a phone', async ({ page }) => {
      await page.goto('./');
      await expect(page.locator('.sidenote:visible')).toHaveCount(MARGIN_NOTES.length);
      await page.locator(`label[for="note-toggle-${TABLE_NOTE.id}"]`).click();
      await expect(page.locator(`#note-${TABLE_NOTE.id}`)).toBeVisible();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('label[for="note-toggle-context-neuralink"]').click();
      await expect(page.locator('#note-context-neuralink')).toBeVisible();
    });
  });
});
