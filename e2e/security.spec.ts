import { test, expect } from './fixtures';

test.describe('locked down', () => {
  test('pages carry a hash-based CSP and the host headers', async ({ page }) => {
    const response = await page.goto('./');
    const headers = response!.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).toMatch(/'sha256-/);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(policy).toContain("default-src 'self'");
  });

  test('hashed assets are cached for a year', async ({ page, request }) => {
    await page.goto('./');
    const asset = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    const response = await request.get(new URL(asset!, page.url()).toString());
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('the whole page runs with zero CSP violations', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
      );
    });
    await page.goto('./');
    // Scroll through the page so every island hydrates and every script runs.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 700) await page.mouse.wheel(0, 700);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
});
