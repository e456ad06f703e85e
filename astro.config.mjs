// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { plainDynamicImports } from './src/integrations/plain-dynamic-imports';
import { pruneCspHashes } from './src/integrations/prune-csp-hashes';
import { pageModule } from './src/integrations/page-module';
import { staticHeaders } from './src/integrations/static-headers';
import { codeClasses, codeTheme } from './src/lib/highlight';
import { freshnessWarning } from './src/integrations/freshness-warning';
import { essayAnnotations } from './src/integrations/essay-annotations';
import { essayParsedOnce } from './src/integrations/essay-parse-count';
import { withBase } from './src/lib/url';
import { ESSAY_FEATURES } from './src/lib/markdown';

/** Where the site is served from; both default to a local preview. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
/** A second build (the base-path check) writes elsewhere so it never clobbers dist/. */
const outDir = process.env.OUT_DIR ?? 'dist';
/** Separate caches let two builds run side by side (e.g. the base-path check). */
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'ignore',
  // Newlines between inline elements must still make spaces in the essay's prose.
  compressHTML: true,
  integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.includes('/s/') }), staticHeaders(), pruneCspHashes(), pageModule(), freshnessWarning(), essayParsedOnce()],
  markdown: {
    // The author's straight quotes and dashes are his words: no smart punctuation.
    // The essay's ids, permalinks, note and claim marks: one pass over its tree.
    processor: satteri({ features: ESSAY_FEATURES, hastPlugins: [essayAnnotations({ sharePath: withBase('/s/', base) })] }),
    // Code blocks as the citations are: classes coloured by tokens, no style attributes (strict CSP).
    shikiConfig: { theme: codeTheme, transformers: [codeClasses] },
  },
  // The one stylesheet goes into the page: the site is one page, so nothing is
  // lost to caching, and the first paint waits on no second request (#23).
  // security.csp hashes the inline style like any other.
  build: { inlineStylesheets: 'always' },
  // Each page inlines only its own rules: the essay does not carry the changes
  // page's or the 404's (check-dist holds that no page is left without one).
  vite: { build: { cssCodeSplit: true }, plugins: [plainDynamicImports()] },
  security: {
    csp: {
      // Fonts, fetches and the rest fall back to default-src: a directive that
      // restates it only costs every page's first bytes.
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
