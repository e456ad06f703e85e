import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : Promise.resolve(entry.name.endsWith('.html') ? [join(dir, entry.name)] : []))));
  return nested.flat();
}

/**
 * Astro writes its island runtime's one-line <style> just before the first
 * island, which puts it in the body, where <style> is not valid HTML. Move it
 * into <head>; its CSP hash does not depend on where it stands.
 */
export function hoistIslandStyle(): AstroIntegration {
  return {
    name: 'site:hoist-island-style',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const style = html.match(ISLAND_STYLE)?.[0];
          if (!style) continue;
          await writeFile(file, html.replace(ISLAND_STYLE, '').replace('</head>', `${style}</head>`));
        }
      },
    },
  };
}
