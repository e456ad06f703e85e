import type { Loader } from 'astro/loaders';
import { projectUrl } from '../lib/data-file';
import { essayModel, modelFiles, type EssayModel } from './essay-model';

/**
 * A content loader whose entries come from the essay model, so every
 * collection is validated by the one model (a bad file fails the sync naming
 * its file, entry and field) and refilled when any of its files changes in dev.
 */
export function modelLoader(name: string, entries: (model: EssayModel) => readonly { id: string; data: Record<string, unknown> }[]): Loader {
  return {
    name: `essay-model:${name}`,
    async load({ store, parseData, watcher, generateDigest }) {
      async function sync() {
        const model = await essayModel();
        store.clear();
        for (const entry of entries(model)) {
          store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry.data }), digest: generateDigest(entry.data) });
        }
      }
      await sync();
      if (!watcher) return;
      const watched = new Set((await modelFiles()).map((file) => projectUrl(file).pathname));
      for (const path of watched) watcher.add(path);
      watcher.on('change', (changed) => {
        if (watched.has(changed)) void sync();
      });
    },
  };
}
