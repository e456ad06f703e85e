// Saves a page at 390 px and 1280 px wide, light and dark, for looking at what we build.
// Usage: node scripts/screenshots.mjs <url> <output prefix> [#fragment]
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [, , url, out, hash = ''] = process.argv;
if (!url || !out) {
  console.error('usage: node scripts/screenshots.mjs <url> <output prefix> [#fragment]');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath });
for (const width of [390, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    await page.goto(url + hash);
    await page.waitForTimeout(500);
    const path = `${out}-${width}-${colorScheme}.png`;
    await page.screenshot({ path, fullPage: process.env.FULL === '1' });
    console.log(path);
    await page.close();
  }
}
await browser.close();
