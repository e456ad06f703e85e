import { test, expect } from './fixtures';

test.describe('locked down', () => {
  test('pages carry a hash-based CSP and the host headers', async ({ page }) => {
    const response = await page.goto('./');
    const headers = response!.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    // No opener policy, on purpose (src/integrations/static-headers.ts): it costs a first paint and guards nothing
    // here, as long as the page opens no other window.
    expect(headers['cross-origin-opener-policy']).toBeUndefined();
    await expect(page.locator('a[target], form[target], area[target]')).toHaveCount(0);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).toMatch(/'sha256-/);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(policy).toContain("default-src 'self'");
    // Strict for styles too: no 'unsafe-inline' anywhere, hence no style attributes in the page.
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toMatch(/style-src 'self'/);
    // The one stylesheet is inline (first paint waits on no second request), allowed by its hash and nothing broader.
    await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
    const styleHashes = await page.locator('style').evaluateAll(async (styles) =>
      Promise.all(
        styles.map(async (style) => {
          const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style.textContent ?? ''));
          return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
        }),
      ),
    );
    expect(styleHashes).toHaveLength(1);
    const styleSrc = policy!.split(';').find((d) => d.trim().startsWith('style-src'))!;
    expect(styleSrc.trim().split(/\s+/).sort()).toEqual(['style-src', "'self'", ...styleHashes].sort());
    // Margin notes are placed through CSSOM (el.style.top), which the policy allows; no markup carries a style.
    await expect(page.locator('[style]:not(.sidenote)')).toHaveCount(0);
    expect(await (await page.request.get(page.url())).text()).not.toMatch(/<[^>]+\sstyle=/);
  });

  test("the page's own behaviour is one external module; only the pre-paint theme init is inline", async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('script[type="module"][src]')).toHaveCount(1);
    await expect(page.locator('script[type="module"]:not([src])')).toHaveCount(0);
    // The one inline classic script is ours: it sets the theme and reading mode before first paint.
    const inline = await page.locator('script:not([src]):not([type])').evaluateAll((scripts) => scripts.map((s) => s.textContent ?? ''));
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain('edition-theme');
  });

  test('hashed assets are cached for a year', async ({ page, request }) => {
    await page.goto('./');
    const asset = await page.locator('script[type="module"][src]').first().getAttribute('src');
    const response = await request.get(new URL(asset!, page.url()).toString());
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('using every widget causes zero CSP violations', async ({ page, context }) => {
    // Every widget in turn: slow on a busy machine.
    test.setTimeout(90_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
      );
    });
    await page.goto('./');
    // Scroll through the page so every island hydrates and every script runs.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 700) await page.mouse.wheel(0, 700);

    // Theme and reading mode.
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.getByRole('radio', { name: 'Hindsight only' }).check();
    await page.getByRole('radio', { name: 'All notes' }).check();
    // A glossary card from its term, and a margin note's number.
    await page.locator('button.note-phrase[data-note="glossary-agi"]').click();
    await page.keyboard.press('Escape');
    await page.locator('#ref-hindsight-vp-of-ai').click();
    // The options table: filter, sort, a row's hindsight.
    await expect(page.locator('.options-toolbar')).not.toHaveAttribute('data-pending');
    await page.getByRole('button', { name: 'Startup', exact: true }).click();
    await page.getByRole('button', { name: 'Longest claimed lead' }).click();
    await page.getByRole('button', { name: 'All', exact: true }).click();
    await page.locator('.options-table details summary').first().click();
    // The timeline: open a claim's panel.
    await page.locator('#lead-time-timeline').scrollIntoViewIfNeeded();
    await expect(page.locator('.lt-chart[data-ready]')).toHaveCount(1);
    await page.locator('.lt-claim').first().click();
    // The figure: light a road from the keyboard; open its list of roads.
    await page.locator('#figure-data-moats .dm-company').first().focus();
    await page.locator('#figure-data-moats details summary').click();
    // A cite panel (highlighted code) and its copy button; a permalink.
    const cite = page.locator('details.cite-panel').first();
    await cite.locator('summary').click();
    await cite.getByRole('button', { name: 'Copy BibTeX' }).click();
    await page.locator('a[data-permalink]').first().focus();
    await page.locator('a[data-permalink]').first().click();
    // The panel's colours (fetched, styles adopted) and the Cite dialog of a place (the same).
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('tok-keyword'))).toBe(true);
    await page.keyboard.press('Alt+C');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    // A link to a selected passage.
    await page.evaluate(() => {
      const paragraph = document.querySelector('[data-essay-body] p[id]')!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    await page.mouse.up();
    // Every disclosure open, every panel rendered.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
});
