import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseDataFile, projectUrl } from '../lib/data-file';

export interface YamlLoaderOptions<S extends z.ZodType> {
  /** Path from the project root, e.g. "src/data/options.yaml". */
  file: string;
  /** Validates the whole file, so checks across entries (duplicates, references) name their entry. */
  schema: S | (() => Promise<S>);
  /** Turns the validated file into the collection's entries. */
  entries: (data: z.output<S>) => { id: string; data: Record<string, unknown> }[];
  /** What an entry is called in error messages ("row", "claim"). */
  entryName?: string;
  /** The file may be missing (an essay without that widget): the collection is then empty. */
  optional?: boolean;
}

/**
 * A content loader for one YAML file that is validated as a whole before any
 * entry is stored: a bad file fails the build with its file, entry and field named.
 */
export function yamlFileLoader<S extends z.ZodType>(options: YamlLoaderOptions<S>): Loader {
  return {
    name: `yaml:${options.file}`,
    async load({ store, parseData, watcher, generateDigest }) {
      const path = projectUrl(options.file);
      async function sync() {
        if (options.optional && !existsSync(path)) return store.clear();
        const text = await readFile(path, 'utf8');
        const schema = typeof options.schema === 'function' ? await options.schema() : options.schema;
        const data = parseDataFile(options.file, text, schema, options.entryName);
        store.clear();
        for (const entry of options.entries(data)) {
          store.set({ id: entry.id, data: await parseData(entry), digest: generateDigest(entry.data) });
        }
      }
      await sync();
      watcher?.add(path.pathname);
      watcher?.on('change', (changed) => {
        if (changed === path.pathname) void sync();
      });
    },
  };
}
