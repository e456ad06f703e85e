// Moving within a group of controls that is one Tab stop (roving focus): the
// timeline's claims, and any [data-roving] group (client/roving.ts).

/**
 * Which item a key moves to from `index` in a list of `count`: arrows step
 * (clamped at the ends), Home and End jump; null for any other key.
 */
export function keyTarget(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(count - 1, index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
