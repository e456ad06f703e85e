import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * Writes dist/_headers (read by Netlify, Cloudflare Pages and our own test server):
 * security headers for every page and a year-long cache for hashed assets.
 * Script and style hashes stay in each page's CSP <meta>; the header adds what
 * a <meta> policy cannot say (frame-ancestors) and holds for non-HTML files too.
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
          '  Cross-Origin-Opener-Policy: same-origin',
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
