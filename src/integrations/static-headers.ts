import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * Writes dist/_headers (read by Netlify, Cloudflare Pages and our own test server):
 * security headers for every page and a year-long cache for hashed assets.
 * Script and style hashes stay in each page's CSP <meta>; the header adds what
 * a <meta> policy cannot say (frame-ancestors) and holds for non-HTML files too.
 *
 * No Cross-Origin-Opener-Policy: `same-origin` makes Chromium give the page a
 * browsing context group, and on Android a process, of its own, and that swap
 * cost the first paint about 170 ms of the essay's and 125 ms of the bare
 * essay's, with Lighthouse's slowing applied (README, Performance). The page
 * holds nothing a window that opens it could learn or use, and opens no
 * window itself (every link opens in the same tab).
 */
export function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'site:static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const headers = [
          `${base}*`,
          "  Content-Security-Policy: object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
          '',
          `${base}_astro/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
        ].join('\n');
        await writeFile(new URL('_headers', dir), headers);
        logger.info('wrote _headers');
      },
    },
  };
}
