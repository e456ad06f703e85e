// npm run bench: build the site, serve dist/ locally and print measured figures
// for the essay page: bytes by type (first view, full scroll), requests,
// elements in the page, Lighthouse (mobile, default throttling; median of 3,
// TBT beside the CPU benchmark index Lighthouse measured) and build time, with
// bytes, elements, TBT and the performance score checked against
// bench/budgets.json. A benchmark, not a test: exits 1 when a budget is exceeded.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { TYPES, budgetProblems, measurePage, pageBudgetProblems, readBudgets } from './page-weight.mjs';

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

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// 1. Build time.
const started = performance.now();
const build = spawnSync('astro', ['build'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', shell: false, env: process.env });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;
// Astro logs each generated route with its time: "/s/option-tesla.png (+61ms)".
const imageTimes = [...build.stdout.matchAll(/\/s\/[^\s]+\.png \(\+(\d+)ms\)/g)].map((match) => Number(match[1]));

// 2. Serve dist/ as a static host would.
const port = await freePort();
const server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--port', String(port)], { stdio: 'ignore' });
const url = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 50; i++) {
  try {
    if ((await fetch(url)).ok) break;
  } catch {}
  await new Promise((resolve) => setTimeout(resolve, 100));
}

try {
  // 3. Bytes over the wire.
  const browser = await chromium.launch({ executablePath: chromePath });
  const weight = await measurePage(browser, url);
  await browser.close();

  // 4. Lighthouse, mobile with default throttling.
  const runs = [];
  const discarded = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const { categories, audits } = result.lhr;
      // A run Lighthouse could not finish (a trace error on a loaded machine) is
      // reported and left out of the medians rather than counted as NaN or 0.
      const problem = result.lhr.runtimeError?.message ?? (Number.isFinite(audits['total-blocking-time']?.numericValue) ? undefined : 'no TBT measured');
      if (problem) {
        discarded.push(problem);
        continue;
      }
      const failing = Object.values(categories)
        .filter((category) => category.id !== 'performance')
        .flatMap((category) => category.auditRefs.map((ref) => audits[ref.id]))
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => `${audit.id}: ${audit.title}`);
      runs.push({
        failing,
        performance: categories.performance.score * 100,
        accessibility: categories.accessibility.score * 100,
        'best-practices': categories['best-practices'].score * 100,
        seo: categories.seo.score * 100,
        FCP: audits['first-contentful-paint'].numericValue,
        LCP: audits['largest-contentful-paint'].numericValue,
        TBT: audits['total-blocking-time'].numericValue,
        CLS: audits['cumulative-layout-shift'].numericValue,
        // Lighthouse's own CPU score for this machine at the time of the run;
        // TBT means little without it (a phone-class CPU is ~ 750-1000).
        benchmarkIndex: result.lhr.environment.benchmarkIndex,
        domSize: audits['dom-size-insight']?.numericValue ?? audits['dom-size']?.numericValue,
      });
    } finally {
      await chrome.kill();
    }
  }

  // 5. Report.
  const budgets = await readBudgets();
  const lines = [];
  lines.push(`Essay page, measured ${new Date().toISOString().slice(0, 10)} (Chromium at ${chromePath ?? 'Playwright default'}, phone viewport 390×844)`);
  lines.push('');
  lines.push('| type | first view gzip KB | first view brotli KB | full scroll gzip KB | full scroll brotli KB | requests (first / full) |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const type of [...TYPES, 'total']) {
    const a = weight.firstView[type];
    const b = weight.fullPage[type];
    if (type !== 'total' && b.requests === 0) continue;
    lines.push(`| ${type} | ${kb(a.gzip)} | ${kb(a.brotli)} | ${kb(b.gzip)} | ${kb(b.brotli)} | ${a.requests} / ${b.requests} |`);
  }
  lines.push('');
  lines.push(`Requests to other hosts: ${weight.foreign.length}`);
  lines.push(`Build time: ${buildSeconds.toFixed(1)} s, of which share images: ${(imageTimes.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s for ${imageTimes.length} images`);
  lines.push('');
  if (discarded.length) lines.push(`Lighthouse runs left out (not finished): ${discarded.length}, ${[...new Set(discarded)].join('; ')}`);
  if (runs.length === 0) throw new Error('no Lighthouse run finished');
  lines.push(`| Lighthouse (mobile, median of ${runs.length}) | value |`);
  lines.push('| --- | ---: |');
  for (const key of ['performance', 'accessibility', 'best-practices', 'seo']) lines.push(`| ${key} | ${median(runs.map((r) => r[key]))} |`);
  for (const key of ['FCP', 'LCP', 'TBT']) lines.push(`| ${key} | ${Math.round(median(runs.map((r) => r[key])))} ms |`);
  lines.push(`| CLS | ${median(runs.map((r) => r.CLS)).toFixed(3)} |`);
  lines.push(`| CPU benchmark index | ${Math.round(median(runs.map((r) => r.benchmarkIndex)))} |`);
  lines.push('');
  lines.push(`TBT by run (ms, with that run's CPU benchmark index): ${runs.map((r) => `${Math.round(r.TBT)} (${Math.round(r.benchmarkIndex)})`).join(', ')}`);
  lines.push(`Elements in the page: ${weight.elements.served} as served, ${weight.elements.afterLoad} after load (Lighthouse DOM size insight: ${median(runs.map((r) => r.domSize))})`);
  const failing = [...new Set(runs.flatMap((r) => r.failing))];
  if (failing.length) lines.push(`\nLighthouse audits not passed: ${failing.join('; ')}`);
  lines.push('');
  const verdict = (ok) => (ok ? 'ok' : 'EXCEEDED');
  lines.push('Budgets (bench/budgets.json; bytes are brotli):');
  for (const view of ['firstView', 'fullPage'])
    for (const [type, limit] of Object.entries(budgets[view] ?? {}))
      lines.push(`  ${view} ${type}: ${weight[view][type].brotli} B of ${limit} B ${verdict(weight[view][type].brotli <= limit)}`);
  const medians = { TBT: median(runs.map((r) => r.TBT)), performance: median(runs.map((r) => r.performance)) };
  if (budgets.elements !== undefined) {
    lines.push(`  elements as served: ${weight.elements.served} of ${budgets.elements} ${verdict(weight.elements.served <= budgets.elements)}`);
    lines.push(`  elements after load: ${weight.elements.afterLoad} of ${budgets.elements} ${verdict(weight.elements.afterLoad <= budgets.elements)}`);
  }
  const tbtBudget = budgets.lighthouse?.totalBlockingTime;
  if (tbtBudget !== undefined) lines.push(`  TBT (median): ${Math.round(medians.TBT)} ms of ${tbtBudget} ms ${verdict(medians.TBT <= tbtBudget)}`);
  const scoreBudget = budgets.lighthouse?.performance;
  if (scoreBudget !== undefined) lines.push(`  Lighthouse performance (median): ${medians.performance}, at least ${scoreBudget} ${verdict(medians.performance >= scoreBudget)}`);
  const problems = [...(await budgetProblems(weight)), ...pageBudgetProblems(budgets, { elements: weight.elements, lighthouse: medians })];
  lines.push(problems.length ? `\nOVER BUDGET:\n  ${problems.join('\n  ')}` : '\nAll budgets hold.');
  console.log(lines.join('\n'));
  process.exitCode = problems.length ? 1 : 0;
} finally {
  server.kill();
}
