// Holds the README's rule on imports (as Starlight's no-internal-barrel-imports
// test holds its own): pages → widgets → components → page data → loaders →
// schemas → lib, a layer importing only itself and the layers after it; lib and
// schemas do no IO and read no environment; browser modules import only each
// other and lib; no two modules import each other in a circle.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroFrontmatter, importCycles, importsOf, layerViolations, type ImportEdge } from './lib/import-graph';

/** Layers from the top; a file may import its own layer and the ones after it. */
const LAYERS: [layer: string, folders: string[]][] = [
  ['pages', ['src/pages/', 'src/layouts/']],
  ['widgets', ['src/widgets/', 'src/mdx-components.ts']],
  ['components', ['src/components/']],
  // The browser modules widgets and components load: they import only each other and lib (below).
  ['client', ['src/client/']],
  ['page-data', ['src/page-data/', 'src/share/']],
  // Build steps (the Sätteri plugin, output passes), which astro.config.mjs loads.
  ['integrations', ['src/integrations/']],
  ['loaders', ['src/loaders/', 'src/content.config.ts']],
  ['schemas', ['src/schemas/']],
  ['lib', ['src/lib/']],
];
const ORDER = LAYERS.map(([layer]) => layer);
const layerOf = (file: string) => LAYERS.find(([, folders]) => folders.some((folder) => file.startsWith(folder)))?.[0] ?? null;
const allowed = (from: string, to: string) => (from === 'client' ? to === 'client' || to === 'lib' : ORDER.indexOf(to) >= ORDER.indexOf(from) && to !== 'integrations');

const SOURCE = /\.(ts|tsx|astro|mjs|js)$/;
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === 'src/content' || path === 'src/data' ? [] : filesUnder(path);
    return SOURCE.test(entry.name) && !isTest(path) ? [path] : [];
  });
}

/** The module a relative specifier names, as the bundler resolves it. */
function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = normalize(join(dirname(from), specifier));
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((path) => existsSync(path) && SOURCE.test(path)) ?? null;
}

const files = filesUnder('src');
const textOf = (file: string) => {
  const source = readFileSync(file, 'utf8');
  return file.endsWith('.astro') ? astroFrontmatter(source) : source;
};
const edges: ImportEdge[] = files.flatMap((from) =>
  importsOf(textOf(from)).flatMap(({ specifier, typeOnly }) => {
    const to = resolve(from, specifier);
    return to ? [{ from, to, typeOnly }] : [];
  }),
);

describe('the import graph of src', () => {
  it('is read: every layer has files, and imports were found', () => {
    for (const layer of ORDER) expect(files.some((file) => layerOf(file) === layer), layer).toBe(true);
    expect(edges.length).toBeGreaterThan(100);
  });

  it('points one way: no layer imports a layer above it', () => {
    expect(layerViolations(edges, layerOf, allowed)).toEqual([]);
  });

  it('has no import circles', () => {
    expect(importCycles(edges)).toEqual([]);
  });

  it('lib, schemas and browser modules do no IO and read no environment', () => {
    // Computing (node:crypto, node:path) is fine; reading, writing and talking to the world are not.
    const nodeModule = /^(node:)?(fs|fs\/promises|child_process|net|http|https|worker_threads)$/;
    const impure = files.filter((file) => {
      if (!['lib', 'schemas', 'client'].includes(layerOf(file) ?? '')) return false;
      const text = textOf(file);
      return /process\.env/.test(text) || importsOf(text).some(({ specifier, typeOnly }) => !typeOnly && nodeModule.test(specifier));
    });
    expect(impure).toEqual([]);
  });

  it('widgets and components take page data: they import no loaders and read no collections or environment', () => {
    const reaching = files.filter((file) => {
      const layer = layerOf(file);
      return (layer === 'widgets' || layer === 'components') && /astro:content|process\.env|\/loaders\//.test(textOf(file));
    });
    expect(reaching).toEqual([]);
  });
});
