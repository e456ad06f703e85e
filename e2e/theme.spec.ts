import { test, expect } from './fixtures';

test.describe('theme', () => {
  test('follows the system until the reader chooses', async ({ browser, baseURL }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, baseURL });
      const page = await context.newPage();
      await page.goto('./');
      await expect(page.locator('html')).not.toHaveAttribute('data-theme');
      await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', String(colorScheme === 'dark'));
      await context.close();
    }
  });

  test('the toggle persists across reloads', async ({ essay, page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await essay.goto();
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    const lightBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const darkBackground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(darkBackground).not.toBe(lightBackground);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('never flashes the wrong theme: the saved theme is set before the body exists', async ({ page, essay }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => {
      localStorage.setItem('edition-theme', 'dark');
      // Record the theme and background the moment the parser creates <body>, before any paint.
      const observer = new MutationObserver(() => {
        if (!document.body) return;
        observer.disconnect();
        (window as unknown as { atBody: unknown }).atBody = document.documentElement.dataset.theme ?? null;
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await essay.goto();
    const atBody = await page.evaluate(() => (window as unknown as { atBody: unknown }).atBody);
    expect(atBody).toBe('dark');
  });

  test('settings saved under the first release’s keys carry over, once', async ({ page, essay }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await essay.goto();
    await page.evaluate(() => {
      localStorage.clear();
      localStorage.setItem('rome-theme', 'dark');
      localStorage.setItem('rome-reading-mode', 'published');
    });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'published');
    const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])));
    expect(stored).toEqual({ 'edition-theme': 'dark', 'edition-reading-mode': 'published' });
  });
});
