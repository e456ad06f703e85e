// One Tab stop for a group of controls (roving tabindex): the current one is
// reached by Tab, the rest by the group's own keys.

/** Make `current` the group's one Tab stop. */
export function makeTabStop(items: readonly HTMLElement[], current: HTMLElement): void {
  for (const item of items) item.tabIndex = item === current ? 0 : -1;
}
