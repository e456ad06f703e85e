// Finds the Chromium the browser tests drive, with nothing to download:
// CHROMIUM_PATH; Playwright's own browser if installed; else the headless
// shell packed inside the `@sparticuz/chromium` devDependency (unpacked to the
// temp folder on first use, about 1.2 s), the same on every machine and about
// twice as fast here as Debian's full Chromium (Playwright's part of npm test:
// 378 s against 737 s, 2026-12-04); the system's `chromium` only if that fails.
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
  try {
    return await packagedChromium();
  } catch (error) {
    const system = systemChromium(systemDirs);
    if (system) return { path: system, source: `system (the npm package's did not unpack: ${error.message})` };
    throw new Error(`no Chromium: the one in @sparticuz/chromium did not unpack (${error.message}) and the system has none: run \`npm ci\`, or set CHROMIUM_PATH`);
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
