import { test, expect } from './fixtures';
import { normalizeText } from '../src/lib/text';
import { firstDifference, textOfRecord } from './support/text-of-record';

const expected = textOfRecord();

test.describe('the essay, word for word', () => {
  test('matches the text of record with JavaScript on', async ({ shared: essay }) => {
    const actual = normalizeText(await essay.essayText());
    expect(firstDifference(expected, actual)).toBeNull();
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('matches the text of record', async ({ essay }) => {
      await essay.goto();
      const actual = normalizeText(await essay.essayText());
      expect(firstDifference(expected, actual)).toBeNull();
    });
  });

  test('keeps the emoji, the italics and the author\'s headings', async ({ shared: essay }) => {
    const page = essay.page;
    await expect(essay.body).toContainText('I may also recruit you to Halodi 😉.');
    await expect(essay.body.locator('em', { hasText: /^years$/ })).toBeVisible();
    await expect(essay.body.locator('em', { hasText: /^only$/ })).toBeVisible();
    const headings = await essay.body.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings.map((h) => h.trim())).toEqual([
      'Options Considered',
      'Technological Lead Time',
      'Why not start your own company?',
      'All Roads Lead to Rome',
      'Want Intros to ML Startups?',
      'Honest Concerns',
    ]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All Roads Lead to Rome: The Machine Learning Job Market in 2022');
  });
});
