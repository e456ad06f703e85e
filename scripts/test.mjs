// `npm test`: every check in order, one line per step with its time, stop at
// the first failure, and end with `tests: N passed, M failed` (what CI reads).
// Each step's output goes to test-results/logs/<step>.log and is shown when it fails.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const LOGS = 'test-results/logs';
rmSync(LOGS, { recursive: true, force: true });
mkdirSync(LOGS, { recursive: true });
const counts = { passed: 0, failed: 0 };
// The project's own binaries (and its pinned Node) first, as npm scripts have them.
const BIN_PATH = `${process.cwd()}/node_modules/.bin:${process.env.PATH}`;
const logFile = (step) => `${LOGS}/${step.replaceAll(' ', '-').replace(/[^a-z0-9-]/g, '')}.log`;

/** Run a command; resolve with its exit code and output (also written to the step's log). */
function run(name, command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, PATH: BIN_PATH, ...env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      output = output.replace(/\x1b\[[0-9;]*m/g, '');
      writeFileSync(logFile(name), output);
      resolve({ code: code ?? 1, output });
    });
  });
}

const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
};

/** Each step: a name, what it runs, and how to read its counts and summary from the output. */
const steps = [
  {
    name: 'browser',
    async run() {
      try {
        const found = await findChromium();
        process.env.CHROMIUM_PATH = found.path;
        return { code: 0, detail: `${found.path} (${found.source})` };
      } catch (error) {
        return { code: 1, detail: error.message, quiet: true };
      }
    },
  },
  { name: 'check', beside: true, cmd: ['astro', 'check'], detail: (out) => out.match(/\d+ errors?.*$/m)?.[0] },
  {
    name: 'unit',
    cmd: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${LOGS}/vitest.json`],
    count() {
      const report = readJson(`${LOGS}/vitest.json`);
      return report && { passed: report.numPassedTests, failed: report.numFailedTests };
    },
  },
  { name: 'build', cmd: ['astro', 'build'], detail: (out) => out.match(/\d+ page\(s\) built in [\d.]+m?s/)?.[0] },
  { name: 'dist checks', cmd: ['node', 'scripts/check-dist.mjs', 'dist', '/'], detail: (out) => out.match(/^check-dist: .*$/m)?.[0].slice(12) },
  {
    name: 'base-path build + checks',
    cmd: ['sh', '-c', 'astro build && node scripts/check-dist.mjs dist-base /edition/'],
    env: { BASE_PATH: '/edition/', OUT_DIR: 'dist-base' },
    detail: (out) => out.match(/^check-dist: .*$/m)?.[0].slice(12),
  },
  {
    // A second, fictional essay through the same code: the engine knows no particular essay.
    name: 'fixture essay build + checks',
    cmd: ['sh', '-c', 'astro build && node scripts/check-dist.mjs dist-fixture /'],
    env: { CONTENT_ROOT: 'e2e/fixtures/essay', OUT_DIR: 'dist-fixture', ASTRO_CACHE_DIR: './node_modules/.astro-fixture' },
    detail: (out) => out.match(/^check-dist: .*$/m)?.[0].slice(12),
  },
  {
    name: 'e2e chromium',
    join: true,
    cmd: ['playwright', 'test', '--reporter=list,json'],
    // No traces by default: recording one for every test, to keep the failures', slowed a run of two specs
    // from 47–78 s to 90–129 s (2026-12-04, loaded machine). E2E_TRACE=retain-on-failure npm test records them.
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${LOGS}/playwright.json`, E2E_TRACE: process.env.E2E_TRACE ?? 'off' },
    count() {
      const stats = readJson(`${LOGS}/playwright.json`)?.stats;
      return stats && { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
    },
  },
  {
    name: 'firefox smoke',
    cmd: ['node', 'e2e-firefox/smoke.mjs'],
    count(out) {
      const match = /^firefox smoke: (\d+) passed, (\d+) failed/m.exec(out);
      return match && { passed: Number(match[1]), failed: Number(match[2]) };
    },
    detail: (out) => out.match(/^firefox smoke: skipped.*$/m)?.[0].slice(15),
  },
];

/** Run one step, timing it. */
async function runStep(step) {
  const t0 = performance.now();
  const result = step.run ? await step.run() : await run(step.name, step.cmd[0], step.cmd.slice(1), step.env);
  return { step, result, seconds: ((performance.now() - t0) / 1000).toFixed(1) };
}

// `check` (type-checking, one core) runs beside the steps up to the dist checks,
// which it does not depend on; its line prints when it ends, and the run waits
// for it before the browser tests.
// The rest run one after another: every build writes the project's one
// `.astro/` folder (its content module map), so no two builds may overlap (a
// fixture build beside the base-path build broke it), and the one pair left
// free, the dist checks beside the base-path build, saved nothing on two cores
// (2026-12-04, one run each: 44 s to the browser tests against 40 in turn).
const started = performance.now();
let failedStep = null;
let beside = null; // resolves to true if the step beside failed
for (const step of steps) {
  if (step.beside) {
    beside = runStep(step).then(report);
    continue;
  }
  if (step.join && beside) {
    const failed = await beside;
    beside = null;
    if (failed) break;
  }
  if (report(await runStep(step))) break;
}
if (beside) await beside;

/** Print a step's line; true when it failed (and the run should stop). */
function report({ step, result, seconds }) {
  const count = step.count?.(result.output ?? '');
  if (count) {
    counts.passed += count.passed;
    counts.failed += count.failed;
  }
  const detail = result.detail ?? step.detail?.(result.output ?? '') ?? (count ? `${count.passed} passed, ${count.failed} failed${count.skipped ? `, ${count.skipped} skipped` : ''}` : '');
  if (result.code === 0) {
    console.log(`step ${step.name} ok in ${seconds} s${detail ? ` (${detail})` : ''}`);
    return false;
  }
  if (!result.quiet && result.output) console.log(result.output.trimEnd().split('\n').slice(-80).join('\n'));
  console.log(`step ${step.name} FAILED in ${seconds} s${detail ? ` (${detail})` : ''}${step.run ? '' : `; full log: ${logFile(step.name)}`}`);
  if (count === undefined || count === null || count.failed === 0) counts.failed += 1;
  failedStep ??= step.name;
  return true;
}
console.log(`all steps took ${((performance.now() - started) / 1000).toFixed(1)} s${failedStep ? `; stopped at ${failedStep}` : ''}`);
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(failedStep ? 1 : 0);
