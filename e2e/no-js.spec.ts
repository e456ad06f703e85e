import { test, expect } from './fixtures';
import { liveIds, registry } from './support/data';

test.use({ javaScriptEnabled: false });

test('without JavaScript every registered place, note and widget is on the page', async ({ page }) => {
  await page.goto('./');
  const missing = await page.evaluate((all) => all.filter((id) => !document.getElementById(id)), liveIds);
  expect(missing).toEqual([]);
  // Widgets render their content at build time, not only after hydration.
  await expect(page.locator('.options-table tbody tr')).toHaveCount(9);
  await expect(page.locator(':is(.sidenote, .note-card)')).toHaveCount(await page.locator('.note-phrase').count());
  for (const id of registry.anchors.filter((anchor) => anchor.startsWith('quote-') || anchor.startsWith('claim-'))) {
    await expect(page.locator(`[id="${id}"]`), id).not.toBeEmpty();
  }
  await expect(page.locator('figure.quote-card blockquote')).toHaveCount(registry.anchors.filter((id) => id.startsWith('quote-')).length);
  await expect(page.locator('#figure-data-moats svg')).toBeVisible();
});

test('without JavaScript a timeline claim opens to its whole reading', async ({ page }) => {
  await page.goto('./');
  const claim = page.locator('[id="claim-openai-llm-lead"]');
  await claim.locator('summary').click();
  await expect(claim.locator('details')).toHaveAttribute('open', '');
  await expect(claim.locator('.lt-quote')).toHaveText('“Technological lead on LLMs (~1 yr)”');
  await expect(claim.locator('.lt-facts')).toContainText('the author’s number');
  await expect(claim.locator('.lt-facts')).toContainText(/Ends: about April 2023\. Status: horizon passed/);
  await expect(claim.getByRole('link', { name: /^Source: / }).first()).toBeVisible();
  await expect(claim.getByRole('link', { name: 'Read in context: OpenAI: LLMs' })).toHaveAttribute('href', '#phrase-claim-openai-llm-lead');
});
