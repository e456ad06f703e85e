// Writes the bare essay page (src/loaders/bare-essay.ts: the essay's title, words
// and links, no notes, widgets, style or script) into a folder of its own, for
// `npm run bench` to measure beside the essay page. Never into dist/: it is not
// part of the published site. Each folder gets the site's `_headers` too, so
// the bench's server sends the bare pages what a host sends the essay page
// (a response header can cost a first paint as much as a stylesheet: see
// src/integrations/static-headers.ts).
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { padToCompressedSize } from '../src/lib/size-floor.ts';
import { brotliSize } from './page-weight.mjs';

/** The folder the bare page is written to (git-ignored, as every dist-*). */
export const BARE_DIR = 'dist-bare';
/** The folder of the bare page padded to the essay page's size (lib/size-floor). */
export const SIZED_BARE_DIR = 'dist-bare-sized';

/** The built site, whose `_headers` the bare pages are served with. */
const SITE_DIR = 'dist';

async function writePage(dir, html) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), html);
  await copyFile(join(SITE_DIR, '_headers'), join(dir, '_headers'));
  return dir;
}

/** Write `dir`/index.html from the essay the site shows (CONTENT_ROOT's, else src's). */
export async function writeBareEssay(dir = BARE_DIR) {
  // A TypeScript module, loaded through Vite's module runner as scripts/check-dist.mjs loads the essay model.
  const { bareEssayPage } = (await runnerImport(new URL('../src/loaders/bare-essay.ts', import.meta.url).pathname)).module;
  return writePage(dir, await bareEssayPage());
}

/** Write `dir`/index.html: the bare page written by writeBareEssay, padded to `bytes` after brotli. */
export async function writeSizedBareEssay(bytes, bareDir = BARE_DIR, dir = SIZED_BARE_DIR) {
  const bare = await readFile(join(bareDir, 'index.html'), 'utf8');
  return writePage(dir, padToCompressedSize(bare, bytes, brotliSize));
}
