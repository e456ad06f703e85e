// "One module owns the address bar" (README): every read and write of the URL,
// and every listener to its changes, is in client/navigation.ts. The browser's
// code is the client modules, the widgets' modules and the pages' scripts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('..', import.meta.url).pathname;
const OWNER = 'client/navigation.ts';

/** Reading or writing the URL, or hearing it change. */
const ADDRESS_BAR = /\blocation\s*\.|\bhistory\s*\.|['"](?:popstate|hashchange)['"]|\bon(?:popstate|hashchange)\b/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** The code a browser runs: client and widget modules, and the <script> blocks of components and pages. */
function browserCode(): { file: string; code: string }[] {
  return files(SRC)
    .filter((file) => !/\.test\.tsx?$/.test(file))
    .flatMap((file) => {
      const name = relative(SRC, file);
      const text = readFileSync(file, 'utf8');
      if (/^(client|widgets)\/.*\.[jt]s$/.test(name)) return [{ file: name, code: text }];
      if (name.endsWith('.astro')) return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => ({ file: name, code: m[1]! }));
      return [];
    });
}

/** Lines of code (comments left out) that touch the address bar. */
const touching = (code: string) =>
  code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.replace(/(^|\s)\/\/.*$/, ''))
    .filter((line) => ADDRESS_BAR.test(line));

describe('the address bar has one owner', () => {
  it('only client/navigation.ts reads or writes location and history, or hears them change', () => {
    const elsewhere = browserCode()
      .filter(({ file }) => file !== OWNER)
      .flatMap(({ file, code }) => touching(code).map((line) => `${file}: ${line.trim()}`));
    expect(elsewhere).toEqual([]);
  });

  it('the check sees the owner itself (so it reads the right files)', () => {
    const owner = browserCode().find(({ file }) => file === OWNER);
    expect(touching(owner?.code ?? '').length).toBeGreaterThan(3);
  });
});
