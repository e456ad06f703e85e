// Holds the README's rule that nothing outside src/content and src/data knows
// which essay it shows: the engine's code (src but the content and data, the
// config, the scripts) names none of the essay's proper names. The names are
// read from the essay's own files, so the rule holds for any essay placed there.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';

const essayDir = 'src/content/essay';
const essaySource = readFileSync(join(essayDir, readdirSync(essayDir).find((name) => name.endsWith('.mdx'))!), 'utf8');
const frontmatter = parseYaml(essaySource.split(/^---$/m)[1]!) as Record<string, unknown>;
const site = JSON.parse(readFileSync('src/data/site.json', 'utf8')) as { name: string; essay: string };
const figure = parseYaml(readFileSync('src/data/figure.yaml', 'utf8')) as { destination: string };
const quotes = parseYaml(readFileSync('src/data/quotes.yaml', 'utf8')) as { speaker: string }[];
const claims = parseYaml(readFileSync('src/data/claims.yaml', 'utf8')) as { id: string }[];

/** The essay's proper names: its id, the author, the hosts it lives on, the figure's destination, the people it quotes, the companies its claims are about. */
const surname = (name: string) => name.trim().split(/\s+/).at(-1)!;
const hostLabel = (url: string) => new URL(url).hostname.split('.').at(-2)!;
const people = quotes.map((quote) => quote.speaker).filter((speaker) => speaker.split(/\s+/).length === 2);
const claimSubjects = claims.map((claim) => claim.id.split('-')[0]!).filter((subject, index, all) => all.indexOf(subject) !== index);
export const ESSAY_NAMES = [
  ...new Set(
    [
      site.essay,
      site.name.split(/[\s,]+/)[0]!,
      String(frontmatter.author),
      surname(String(frontmatter.author)),
      hostLabel(String(frontmatter.originalUrl)),
      figure.destination,
      ...people.map(surname),
      ...claimSubjects,
    ].map((name) => name.toLowerCase()),
  ),
];

/**
 * Allowed, each for a reason: the CSS custom properties' namespace (a prefix
 * of our own, not a name a reader sees), and the pre-paint script's one-time
 * move of choices saved under the first release's storage keys.
 */
const ALLOWED = [/--rome-[a-z0-9-]+/g, /'rome-(theme|reading-mode)'/g];

const SOURCE = /\.(ts|tsx|astro|mjs|js|css)$/;
function engineFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['src/content', 'src/data'].includes(path) ? [] : engineFiles(path);
    return SOURCE.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
const FILES = [...engineFiles('src'), ...engineFiles('scripts'), 'astro.config.mjs', 'playwright.config.ts'];

/** Code without its comments (block comments, and line comments that start a line or follow a space). */
export const withoutComments = (source: string): string => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1').replace(/<!--[\s\S]*?-->/g, '');

/** Lines of `source` that name one of `names` as a word of its own. */
export function namingLines(source: string, names: readonly string[]): string[] {
  const pattern = new RegExp(`(^|[^a-z0-9])(${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})([^a-z0-9]|$)`, 'i');
  let code = withoutComments(source);
  for (const allowed of ALLOWED) code = code.replace(allowed, '');
  return code.split('\n').filter((line) => pattern.test(line)).map((line) => line.trim());
}

describe('the engine knows no essay', () => {
  it('reads the essay\'s names from its files', () => {
    expect(ESSAY_NAMES).toEqual(expect.arrayContaining([site.essay.toLowerCase(), surname(String(frontmatter.author)).toLowerCase()]));
    expect(ESSAY_NAMES.length).toBeGreaterThanOrEqual(5);
  });

  it('finds a name in code, and not in a comment or the CSS namespace', () => {
    expect(namingLines("const key = 'rome';\n// Rome, in a comment\ncolor: var(--rome-ink);", ['rome'])).toEqual(["const key = 'rome';"]);
    expect(namingLines('const romeo = 1; const chrome = 2;', ['rome'])).toEqual([]);
  });

  it('names none of them in its code', () => {
    const found = FILES.flatMap((file) => namingLines(readFileSync(file, 'utf8'), ESSAY_NAMES).map((line) => `${file}: ${line}`));
    expect(found).toEqual([]);
  });
});
