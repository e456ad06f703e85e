// npm run bench: build the site, serve dist/ locally and print measured figures
// for the essay page: bytes by type (first view, full scroll), requests,
// elements in the page, Lighthouse (mobile, default throttling; median of 3,
// TBT beside the CPU benchmark index Lighthouse measured) and build time, with
// bytes, elements, TBT and the performance score checked against
// bench/budgets.json. Beside it, the bare essay (its words and links alone,
// scripts/bare-essay-page.mjs) is measured in the same Lighthouse run,
// interleaved, and the essay page's FCP and LCP are budgeted as ratios of the
// bare page's; and the bare essay padded to the essay page's transfer size, to
// show what the bytes alone cost. The three pages are measured again with the
// throttling applied rather than simulated (not budgeted), to show what the
// simulation's model costs. A benchmark, not a test: exits 1 when a budget is
// exceeded.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import { writeBareEssay, writeSizedBareEssay } from './bare-essay-page.mjs';
import { wordsAndAddresses } from '../src/lib/size-floor.ts';
import { REPORTS_DIR, interleavedRuns, median } from './bench-lighthouse.mjs';
import { firstPaintBudgets, firstPaintComparison, firstPaintLines } from './first-paint.mjs';
import { TYPES, brotliSize, budgetProblems, measurePage, pageBudgetProblems, readBudgets } from './page-weight.mjs';

/** What the first round trip of Lighthouse's simulated network carries: 10 TCP segments of 1,460 B (Lantern's TCPConnection). */
const FIRST_ROUND_TRIP = 10 * 1460;

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const { path: chromePath } = await findChromium();

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Serve `dir` as a static host would (scripts/serve-dist.mjs), once it answers.
 * The first answer asks for brotli, as Chromium does, so the server has
 * compressed the page before any measured load (a host serves it compressed
 * ahead of time; compressing on a measured request would count as server time).
 */
async function serve(dir) {
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url, { headers: { 'accept-encoding': 'br' } })).ok) break;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, stop: () => server.kill() };
}

