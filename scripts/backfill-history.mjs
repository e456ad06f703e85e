// Run once (#21): writes <content root>/data/history.yaml from this repository's
// git log, so the build never needs git history. For every note, and every
// claim's and options row's hindsight lines: `added` is the first commit whose
// data holds the entry, each `revised` a later commit that changed its text,
// summarised by the commit's subject. Usage: node scripts/backfill-history.mjs [content root]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const root = (process.argv[2] ?? 'src').replace(/\/+$/, '');
const notesDir = `${root}/content/notes`;
const files = { claims: `${root}/data/claims.yaml`, options: `${root}/data/options.yaml` };
const git = (...args) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] });

const commits = git('log', '--reverse', '--format=%H %ad %s', '--date=short', '--', notesDir, files.claims, files.options)
  .trim().split('\n').filter(Boolean)
  .map((line) => { const [hash, date, ...subject] = line.split(' '); return { hash, date, subject: subject.join(' ') }; });

const show = (hash, path) => { try { return git('show', `${hash}:${path}`); } catch { return undefined; } };
const listYaml = (hash, dir) => { try { return git('ls-tree', '--name-only', `${hash}:${dir}`).split('\n').filter((name) => name.endsWith('.yaml')); } catch { return []; } };
const entries = (text) => { try { const data = parse(text ?? ''); return Array.isArray(data) ? data : []; } catch { return []; } };
const lines = (entry) => (entry.hindsight ?? []).map((line) => `${line.fact}: ${line.text}`).join('\n');

/** One line from a commit subject: its first sentence, cut at a word near 110 characters. */
function summary(subject) {
  const first = subject.replace(/\s*\(#\d+\)\s*$/, '').split(/(?<=[a-z0-9)"])[.;] /)[0];
  if (first.length <= 110) return first;
  return `${first.slice(0, 110).replace(/\s+\S*$/, '')} …`;
}

const history = { notes: new Map(), claims: new Map(), rows: new Map() };
const last = { notes: new Map(), claims: new Map(), rows: new Map() };
function record(section, id, text, commit) {
  if (!text) return;
  const before = last[section].get(id);
  if (before === text) return;
  last[section].set(id, text);
  if (before === undefined) history[section].set(id, { added: commit.date, revised: [] });
  else {
    const entry = history[section].get(id);
    const line = summary(commit.subject);
    // Same-day edits after the addition, or repeats of one summary, are one change.
    if (commit.date === entry.added) return;
    const previous = entry.revised.at(-1);
    if (previous && previous.date === commit.date) return;
    entry.revised.push({ date: commit.date, summary: line });
  }
}

for (const commit of commits) {
  for (const name of listYaml(commit.hash, notesDir)) {
    for (const note of entries(show(commit.hash, `${notesDir}/${name}`))) record('notes', note.id, note.body, commit);
  }
  for (const claim of entries(show(commit.hash, files.claims))) record('claims', claim.id, lines(claim), commit);
  for (const row of entries(show(commit.hash, files.options))) record('rows', row.id, lines(row), commit);
}

/** Only what still exists today is written. */
const current = {
  notes: new Set(listYaml('HEAD', notesDir).flatMap((name) => entries(show('HEAD', `${notesDir}/${name}`)).map((note) => note.id))),
  claims: new Set(entries(show('HEAD', files.claims)).filter((claim) => claim.hindsight?.length).map((claim) => claim.id)),
  rows: new Set(entries(show('HEAD', files.options)).filter((row) => row.hindsight?.length).map((row) => row.id)),
};
const out = [
  '# When each note, and each claim\'s and row\'s hindsight lines, was added and revised.',
  '# Backfilled once from the git log (scripts/backfill-history.mjs); kept by hand since:',
  '# add a `revised` entry (date, one-line summary) whenever an entry\'s text changes.',
];
for (const section of ['notes', 'claims', 'rows']) {
  out.push(`${section}:`);
  for (const [id, entry] of history[section]) {
    if (!current[section].has(id)) continue;
    out.push(`  ${id}:`, `    added: ${entry.added}`);
    if (entry.revised.length) {
      out.push('    revised:');
      for (const revision of entry.revised) out.push(`      - date: ${revision.date}`, `        summary: ${JSON.stringify(revision.summary)}`);
    }
  }
}
writeFileSync(`${root}/data/history.yaml`, `${out.join('\n')}\n`);
console.log(`${root}/data/history.yaml: ${[...current.notes].length} notes, ${current.claims.size} claims, ${current.rows.size} rows`);
