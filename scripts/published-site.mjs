// What a built site publishes, read from its files, for the ledger of
// published links (src/lib/published-ledger.ts): the essay page's ids, the
// registry's ids, and the places with a share page.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readLedger } from '../src/lib/published-ledger.ts';
import { registeredIds } from '../src/lib/registry-check.ts';

/** The ledger's path in a content root. */
export const ledgerFile = (contentRoot) => `${contentRoot}/data/published-links.txt`;

/** The ledger's entries, or null when the file does not exist yet. */
export async function readLedgerFile(contentRoot) {
  try {
    return readLedger(await readFile(ledgerFile(contentRoot), 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
}

/** What `distDir` publishes, given the essay page's ids and the registry (the essay model's). */
export async function publishedSite(distDir, pageIds, registry) {
  let shareDirs = [];
  try {
    shareDirs = await readdir(join(distDir, 's'), { withFileTypes: true });
  } catch {}
  const sharePages = new Set(shareDirs.filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  return { pageIds, registered: [...registeredIds(registry).keys()], sharePages };
}
