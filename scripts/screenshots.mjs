import { chromium } from '@playwright/test';
const [,, url, out, hash=''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const width of [390, 1280]) for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(url + hash);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}-${width}-${scheme}.png`, fullPage: process.env.FULL === '1' });
  await page.close();
}
await browser.close();
