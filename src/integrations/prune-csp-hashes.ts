import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

const CSP = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : Promise.resolve(entry.name.endsWith('.html') ? [join(dir, entry.name)] : []))));
  return nested.flat();
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Astro's CSP <meta> lists the hash of every inline script and style it might
 * write on any page; after the build, keep in each page's policy only the
 * hashes of that page's own inline scripts and styles (the pre-paint prefs
 * script), so the policy allows nothing the page does not run.
 */
export function pruneCspHashes(): AstroIntegration {
  return {
    name: 'site:prune-csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const inline = [...html.matchAll(/<(script|style)>([\s\S]*?)<\/\1>/g)].map((m) => sha256(m[2]));
          const pruned = html.replace(CSP, (_, open: string, policy: string, close: string) => {
            const kept = policy
              .split(';')
              .map((directive) =>
                directive
                  .split(' ')
                  .filter((token) => !token.startsWith("'sha256-") || inline.includes(token))
                  .join(' '),
              )
              .join(';');
            return `${open}${kept}${close}`;
          });
          await writeFile(file, pruned);
        }
      },
    },
  };
}
