// Finds the Chromium the browser tests drive, or installs Playwright's own.
// Order: CHROMIUM_PATH; Playwright's browser if installed; the system's
// chromium; else `playwright install chromium` (fails within seconds offline).
// Prints the path on stdout; on failure, one line naming the fix, exit 1.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first `chromium` on PATH, or /usr/bin/chromium. */
function systemChromium(dirs) {
  for (const name of ['chromium', 'chromium-browser']) {
    for (const dir of dirs) if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Can Playwright's download host be reached at all? (Answers within 5 s.) */
async function downloadHostReachable() {
  const host = process.env.PLAYWRIGHT_DOWNLOAD_HOST ?? 'https://cdn.playwright.dev';
  try {
    await fetch(host, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

export async function findChromium({ install = true, systemDirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin'] } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable; fix the variable or unset it.`);
  }
  const bundled = chromium.executablePath();
  if (executable(bundled)) return { path: bundled, source: "Playwright's own" };
  const system = systemChromium(systemDirs);
  if (system) return { path: system, source: 'system' };
  if (!install) return null;
  const fix = 'no Chromium found and it cannot be downloaded here: run `sudo apt-get install chromium` (or `npx playwright install chromium` with internet), or set CHROMIUM_PATH';
  if (!(await downloadHostReachable())) throw new Error(fix);
  process.stderr.write('find-chromium: no Chromium on this machine; running `npx playwright install chromium`\n');
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 10 * 60_000 });
  if (result.status === 0 && executable(chromium.executablePath())) return { path: chromium.executablePath(), source: "Playwright's own (just installed)" };
  throw new Error(fix);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const found = await findChromium();
    const version = execFileSync(found.path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    console.log(`find-chromium: ${version} at ${found.path} (${found.source})`);
  } catch (error) {
    console.error(`find-chromium: ${error.message}`);
    process.exit(1);
  }
}