/** Build the site, timed; the share images' part read from Astro's log. */
function build() {
  const started = performance.now();
  const result = spawnSync('astro', ['build'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', shell: false, env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  // Astro logs each generated route with its time: "/s/option-tesla.png (+61ms)".
  const imageTimes = [...result.stdout.matchAll(/\/s\/[^\s]+\.png \(\+(\d+)ms\)/g)].map((match) => Number(match[1]));
  return { seconds: (performance.now() - started) / 1000, imageSeconds: imageTimes.reduce((a, b) => a + b, 0) / 1000, images: imageTimes.length };
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);

function weightLines(weight, built) {
  const lines = ['| type | first view gzip KB | first view brotli KB | full scroll gzip KB | full scroll brotli KB | requests (first / full) |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const type of [...TYPES, 'total']) {
    const a = weight.firstView[type];
    const b = weight.fullPage[type];
    if (type !== 'total' && b.requests === 0) continue;
    lines.push(`| ${type} | ${kb(a.gzip)} | ${kb(a.brotli)} | ${kb(b.gzip)} | ${kb(b.brotli)} | ${a.requests} / ${b.requests} |`);
  }
  lines.push('', `Requests to other hosts: ${weight.foreign.length}`);
  lines.push(`Build time: ${built.seconds.toFixed(1)} s, of which share images: ${built.imageSeconds.toFixed(1)} s for ${built.images} images`);
  return lines;
}

/** How many of a page's runs were left out (not finished), and why: a line, or none when none were. */
function leftOutLines(what, name, discarded) {
  return discarded.length ? [`${what} of the ${name} page left out (not finished): ${discarded.length}, ${[...new Set(discarded)].join('; ')}`] : [];
}

function lighthouseLines({ runs, discarded }, weight) {
  const lines = leftOutLines('Lighthouse runs', 'essay', discarded);
  lines.push(`| Lighthouse (mobile, median of ${runs.length}) | value |`, '| --- | ---: |');
  for (const key of ['performance', 'accessibility', 'best-practices', 'seo']) lines.push(`| ${key} | ${median(runs.map((r) => r[key]))} |`);
  for (const key of ['FCP', 'LCP', 'TBT']) lines.push(`| ${key} | ${Math.round(median(runs.map((r) => r[key])))} ms |`);
  lines.push(`| CLS | ${median(runs.map((r) => r.CLS)).toFixed(3)} |`);
  lines.push(`| CPU benchmark index | ${Math.round(median(runs.map((r) => r.benchmarkIndex)))} |`);
  lines.push('');
  lines.push(`TBT by run (ms, with that run's CPU benchmark index): ${runs.map((r) => `${Math.round(r.TBT)} (${Math.round(r.benchmarkIndex)})`).join(', ')}`);
  lines.push(`Elements in the page: ${weight.elements.served} as served, ${weight.elements.afterLoad} after load (Lighthouse DOM size insight: ${median(runs.map((r) => r.domSize))})`);
  const failing = [...new Set(runs.flatMap((r) => r.failing))];
  if (failing.length) lines.push(`\nLighthouse audits not passed: ${failing.join('; ')}`);
  return lines;
}

function budgetLines(budgets, weight, medians) {
  const verdict = (ok) => (ok ? 'ok' : 'EXCEEDED');
  const lines = ['Budgets (bench/budgets.json; bytes are brotli):'];
  for (const view of ['firstView', 'fullPage'])
    for (const [type, limit] of Object.entries(budgets[view] ?? {}))
      lines.push(`  ${view} ${type}: ${weight[view][type].brotli} B of ${limit} B ${verdict(weight[view][type].brotli <= limit)}`);
  if (budgets.elements !== undefined) {
    lines.push(`  elements as served: ${weight.elements.served} of ${budgets.elements} ${verdict(weight.elements.served <= budgets.elements)}`);
    lines.push(`  elements after load: ${weight.elements.afterLoad} of ${budgets.elements} ${verdict(weight.elements.afterLoad <= budgets.elements)}`);
  }
  const tbtBudget = budgets.lighthouse?.totalBlockingTime;
  if (tbtBudget !== undefined) lines.push(`  TBT (median): ${Math.round(medians.TBT)} ms of ${tbtBudget} ms ${verdict(medians.TBT <= tbtBudget)}`);
  const scoreBudget = budgets.lighthouse?.performance;
  if (scoreBudget !== undefined) lines.push(`  Lighthouse performance (median): ${medians.performance}, at least ${scoreBudget} ${verdict(medians.performance >= scoreBudget)}`);
  return lines;
}

// 1. Build the site, and the bare essay beside it (not into dist/).
const built = build();
const bareDir = await writeBareEssay();

// 2. Serve both as a static host would.
const site = await serve('dist');
const bare = await serve(bareDir);
let sized;

try {
  // 3. Bytes over the wire.
  const browser = await chromium.launch({ executablePath: chromePath });
  const weight = await measurePage(browser, site.url);
  await browser.close();

  // 4. The bare essay again, padded to as many bytes over the wire as the essay page's document.
  const sizedBytes = weight.firstView.html.brotli;
  sized = await serve(await writeSizedBareEssay(sizedBytes));

  // 5. Lighthouse, mobile with default throttling: essay, bare, sized bare, essay, …
  const pages = { essay: site.url, bare: bare.url, sized: sized.url };
  const results = await interleavedRuns(pages, RUNS, chromePath);
  // 5b. The same three pages with the slowing applied, not simulated: a browser
  // that paints the document as it streams in. Reported beside the budgeted
  // figures, to tell what the simulation's model of a whole document costs.
  const applied = await interleavedRuns(pages, RUNS, chromePath, 'applied');
  for (const [name, { runs, discarded }] of [...Object.entries(results), ...Object.entries(applied)])
    if (runs.length === 0) throw new Error(`no Lighthouse run of the ${name} page finished (${discarded.join('; ')})`);

  // 6. Report.
  const budgets = await readBudgets();
  const { runs } = results.essay;
  const medians = { TBT: median(runs.map((r) => r.TBT)), performance: median(runs.map((r) => r.performance)) };
  const paints = firstPaintComparison(runs, results.bare.runs, results.sized.runs);
  const paintBudgets = firstPaintBudgets(budgets, paints);
  // What no document with the page's words can be smaller than, beside the bare page's document.
  const wordsBytes = brotliSize(wordsAndAddresses(readFileSync('dist/index.html', 'utf8')));
  const bareBytes = brotliSize(readFileSync(`${bareDir}/index.html`));
  const lines = [
    `Essay page, measured ${new Date().toISOString().slice(0, 10)} (Chromium at ${chromePath ?? 'Playwright default'}, phone viewport 390×844)`,
    '',
    ...weightLines(weight, built),
    '',
    ...lighthouseLines(results.essay, weight),
    '',
    ...['bare', 'sized'].flatMap((name) => leftOutLines('Lighthouse runs', name, results[name].discarded)),
    ...firstPaintLines('First paint', paints, runs, results.bare.runs, results.sized.runs, sizedBytes),
    `The essay page's words and links to other sites alone: ${wordsBytes} B brotli; the bare essay's document: ${bareBytes} B; the first round trip of the simulated network carries ${FIRST_ROUND_TRIP} B`,
    '',
    ...Object.entries(applied).flatMap(([name, { discarded }]) => leftOutLines('Applied-throttling runs', name, discarded)),
    ...firstPaintLines('First paint, throttling applied, not budgeted', firstPaintComparison(applied.essay.runs, applied.bare.runs, applied.sized.runs), applied.essay.runs, applied.bare.runs, applied.sized.runs, sizedBytes),
    `Each run's Lighthouse report: ${REPORTS_DIR}/lighthouse-<essay|bare|sized>-<run>.json, and lighthouse-applied-<page>-<run>.json`,
    '',
    ...budgetLines(budgets, weight, medians),
    ...paintBudgets.lines,
  ];
  const problems = [...(await budgetProblems(weight)), ...pageBudgetProblems(budgets, { elements: weight.elements, lighthouse: medians }), ...paintBudgets.problems];
  lines.push(problems.length ? `\nOVER BUDGET:\n  ${problems.join('\n  ')}` : '\nAll budgets hold.');
  console.log(lines.join('\n'));
  process.exitCode = problems.length ? 1 : 0;
} finally {
  site.stop();
  bare.stop();
  sized?.stop();
}
