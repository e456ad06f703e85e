// The import graph of the source, as pure functions: what a module imports,
// which imports point against the layers, and which modules import each other
// in a circle. src/layers.test.ts runs them over src.

/** One import in a module's text: the specifier, and whether it brings types only (erased when compiled). */
export interface ImportOf {
  specifier: string;
  typeOnly: boolean;
}

/** An import between two modules of the project, by project-relative path. */
export interface ImportEdge {
  from: string;
  to: string;
  typeOnly: boolean;
}

const STATIC = /^\s*(import|export)\s+(type\s+)?([^'";()=]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const BARE = /^\s*import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import and re-export of a TypeScript module (or an Astro component's frontmatter). */
export function importsOf(source: string): ImportOf[] {
  const found: ImportOf[] = [];
  for (const [, , typeKeyword, clause, specifier] of source.matchAll(STATIC)) {
    // `import { type A, type B }` brings types only, as `import type { A, B }` does.
    const names = clause!.match(/^\{([^}]*)\}$/)?.[1]?.split(',').map((name) => name.trim()).filter(Boolean);
    const allTypes = names !== undefined && names.length > 0 && names.every((name) => name.startsWith('type '));
    found.push({ specifier: specifier!, typeOnly: Boolean(typeKeyword) || allTypes });
  }
  for (const [, specifier] of source.matchAll(BARE)) found.push({ specifier: specifier!, typeOnly: false });
  for (const [, specifier] of source.matchAll(DYNAMIC)) found.push({ specifier: specifier!, typeOnly: false });
  return found;
}

/** An Astro component's frontmatter (its server-side script), or '' if it has none. */
export function astroFrontmatter(source: string): string {
  return source.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
}

/**
 * Imports that point the wrong way: `allowed(fromLayer, toLayer)` says which
 * may import which. Files in no layer, and type-only imports, are not judged.
 */
export function layerViolations(edges: readonly ImportEdge[], layerOf: (file: string) => string | null, allowed: (from: string, to: string) => boolean): string[] {
  return edges.flatMap((edge) => {
    const from = layerOf(edge.from);
    const to = layerOf(edge.to);
    if (edge.typeOnly || from === null || to === null || allowed(from, to)) return [];
    return [`${edge.from} (${from}) imports ${edge.to} (${to})`];
  });
}

/** Every circle of modules importing each other (type-only imports aside), each as its modules, in import order from the first by name. */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) if (!edge.typeOnly) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  // Tarjan's strongly connected components: a component of two or more modules, or one importing itself, is a circle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || next.get(node)?.includes(node)) circles.push(component.sort());
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return circles;
}
