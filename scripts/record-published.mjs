// `npm run ledger`: append to the content root's ledger of published links
// every link the built site publishes that it lacks. Never removes a line.
// Usage: node scripts/record-published.mjs [distDir]  (CONTENT_ROOT as for the build)
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { appendToLedger, publishedEntries } from '../src/lib/published-ledger.ts';
import { ledgerFile, publishedSite, readLedgerFile } from './published-site.mjs';

const distDir = process.argv[2] ?? 'dist';
const contentRoot = (process.env.CONTENT_ROOT ?? 'src').replace(/\/+$/, '');
const HEADER = `# Every link this site has published: "#<id>" on the essay page, "/s/<id>/" a
# share page. Appended to by \`npm run ledger\` after a build, never pruned: each
# must keep landing (npm run test:dist fails when one does not).
`;

const essayHtml = await findEssayPage(distDir);
const pageIds = new Set([...essayHtml.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&')));
// The registry as the build validated it: the essay model, through Vite's module runner (as check-dist loads it).
const { essayModel } = (await runnerImport(new URL('../src/loaders/essay-model.ts', import.meta.url).pathname)).module;
const { registry } = await essayModel();
const ledger = (await readLedgerFile(contentRoot)) ?? [];
const next = appendToLedger(ledger, publishedEntries(await publishedSite(distDir, pageIds, registry)));
await writeFile(ledgerFile(contentRoot), HEADER + next.join('\n') + '\n');
console.log(`ledger: ${next.length - ledger.length} link(s) added to ${ledgerFile(contentRoot)} (${next.length} in all)`);

/** The HTML of the one page with the essay's body. */
async function findEssayPage(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const html = await readFile(join(entry.parentPath, entry.name), 'utf8');
    if (html.includes('data-essay-body')) return html;
  }
  throw new Error(`ledger: no essay page (with data-essay-body) in ${dir}: build first`);
}
