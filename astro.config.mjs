// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';

/** Where the site is served from; both default to a local preview. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Newlines between inline elements must still make spaces in the essay's prose.
  compressHTML: true,
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.includes('/s/') })],
  markdown: {
    // The author's straight quotes and dashes are his words: no smart punctuation.
    processor: satteri({ features: { smartPunctuation: false } }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Shiki colours tokens with style attributes; scripts stay hash-only.
      styleDirective: {
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
});
