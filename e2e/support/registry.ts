import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface Registry {
  sections: string[];
  paragraphs: Record<string, string>;
  anchors: string[];
  aliases: Record<string, string>;
}

/** The committed permalink registry. */
export function readRegistry(): Registry {
  const registry = parse(readFileSync(new URL('../../src/data/permalinks.yaml', import.meta.url), 'utf8')) as Registry;
  return { ...registry, anchors: registry.anchors ?? [], aliases: registry.aliases ?? {} };
}

/** Every id a reader may have linked to, aliases included. */
export function allRegisteredIds(registry = readRegistry()): string[] {
  return [...registry.sections, ...Object.keys(registry.paragraphs), ...registry.anchors, ...Object.keys(registry.aliases)];
}
