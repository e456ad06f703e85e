import type { AstroIntegration } from 'astro';

/** The page's one module script, as Vite names it: the <script> of widgets/EssayScripts.astro. */
const PAGE_SCRIPT = /[\\/]EssayScripts\.astro\?astro&type=script/;

/**
 * The page's behaviour arrives as one file: the page module takes along
 * everything it imports, even the small modules the lazy widgets share with it
 * (place ids, the dynamic-import helper), which Rolldown would otherwise split
 * out as two more requests that the page module waits for before it can run
 * (#23: one request instead of three, and 177 B less brotli in the first view).
 * The widgets' chunks import those from the page module, which every page that
 * loads them has already run.
 */
export function pageModule(): AstroIntegration {
  return {
    name: 'site:page-module',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { rollupOptions: { output: { codeSplitting: { groups: [{ name: 'page', priority: 10, test: PAGE_SCRIPT }] } } } } } });
      },
    },
  };
}
