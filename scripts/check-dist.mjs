// Checks the built site as a static host would serve it: valid HTML, every
// internal link and #fragment resolves, the permalink registry is complete, and
// every per-id promise of the data (each note, claim, quote, row) holds in the
// page's HTML, so the browser tests need prove each kind of behaviour only once.
// Usage: node scripts/check-dist.mjs [distDir] [basePath]
// The data is read from the content root the site was built from (CONTENT_ROOT,
// default src); the essay's page is the one with its body.
import { execFileSync } from 'node:child_process';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { parse as parseHtml } from 'node-html-parser';
import { parse } from 'yaml';
import { runnerImport } from 'vite';
import { registryProblems } from '../src/lib/registry-check.ts';
import { checkDataOnPage } from './dist-data-checks.mjs';
import { ledgerProblems } from '../src/lib/published-ledger.ts';
import { atomEntryTargets, atomProblems } from '../src/lib/atom-check.ts';
import { claimAnchor, noteAnchor, quoteAnchor, rowAnchor } from '../src/lib/places.ts';
import { ledgerFile, publishedSite, readLedgerFile } from './published-site.mjs';

const distDir = process.argv[2] ?? 'dist';
const base = (process.argv[3] ?? process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const contentRoot = (process.env.CONTENT_ROOT ?? 'src').replace(/\/+$/, '');
const registryFile = `${contentRoot}/data/permalinks.yaml`;
const failures = [];

async function htmlFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

const attr = (html, name) => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1].replace(/&amp;/g, '&'));
const files = await htmlFiles(distDir);
const pages = new Map(); // site path -> { file, ids }
for (const file of files) {
  const html = await readFile(file, 'utf8');
  const path = '/' + relative(distDir, file).replaceAll('\\', '/');
  pages.set(path, { file, html, ids: new Set(attr(html, 'id')) });
}

/** The built file a site path is served from, or null. */
async function servedFile(pathname) {
  if (!pathname.startsWith(base)) return null;
  const inside = '/' + decodeURI(pathname.slice(base.length));
  for (const candidate of [inside, `${inside}index.html`, `${inside}/index.html`, `${inside}.html`]) {
    try {
      if ((await stat(join(distDir, candidate))).isFile()) return candidate;
    } catch {}
  }
  return null;
}

// 1. Valid HTML.
// no-redundant-role is off in .htmlvalidate.json: tables restyled as cards on phones keep
// explicit ARIA table roles, because some browsers drop table semantics when display changes.
const validator = new HtmlValidate(new FileSystemConfigLoader(JSON.parse(await readFile('.htmlvalidate.json', 'utf8'))));
for (const file of files) {
  const report = await validator.validateFile(file);
  for (const result of report.results)
    for (const message of result.messages)
      if (message.severity === 2) failures.push(`${file}:${message.line}:${message.column} html-validate ${message.ruleId}: ${message.message}`);
}

// 2. Every internal link, asset and fragment resolves.
const siteOrigin = 'http://internal.invalid';
for (const [path, page] of pages) {
  const pageUrl = new URL(base.slice(0, -1) + path, siteOrigin);
  for (const ref of [...attr(page.html, 'href'), ...attr(page.html, 'src')]) {
    if (/^(mailto:|data:|javascript:)/.test(ref) || /^https?:\/\//.test(ref)) continue;
    const url = new URL(ref, pageUrl);
    const target = await servedFile(url.pathname);
    if (!target) {
      failures.push(`${page.file}: link "${ref}" points to nothing under base ${base}`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && !fragment.startsWith(':~:') && !pages.get(target)?.ids.has(fragment)) {
      failures.push(`${page.file}: link "${ref}" names #${fragment}, which ${target} does not have`);
    }
  }
}

// 3. The registry is complete: every registered id resolves once on the essay page, every
// alias points to a live id, and no id was dropped without an alias since the registry
// as committed on main (or at HEAD when there is no main).
// The essay model the site was built from, validated as the build validates it (a TypeScript
// module, loaded through Vite's module runner as scripts/check-freshness.mjs loads its own).
const { essayModel } = (await runnerImport(new URL('../src/loaders/essay-model.ts', import.meta.url).pathname)).module;
const model = await essayModel();
const { registry } = model;
const essayPages = [...pages.entries()].filter(([, page]) => page.html.includes('data-essay-body'));
if (essayPages.length !== 1) {
  console.error(`check-dist: expected one essay page (with data-essay-body) in ${distDir}, found ${essayPages.length}`);
  process.exit(1);
}
const [essayPath, essay] = essayPages[0];
const idCounts = new Map();
for (const id of attr(essay.html, 'id')) idCounts.set(id, (idCounts.get(id) ?? 0) + 1);
failures.push(...registryProblems(registry, { idCounts, permalinkTargets: attr(essay.html, 'data-permalink') }, previousRegistry(), registryFile));
const registered = new Set([...registry.sections, ...Object.keys(registry.paragraphs), ...(registry.anchors ?? [])]);

/** The registry as last committed where this branch started, or undefined outside git (or for a new content root). */
function previousRegistry() {
  const git = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    let base = 'HEAD';
    try {
      base = git('merge-base', 'HEAD', 'main');
    } catch {}
    return parse(git('show', `${base}:${registryFile}`));
  } catch {
    return undefined;
  }
}

// 3b. Every link ever published keeps landing, and the ledger holds every link published now.
const ledger = await readLedgerFile(contentRoot);
if (ledger === null) failures.push(`${ledgerFile(contentRoot)}: missing: run \`npm run ledger\` after the build and commit it`);
else failures.push(...ledgerProblems(ledger, await publishedSite(distDir, new Set(idCounts.keys()), registry), registry.aliases ?? {}, ledgerFile(contentRoot)));

// 3c. Reference managers find the essay's title, author, date and home on its page.
for (const name of ['citation_title', 'citation_author', 'citation_publication_date', 'citation_public_url']) {
  if (!new RegExp(`<meta name="${name}" content="[^"]+"`).test(essay.html)) failures.push(`${distDir}${essayPath}: no <meta name="${name}"> for reference managers`);
}

// 3d. The Atom feed of changes: it parses, holds every required element, each entry links to an
// id on the essay page, every note appears in it, and the essay page links it.
const feedFile = join(distDir, 'changes.atom');
const feedXml = await readFile(feedFile, 'utf8').catch(() => null);
if (feedXml === null) failures.push(`${feedFile}: missing: the feed of changes (src/pages/changes.atom.ts)`);
else {
  // The essay page is the base the feed sits in (its rel="self" link names the site it was built for).
  const self = /<link rel="self"[^>]* href="([^"]+)"/.exec(feedXml)?.[1];
  if (!self || new URL(self).pathname !== `${base}changes.atom`) failures.push(`${feedFile}: its rel="self" link (${self}) is not ${base}changes.atom`);
  else failures.push(...atomProblems(feedXml, feedFile, new URL('./', self).href, new Set(idCounts.keys())));
  const targets = new Set(atomEntryTargets(feedXml));
  for (const note of model.notes) if (!targets.has(noteAnchor(note.id))) failures.push(`${feedFile}: note ${note.id} (${note.file}) has no entry`);
  if (!/<link rel="alternate" type="application\/atom\+xml"[^>]* href="[^"]*\/changes\.atom"/.test(essay.html)) failures.push(`${distDir}${essayPath}: no <link rel="alternate" type="application/atom+xml"> to the feed`);
}

