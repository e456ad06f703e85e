// Lighthouse for `npm run bench`: mobile, default throttling (simulated, or
// applied for a comparison; see THROTTLING), a fresh Chromium
// per run, and several pages measured in turn (a, b, a, b, …) so that a machine
// getting busier or quieter during the run weighs on each page alike.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The figures of one finished run, or the reason it did not finish. */
function figures(lhr) {
  const { categories, audits } = lhr;
  // A run Lighthouse could not finish (a trace error on a loaded machine) is
  // reported and left out of the medians rather than counted as NaN or 0.
  const problem = lhr.runtimeError?.message ?? (Number.isFinite(audits['total-blocking-time']?.numericValue) ? undefined : 'no TBT measured');
  if (problem) return { problem };
  const failing = Object.values(categories)
    .filter((category) => category.id !== 'performance')
    .flatMap((category) => category.auditRefs.map((ref) => audits[ref.id]))
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
    .map((audit) => `${audit.id}: ${audit.title}`);
  return {
    run: {
      failing,
      ...Object.fromEntries(CATEGORIES.map((id) => [id, categories[id].score * 100])),
      FCP: audits['first-contentful-paint'].numericValue,
      LCP: audits['largest-contentful-paint'].numericValue,
      TBT: audits['total-blocking-time'].numericValue,
      CLS: audits['cumulative-layout-shift'].numericValue,
      // Lighthouse's own CPU score for this machine at the time of the run;
      // TBT means little without it (a phone-class CPU is ~ 750-1000).
      benchmarkIndex: lhr.environment.benchmarkIndex,
      domSize: audits['dom-size-insight']?.numericValue ?? audits['dom-size']?.numericValue,
      // Which element Lighthouse took as the largest paint, to read its LCP by.
      lcpElement: audits['lcp-breakdown-insight']?.details?.items?.find((item) => item.type === 'node')?.selector,
    },
  };
}

/** Where each run's full Lighthouse report is kept (git-ignored), to see what a figure is made of. */
export const REPORTS_DIR = 'bench-results';

/**
 * How Lighthouse slows the page. `simulated` (its default) loads it at full
 * speed and computes the timings on a model of a slow network and CPU, which
 * takes a document as a whole; `applied` really slows the network and CPU by
 * the same figures (Lighthouse's `devtools` method), so the browser parses
 * and paints the document as it streams in.
 */
export const THROTTLING = { simulated: 'simulate', applied: 'devtools' };

/**
 * Lighthouse on `url` in a fresh Chromium, as the bench runs it: mobile, its
 * default settings unless `config` says otherwise; its result.
 */
export async function runLighthouse(url, chromePath, { flags = {}, config = {} } = {}) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    return await lighthouse(url, { port: chrome.port, logLevel: 'error', ...flags }, { extends: 'lighthouse:default', ...config });
  } finally {
    await chrome.kill();
  }
}

/** One Lighthouse run of `url` in a fresh Chromium; its report saved as `reportFile`. */
async function lighthouseRun(url, chromePath, reportFile, throttlingMethod) {
  const result = await runLighthouse(url, chromePath, { flags: { output: 'json', onlyCategories: CATEGORIES }, config: { settings: { throttlingMethod } } });
  await writeFile(reportFile, result.report);
  return figures(result.lhr);
}

/**
 * `runs` rounds over `pages` ({ name: url }), each page once per round in the
 * order given, throttled as `throttling` (a key of THROTTLING) says. By page
 * name: the finished runs and the reasons of those left out. Each run's report
 * is saved in REPORTS_DIR as lighthouse-<name>-<round>.json, or
 * lighthouse-applied-<name>-<round>.json under applied throttling.
 */
export async function interleavedRuns(pages, runs, chromePath, throttling = 'simulated') {
  const prefix = throttling === 'simulated' ? 'lighthouse' : `lighthouse-${throttling}`;
  const results = Object.fromEntries(Object.keys(pages).map((name) => [name, { runs: [], discarded: [] }]));
  await mkdir(REPORTS_DIR, { recursive: true });
  for (let round = 0; round < runs; round++) {
    for (const [name, url] of Object.entries(pages)) {
      const { run, problem } = await lighthouseRun(url, chromePath, join(REPORTS_DIR, `${prefix}-${name}-${round + 1}.json`), THROTTLING[throttling]);
      if (run) results[name].runs.push(run);
      else results[name].discarded.push(problem);
    }
  }
  return results;
}
