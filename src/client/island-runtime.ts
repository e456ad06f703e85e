import { whenNear } from './when-near';

/**
 * Loads Astro's island runtime (moved out of the page at build time by
 * integrations/defer-island-runtime.ts) when an island first comes on screen;
 * its client:visible directive then hydrates it. A page no island reaches on
 * first view never downloads it.
 */
export function loadIslandRuntime(): void {
  const src = document.documentElement.dataset.islandRuntime;
  const islands = document.querySelectorAll('astro-island');
  if (!src || islands.length === 0) return;
  // Islands are display: contents; their children have the boxes.
  const boxes = [...islands].flatMap((island) => [...island.children]);
  whenNear(
    boxes,
    () => {
      const script = document.createElement('script');
      script.src = src;
      document.head.append(script);
    },
    '0px',
  );
}
