// Hand measurements behind the README's first-paint findings (issue #23), on
// pages served locally (`node scripts/serve-dist.mjs --dir DIR --port PORT`),
// each URL loaded in turn, RUNS rounds:
//
//   node scripts/paint-probe.mjs applied RUNS URL...
//     FCP and LCP with the network and CPU slowed as Lighthouse's applied
//     (`devtools`) throttling slows them: the browser streams and parses the
//     document as it arrives. Medians, and the figures by run.
//   node scripts/paint-probe.mjs tasks RUNS URL...
//     At full speed, the main-thread tasks Lighthouse's simulated throttling
//     charges to a first paint (its FirstContentfulPaint graph: the first task
//     that parses HTML, the first with a layout, the first with a paint; it
//     multiplies them by the CPU slowdown, 4), in milliseconds. Medians, and
//     the figures by run.
//   node scripts/paint-probe.mjs lantern RUNS URL...
//     Lighthouse as `npm run bench` runs it (simulated), and what its
//     simulation charged to the first contentful paint, run by run: each
//     request and main-thread task it waited for, simulated start and end
//     (scripts/lantern-first-paint-audit.mjs).
//
// Lighthouse's mobile screen; Chromium as the tests find it.
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { screenEmulationMetrics, throttling } from 'lighthouse/core/config/constants.js';
import { median, runLighthouse } from './bench-lighthouse.mjs';
import { findChromium } from './find-chromium.mjs';

// Lighthouse's own mobile screen and throttling figures, as its applied (`devtools`) method sets them.
const { width, height, deviceScaleFactor } = screenEmulationMetrics.mobile;
const SCREEN = { viewport: { width, height }, deviceScaleFactor, isMobile: true };
const SLOWING = throttling.mobileSlow4G;
const kbps = (value) => (value * 1024) / 8;
const NETWORK = { offline: false, latency: SLOWING.requestLatencyMs, downloadThroughput: kbps(SLOWING.downloadThroughputKbps), uploadThroughput: kbps(SLOWING.uploadThroughputKbps) };

/** One slowed load: its FCP and LCP. */
async function appliedLoad(browser, url) {
  const context = await browser.newContext(SCREEN);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWING.cpuSlowdownMultiplier });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.__lcp = entry.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0 && window.__lcp > 0);
  const [FCP, LCP] = await page.evaluate(() => [performance.getEntriesByName('first-contentful-paint')[0].startTime, window.__lcp]);
  await context.close();
  return { FCP, LCP };
}

/** One full-speed load, traced: the durations of the tasks Lighthouse's simulation charges to the first paint. */
async function taskLoad(browser, url) {
  const page = await browser.newPage(SCREEN);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'loading', 'disabled-by-default-devtools.timeline'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  await page.close();
  const parse = traceEvents.find((event) => event.name === 'ParseHTML' && String(event.args?.beginData?.url).startsWith(url));
  const events = traceEvents.filter((event) => event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X');
  const tasks = events.filter((event) => event.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const holds = (task, name) => events.some((event) => event.name === name && event.ts >= task.ts && event.ts + event.dur <= task.ts + task.dur);
  const [parseTask, layoutTask, paintTask] = ['ParseHTML', 'Layout', 'Paint'].map((name) => tasks.find((task) => holds(task, name)));
  const ms = (task) => (task ? task.dur / 1000 : 0);
  // One task can be more than one of them; Lighthouse counts it once.
  const charged = [...new Set([parseTask, layoutTask, paintTask].filter(Boolean))].reduce((sum, task) => sum + ms(task), 0);
  return { parse: ms(parseTask), layout: layoutTask === parseTask ? 0 : ms(layoutTask), paint: [parseTask, layoutTask].includes(paintTask) ? 0 : ms(paintTask), charged };
}

/** One simulated Lighthouse run of `url`, as the bench's are, with our audit: the graph behind its FCP, printed. */
async function lanternRun(url, chromePath) {
  const audit = fileURLToPath(new URL('lantern-first-paint-audit.mjs', import.meta.url));
  const config = { audits: [{ path: audit }], settings: { onlyAudits: ['lantern-first-paint', 'metrics'] } };
  const { lhr } = await runLighthouse(url, chromePath, { flags: { onlyCategories: ['performance'] }, config });
  const { details } = lhr.audits['lantern-first-paint'];
  const observed = lhr.audits.metrics.details.items[0].observedFirstContentfulPaint;
  const ms = (value) => value.toFixed(0).padStart(5);
  console.log(`${url}  simulated FCP ${details.timing.toFixed(0)} ms (optimistic ${details.optimistic.toFixed(0)}, pessimistic ${details.pessimistic.toFixed(0)}); observed at full speed ${observed.toFixed(0)} ms`);
  for (const node of details.nodes) console.log(`  ${ms(node.start)} ${ms(node.end)}  ${node.what}`);
}

/** The modes that load pages in one browser and print medians. */
const LOADS = { applied: appliedLoad, tasks: taskLoad };

const [mode, runs, ...urls] = process.argv.slice(2);
if (!(mode in LOADS || mode === 'lantern') || !(Number(runs) > 0) || urls.length === 0) {
  console.error('usage: node scripts/paint-probe.mjs applied|tasks|lantern RUNS URL...');
  process.exit(2);
}
const chromePath = (await findChromium()).path;
if (mode === 'lantern') {
  for (let round = 0; round < Number(runs); round++) for (const url of urls) await lanternRun(url, chromePath);
} else {
  const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox'] });
  const results = Object.fromEntries(urls.map((url) => [url, []]));
  try {
    for (let round = 0; round < Number(runs); round++) for (const url of urls) results[url].push(await LOADS[mode](browser, url));
  } finally {
    await browser.close();
  }
  for (const [url, loads] of Object.entries(results)) {
    const figures = Object.keys(loads[0]).map((key) => `${key} ${median(loads.map((one) => one[key])).toFixed(0)}`);
    const byRun = loads.map((one) => Object.values(one).map((value) => value.toFixed(0)).join('/')).join(', ');
    console.log(`${url}  ${figures.join('  ')}  (by run: ${byRun})`);
  }
}
