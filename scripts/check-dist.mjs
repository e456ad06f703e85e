// Checks the built site as a static host would serve it: valid HTML, every
// internal link and #fragment resolves, and the permalink registry is complete.
// Usage: node scripts/check-dist.mjs [distDir] [basePath]
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { parse } from 'yaml';

const distDir = process.argv[2] ?? 'dist';
const base = (process.argv[3] ?? process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
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

// 3. The registry is complete, and every registered id and alias still resolves on the essay page.
const registry = parse(await readFile('src/data/permalinks.yaml', 'utf8'));
const essay = pages.get('/index.html');
const registered = new Set([...registry.sections, ...Object.keys(registry.paragraphs), ...(registry.anchors ?? [])]);
for (const id of registered) if (!essay.ids.has(id)) failures.push(`src/data/permalinks.yaml: "${id}" no longer resolves on the essay page`);
for (const [old, target] of Object.entries(registry.aliases ?? {})) {
  if (!registered.has(target)) failures.push(`src/data/permalinks.yaml: alias "${old}" points to unregistered "${target}"`);
  if (essay.ids.has(old)) failures.push(`src/data/permalinks.yaml: alias "${old}" is still a live id`);
}
for (const target of attr(essay.html, 'data-permalink')) {
  if (!registered.has(target)) failures.push(`dist/index.html: #${target} offers a permalink but is not in src/data/permalinks.yaml`);
}

if (failures.length) {
  console.error(`check-dist: ${failures.length} problem(s) in ${distDir} (base ${base}):\n` + failures.join('\n'));
  process.exit(1);
}
console.log(`check-dist: ${files.length} pages in ${distDir} (base ${base}): HTML valid, links and fragments resolve, ${registered.size} registered ids present.`);
