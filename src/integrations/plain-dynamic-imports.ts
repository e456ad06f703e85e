import type { Plugin } from 'vite';

/**
 * Vite wraps every dynamic import in a helper that preloads the imported
 * chunk's dependencies in parallel (and their CSS). Here that buys nothing: the
 * site has one stylesheet, and the lazy widgets' only shared dependency is
 * already loaded with the page script. The helper itself cost the first view
 * 759 B brotli, so it is replaced by one that just calls the import.
 */
export function plainDynamicImports(): Plugin {
  return {
    name: 'plain-dynamic-imports',
    enforce: 'pre',
    load(id) {
      if (id === '\0vite/preload-helper.js') return 'export const __vitePreload = (load) => load();';
    },
  };
}
