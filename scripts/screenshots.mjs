// Saves the whole page at 390, 1280, 1536 and 1920 px wide, light and dark, for
// looking at what we build: each page is cut into screen-high slices so a tall
// page stays legible, after a scroll through it (islands hydrate when seen).
// Usage: node scripts/screenshots.mjs <url> <output prefix> [#fragment]
// WIDTHS=390,1536 and SLICE=2400 (px per slice) narrow or widen the run.
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const [, , url, out, hash = ''] = process.argv;
if (!url || !out) {
  console.error('usage: node scripts/screenshots.mjs <url> <output prefix> [#fragment]');
  process.exit(2);
}
const widths = (process.env.WIDTHS ?? '390,1280,1536,1920').split(',').map(Number);
const slice = Number(process.env.SLICE ?? 2400);
const { path: executablePath } = await findChromium();
const browser = await chromium.launch({ executablePath });
for (const width of widths) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, bypassCSP: true });
    await page.goto(url + hash);
    await page.evaluate(() => document.fonts.ready);
    // A whole-page capture paints only what is near the viewport: render the parts content-visibility skips.
    await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    // Scroll through once, a frame per screen, so lazy islands render before the shot.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      scrollTo(0, 0);
    });
    if (hash) await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), decodeURIComponent(hash.slice(1)));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, i = 0; y < height; y += slice, i++) {
      const path = `${out}-${width}-${colorScheme}-${String(i).padStart(2, '0')}.png`;
      await page.screenshot({ path, fullPage: true, clip: { x: 0, y, width, height: Math.min(slice, height - y) } });
      console.log(path);
    }
    await page.close();
  }
}
await browser.close();
