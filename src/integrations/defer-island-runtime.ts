import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

/** Astro's island runtime: the inline classic script that defines <astro-island>. */
const RUNTIME = /<script>(\(\(\)=>\{(?:(?!<\/script>)[\s\S])*customElements\.define\("astro-island"[\s\S]*?)<\/script>/;
/** The page's own module, which loads the runtime when an island comes near the screen (client/island-runtime.ts). */
const OWN_MODULE = /<script type="module" src="[^"]*EssayScripts[^"]*"><\/script>/;
const CSP = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : Promise.resolve(entry.name.endsWith('.html') ? [join(dir, entry.name)] : []))));
  return nested.flat();
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Two cuts to the page's first bytes, after the build:
 * - Astro inlines its island runtime (~1.5 kB brotli) in every page with an
 *   island, although our islands hydrate only once on screen (client:visible).
 *   On pages that load our module, move it to a hashed file in _astro/ (cached a
 *   year), named on <html data-island-runtime>; the module adds it as a classic
 *   script when an island first nears the screen. Islands upgrade then, as
 *   custom elements do whenever they are defined.
 * - Astro's CSP <meta> lists the hash of every inline script and style it might
 *   write; keep only those of the page's own inline scripts and styles.
 */
export function deferIslandRuntime(): AstroIntegration {
  let base = '/';
  return {
    name: 'site:defer-island-runtime',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of await htmlFiles(root)) {
          let html = await readFile(file, 'utf8');
          const runtime = html.match(RUNTIME);
          if (runtime && OWN_MODULE.test(html)) {
            const code = runtime[1];
            const name = `island-runtime.${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
            await writeFile(join(root, '_astro', name), code);
            html = html.replace(runtime[0], '').replace(/<html(?=[\s>])/, `<html data-island-runtime="${base}_astro/${name}"`);
          }
          const inline = [...html.matchAll(/<(script|style)>([\s\S]*?)<\/\1>/g)].map((m) => sha256(m[2]));
          html = html.replace(CSP, (_, open: string, policy: string, close: string) => {
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
          await writeFile(file, html);
        }
      },
    },
  };
}
