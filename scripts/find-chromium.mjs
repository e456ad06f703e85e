// Finds the Chromium the browser tests drive, with nothing to download:
// CHROMIUM_PATH; Playwright's own browser if installed; the system's
// `chromium`; else the one packed inside the `@sparticuz/chromium`
// devDependency (unpacked to the temp folder on first use, about 1.2 s).
// `node scripts/find-chromium.mjs` prints version, path and source;
// `--path` prints the path alone (the Playwright config reads it).
import { execFileSync } from 'node:child_process';
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

/** The first `chromium` on PATH, or in /usr/bin. */
function systemChromium(dirs) {
  for (const name of ['chromium', 'chromium-browser']) {
    for (const dir of dirs) if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** The Chromium inside the npm package, unpacked. */
async function packagedChromium() {
  const { default: packaged } = await import('@sparticuz/chromium');
  return { path: await packaged.executablePath(), source: 'npm package @sparticuz/chromium' };
}

export async function findChromium({ systemDirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/bin'] } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable; fix the variable or unset it.`);
  }
  const bundled = chromium.executablePath();
  if (executable(bundled)) return { path: bundled, source: "Playwright's own" };
  const system = systemChromium(systemDirs);
  if (system) return { path: system, source: 'system' };
  try {
    return await packagedChromium();
  } catch (error) {
    throw new Error(`no Chromium found, and the one in @sparticuz/chromium did not unpack (${error.message}): run \`npm ci\`, or set CHROMIUM_PATH`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const found = await findChromium();
    if (process.argv.includes('--path')) {
      process.stdout.write(found.path);
    } else {
      const version = execFileSync(found.path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      console.log(`find-chromium: ${version} at ${found.path} (${found.source})`);
    }
  } catch (error) {
    console.error(`find-chromium: ${error.message}`);
    process.exit(1);
  }
}