// 3e. Every place's citation, as one CSL-JSON file the essay page links: parsed back, every
// item's URL lands on its element of the page, and every section, paragraph, list item, note,
// claim, row and quote has one.
// (Through Vite's module runner: the module imports its siblings without extensions.)
const { citationFileProblems } = (await runnerImport(new URL('../src/lib/citations-check.ts', import.meta.url).pathname)).module;
const citationsFile = join(distDir, 'citations.json');
const citationsJson = await readFile(citationsFile, 'utf8').catch(() => null);
if (citationsJson === null) failures.push(`${citationsFile}: missing: every place's citation (src/pages/citations.json.ts)`);
else {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(essay.html)?.[1];
  const places = [
    ...registry.sections,
    ...Object.keys(registry.paragraphs),
    ...model.notes.map((note) => noteAnchor(note.id)),
    ...model.claims.map((claim) => claimAnchor(claim.id)),
    ...model.rows.map((row) => rowAnchor(row.id)),
    ...model.quotes.map((quote) => quoteAnchor(quote.id)),
  ];
  if (!canonical) failures.push(`${distDir}${essayPath}: no canonical link to check ${citationsFile}'s URLs against`);
  else failures.push(...citationFileProblems(citationsJson, citationsFile, canonical, new Set(idCounts.keys()), places));
}
if (!/<link rel="alternate" type="application\/vnd\.citationstyles\.csl\+json" href="[^"]*\/citations\.json"/.test(essay.html)) {
  failures.push(`${distDir}${essayPath}: no <link rel="alternate" type="application/vnd.citationstyles.csl+json"> to citations.json`);
}

// 3f. The Cite panels' colours: every BibTeX block on the essay page has Shiki's tokens, for exactly its text.
const { codeHighlightProblems } = (await runnerImport(new URL('../src/lib/code-highlights-check.ts', import.meta.url).pathname)).module;
const highlightsFile = join(distDir, 'code-highlights.json');
const highlightsJson = await readFile(highlightsFile, 'utf8').catch(() => null);
const bibtexBlocks = parseHtml(essay.html).querySelectorAll('pre[data-language="bibtex"]').map((pre) => pre.text);
if (highlightsJson === null) failures.push(`${highlightsFile}: missing: the Cite panels' colours (src/pages/code-highlights.json.ts)`);
else failures.push(...codeHighlightProblems(highlightsJson, highlightsFile, bibtexBlocks));

// 4. Per-id promises of the data, on the essay page's HTML.
failures.push(...checkDataOnPage(parseHtml(essay.html), model, { root: contentRoot, page: `${distDir}${essayPath}` }));

// 5. Styles: each page's own, inlined (vite cssCodeSplit gives each page only its rules). A CSS file would
// be one a lazily loaded module imports, and plain-dynamic-imports.ts loads no CSS with a module: it would never apply.
for (const [path, { html }] of pages) if (!/<style[^>]*>[^]+?<\/style>/.test(html)) failures.push(`${distDir}${path}: no inlined stylesheet`);
const cssFiles = (await readdir(join(distDir, '_astro'))).filter((name) => name.endsWith('.css'));
if (cssFiles.length) failures.push(`${distDir}/_astro: CSS files that no page links and no lazy module loads: ${cssFiles.join(', ')}; import their rules in a component the page renders`);

if (failures.length) {
  console.error(`check-dist: ${failures.length} problem(s) in ${distDir} (base ${base}):\n` + failures.join('\n'));
  process.exit(1);
}
console.log(`check-dist: ${files.length} pages in ${distDir} (base ${base}): HTML valid, links and fragments resolve, ${registered.size} registered ids present on ${essayPath}, every note, claim, quote and row in place, the Atom feed, every place's citation and the citations' colours complete.`);
