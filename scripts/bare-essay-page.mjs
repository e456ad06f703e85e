// Writes the bare essay page (src/loaders/bare-essay.ts: the essay's title, words
// and links, no notes, widgets, style or script) into a folder of its own, for
// `npm run bench` to measure beside the essay page. Never into dist/: it is not
// part of the published site.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runnerImport } from 'vite';

/** The folder the bare page is written to (git-ignored, as every dist-*). */
export const BARE_DIR = 'dist-bare';

/** Write `dir`/index.html from the essay the site shows (CONTENT_ROOT's, else src's). */
export async function writeBareEssay(dir = BARE_DIR) {
  // A TypeScript module, loaded through Vite's module runner as scripts/check-dist.mjs loads the essay model.
  const { bareEssayPage } = (await runnerImport(new URL('../src/loaders/bare-essay.ts', import.meta.url).pathname)).module;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), await bareEssayPage());
  return dir;
}
