// Measures what the essay page costs a reader: every response's bytes, raw,
// gzip -9 and brotli 11, by type, for the first view and after a full scroll;
// and how many elements the page has, as served and once loaded.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';

export const TYPES = ['html', 'css', 'js', 'fonts', 'images', 'other'];

function typeOf(response) {
  const kind = response.request().resourceType();
  const contentType = response.headers()['content-type'] ?? '';
  if (kind === 'document' || contentType.includes('text/html')) return 'html';
  if (kind === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (kind === 'script' || contentType.includes('javascript')) return 'js';
  if (kind === 'font' || contentType.startsWith('font/')) return 'fonts';
  if (kind === 'image' || contentType.startsWith('image/')) return 'images';
  return 'other';
}

/** Bytes after brotli at quality 11, the figure the budgets count (and scripts/serve-dist.mjs sends). */
export const brotliSize = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export function compressedSizes(body) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliSize(body),
  };
}

function emptyTotals() {
  return Object.fromEntries([...TYPES, 'total'].map((type) => [type, { raw: 0, gzip: 0, brotli: 0, requests: 0 }]));
}

function add(totals, type, sizes) {
  for (const key of [type, 'total']) {
    totals[key].raw += sizes.raw;
    totals[key].gzip += sizes.gzip;
    totals[key].brotli += sizes.brotli;
    totals[key].requests += 1;
  }
}

/**
 * Load the page in a phone-sized viewport and measure it twice: once loaded
 * (first view), and again after scrolling to the end so every island hydrates.
 */
/** Resolve once the page has asked for nothing new for half a second (as Playwright's networkidle, after a scroll). */
function networkQuiet(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let timer = setTimeout(resolve, 500);
        new PerformanceObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(resolve, 500);
        }).observe({ type: 'resource' });
      }),
  );
}

export async function measurePage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const seen = [];
  const foreign = [];
  const pending = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !/^(data|blob):/.test(request.url())) foreign.push(request.url());
  });
  page.on('response', (response) => {
    if (!response.url().startsWith(origin)) return;
    pending.push(
      response
        .body()
        .then((body) => seen.push({ url: response.url(), type: typeOf(response), sizes: compressedSizes(body) }))
        .catch(() => {}),
    );
  });

  // The first view: everything the page asks for until the network has been quiet (Playwright's networkidle).
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  // Elements in the HTML as served (parsed, no script run), and in the DOM once
  // loaded, before any scroll or interaction (islands in view may have hydrated).
  const html = await response.text();
  const elements = await page.evaluate(
    (source) => ({
      served: new DOMParser().parseFromString(source, 'text/html').getElementsByTagName('*').length,
      afterLoad: document.getElementsByTagName('*').length,
    }),
    html,
  );
  const firstView = emptyTotals();
  for (const entry of seen) add(firstView, entry.type, entry.sizes);

  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 600) {
    // A scroll step, then two frames: the observers that load widgets near the screen run in them.
    await page.evaluate((top) => {
      window.scrollTo(0, top);
      return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, y);
  }
  await networkQuiet(page);
  await Promise.all(pending);
  const fullPage = emptyTotals();
  for (const entry of seen) add(fullPage, entry.type, entry.sizes);

  await context.close();
  return { firstView, fullPage, elements, requests: seen.map((entry) => entry.url), foreign };
}

/** Byte budgets exceeded, as readable lines (empty when all hold). CI checks these. */
export async function budgetProblems(weight, budgetsPath = new URL('../bench/budgets.json', import.meta.url)) {
  const budgets = JSON.parse(await readFile(budgetsPath, 'utf8'));
  const problems = [];
  for (const view of ['firstView', 'fullPage']) {
    for (const [type, limit] of Object.entries(budgets[view] ?? {})) {
      const actual = weight[view][type].brotli;
      if (actual > limit) problems.push(`${view} ${type}: ${actual} B brotli exceeds the budget of ${limit} B`);
    }
  }
  if (weight.foreign.length) problems.push(`requests to other hosts: ${weight.foreign.join(', ')}`);
  return problems;
}

/**
 * The other budgets, checked by `npm run bench` only (they need Lighthouse or a
 * quiet machine): elements in the page, and Lighthouse's TBT and performance
 * score (medians). Readable lines, empty when all hold.
 */
export function pageBudgetProblems(budgets, { elements, lighthouse }) {
  const problems = [];
  const limit = budgets.elements;
  if (limit !== undefined) {
    if (elements.served > limit) problems.push(`elements as served: ${elements.served} exceeds the budget of ${limit}`);
    if (elements.afterLoad > limit) problems.push(`elements after load: ${elements.afterLoad} exceeds the budget of ${limit}`);
  }
  const tbt = budgets.lighthouse?.totalBlockingTime;
  if (tbt !== undefined && lighthouse.TBT > tbt) problems.push(`Total Blocking Time: ${Math.round(lighthouse.TBT)} ms exceeds the budget of ${tbt} ms`);
  const score = budgets.lighthouse?.performance;
  if (score !== undefined && lighthouse.performance < score) problems.push(`Lighthouse performance: ${lighthouse.performance} is below the budget of ${score}`);
  return problems;
}

export async function readBudgets(budgetsPath = new URL('../bench/budgets.json', import.meta.url)) {
  return JSON.parse(await readFile(budgetsPath, 'utf8'));
}
