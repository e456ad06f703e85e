import { describe, expect, it } from 'vitest';
import { astroFrontmatter, importCycles, importsOf, layerViolations, type ImportEdge } from './import-graph';

describe('importsOf', () => {
  it('finds imports, re-exports, bare and dynamic imports, and tells type-only ones', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from './b';",
      "import { type C, type D } from './c';",
      "import { type E, f } from './e';",
      "import './styles.css';",
      "export { g } from './g';",
      "const h = await import('./h');",
      "import Widget from\n  './Widget.astro';",
    ].join('\n');
    expect(importsOf(source)).toEqual([
      { specifier: './a', typeOnly: false },
      { specifier: './b', typeOnly: true },
      { specifier: './c', typeOnly: true },
      { specifier: './e', typeOnly: false },
      { specifier: './g', typeOnly: false },
      { specifier: './Widget.astro', typeOnly: false },
      { specifier: './styles.css', typeOnly: false },
      { specifier: './h', typeOnly: false },
    ]);
  });

  it('reads an Astro component\'s frontmatter only', () => {
    expect(astroFrontmatter("---\nimport A from './A.astro';\n---\n<script>import './client';</script>")).toBe("import A from './A.astro';");
    expect(astroFrontmatter('<p>no frontmatter</p>')).toBe('');
  });
});

// A tiny graph with one arrow back up (lib → schemas), one circle (a ⇄ b) and a type-only import that is neither.
const edges: ImportEdge[] = [
  { from: 'schemas/note.ts', to: 'lib/text.ts', typeOnly: false },
  { from: 'lib/notes.ts', to: 'schemas/note.ts', typeOnly: false },
  { from: 'lib/options.ts', to: 'schemas/option.ts', typeOnly: true },
  { from: 'client/a.ts', to: 'client/b.ts', typeOnly: false },
  { from: 'client/b.ts', to: 'client/a.ts', typeOnly: false },
  { from: 'client/b.ts', to: 'client/c.ts', typeOnly: false },
  { from: 'client/c.ts', to: 'client/a.ts', typeOnly: true },
];
const ORDER = ['client', 'schemas', 'lib'];
const layerOf = (file: string) => file.split('/')[0]!;
const downward = (from: string, to: string) => ORDER.indexOf(to) >= ORDER.indexOf(from);

describe('layerViolations', () => {
  it('names an import from a lower layer to a higher one, and only that', () => {
    expect(layerViolations(edges, layerOf, downward)).toEqual(['lib/notes.ts (lib) imports schemas/note.ts (schemas)']);
  });

  it('ignores files in no layer', () => {
    expect(layerViolations(edges, (file) => (file.startsWith('lib/') ? null : layerOf(file)), downward)).toEqual([]);
  });
});

describe('importCycles', () => {
  it('finds a circle, not counting type-only imports', () => {
    expect(importCycles(edges)).toEqual([['client/a.ts', 'client/b.ts']]);
  });

  it('finds a longer circle and a module importing itself', () => {
    const ring: ImportEdge[] = [
      { from: 'x', to: 'y', typeOnly: false },
      { from: 'y', to: 'z', typeOnly: false },
      { from: 'z', to: 'x', typeOnly: false },
      { from: 's', to: 's', typeOnly: false },
    ];
    expect(importCycles(ring)).toEqual([['s'], ['x', 'y', 'z']]);
  });

  it('finds none in a tree', () => {
    expect(importCycles(edges.filter((edge) => edge.from !== 'client/b.ts' || edge.to !== 'client/a.ts'))).toEqual([]);
  });
});
