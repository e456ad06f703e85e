import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

/**
 * The Chromium `npm test` found (scripts/find-chromium.mjs sets CHROMIUM_PATH);
 * run alone, the config asks that script once and its workers inherit the answer.
 */
process.env.CHROMIUM_PATH ||= execFileSync(process.execPath, ['scripts/find-chromium.mjs', '--path'], { encoding: 'utf8' });

/** A free port, picked once: workers inherit it through the environment. */
function freePort(): string {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
}
process.env.E2E_PORT ??= freePort();
process.env.E2E_FIXTURE_PORT ??= freePort();
const port = process.env.E2E_PORT;
const fixturePort = process.env.E2E_FIXTURE_PORT;
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };
/** The fixture essay's own spec runs against its own build (npm test builds dist-fixture first). */
const FIXTURE_SPEC = '**/fixture-essay.spec.ts';
const basePath = process.env.BASE_PATH ?? '/';

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // One results folder per served build, so runs against different builds never clear each other's.
  outputDir: `test-results/${process.env.OUT_DIR ?? 'dist'}`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One worker per core: the static server is light, and each worker drives one browser.
  workers: Number(process.env.E2E_WORKERS) || availableParallelism(),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    // npm test turns traces off (E2E_TRACE=off, scripts/test.mjs): recording them costs every test.
    trace: (process.env.E2E_TRACE as 'off' | 'retain-on-failure' | undefined) ?? 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: FIXTURE_SPEC, use: desktop },
    { name: 'fixture essay', testMatch: FIXTURE_SPEC, use: { ...desktop, baseURL: `http://127.0.0.1:${fixturePort}/` } },
  ],
  // Serve the already-built sites (npm test builds first) as a plain static host would.
  webServer: [
    { command: `node scripts/serve-dist.mjs --dir ${process.env.OUT_DIR ?? 'dist'} --base ${basePath} --port ${port}`, url: `http://127.0.0.1:${port}${basePath}`, reuseExistingServer: false, timeout: 60_000 },
    { command: `node scripts/serve-dist.mjs --dir dist-fixture --base / --port ${fixturePort}`, url: `http://127.0.0.1:${fixturePort}/`, reuseExistingServer: false, timeout: 60_000 },
  ],
});
