// Pure checks of the permalink registry against the built essay page. Written
// with erasable types only, so scripts/check-dist.mjs imports it under plain Node.

/** The parts of src/data/permalinks.yaml these checks read. */
export interface RegistryIds {
  sections: readonly string[];
  paragraphs: Readonly<Record<string, string>>;
  anchors?: readonly string[];
  aliases?: Readonly<Record<string, string>>;
}

/** What the built essay page offers: how often each id occurs, and which ids carry a permalink button. */
export interface PageIds {
  idCounts: ReadonlyMap<string, number>;
  permalinkTargets: readonly string[];
}


/** Every live registered id with the registry field it is listed under. */
export function registeredIds(registry: RegistryIds): Map<string, string> {
  const ids = new Map<string, string>();
  for (const id of registry.sections) ids.set(id, 'sections');
  for (const id of Object.keys(registry.paragraphs)) ids.set(id, 'paragraphs');
  for (const id of registry.anchors ?? []) ids.set(id, 'anchors');
  return ids;
}

/**
 * Problems with the registry, each naming the file, the id and the field:
 * a registered id the page lost or repeats, an alias that is live or points
 * nowhere, a permalink the page offers but nobody registered, and, given the
 * registry as it was before (`previous`), an id removed without an alias.
 * `FILE` is the registry's path, for the messages.
 */
export function registryProblems(registry: RegistryIds, page: PageIds, previous?: RegistryIds, FILE = 'src/data/permalinks.yaml'): string[] {
  const problems: string[] = [];
  const registered = registeredIds(registry);
  const aliases = registry.aliases ?? {};
  for (const [id, field] of registered) {
    const count = page.idCounts.get(id) ?? 0;
    if (count === 0) problems.push(`${FILE}: ${field} → "${id}" no longer resolves on the essay page (restore it, or rename it through aliases)`);
    if (count > 1) problems.push(`${FILE}: ${field} → "${id}" occurs ${count} times on the essay page`);
  }
  for (const [old, target] of Object.entries(aliases)) {
    if (!registered.has(target)) problems.push(`${FILE}: aliases → "${old}" points to "${target}", which is not registered`);
    if (page.idCounts.has(old)) problems.push(`${FILE}: aliases → "${old}" is still a live id on the essay page`);
  }
  for (const target of new Set(page.permalinkTargets)) {
    if (!registered.has(target)) problems.push(`${FILE}: "${target}" offers a permalink on the essay page but is not registered (add it to anchors)`);
  }
  if (previous) {
    for (const [id, field] of registeredIds(previous)) {
      if (!registered.has(id) && !(id in aliases)) {
        problems.push(`${FILE}: ${field} → "${id}" was removed without an alias (ids are forever: add "${id}: <new-id>" under aliases)`);
      }
    }
    for (const id of Object.keys(previous.aliases ?? {})) {
      if (!(id in aliases)) problems.push(`${FILE}: aliases → "${id}" was removed (a retired id keeps its alias)`);
    }
  }
  return problems;
}
