// Roving focus: a small group of controls is one Tab stop. Tab reaches the
// group's current control; arrows, Home and End move to the others (the ARIA
// toolbar pattern). Used by every element marked `data-roving` whose controls
// are marked `data-roving-item`: the timeline's claims, a heading's copy
// and share links, an options row's links, a quote card's actions, the table's
// filters, the figure's companies, the notes appendix. A group's
// `[data-roving-hint]` (hidden in the HTML) says so once the keys work.
// Without JS each control is its own stop.
import { keyTarget } from '../lib/roving';
import { whenNear } from './when-near';

/** Make `current` the group's one Tab stop. */
function makeTabStop(items: readonly HTMLElement[], current: HTMLElement): void {
  for (const item of items) item.tabIndex = item === current ? 0 : -1;
}

/** The group's controls a reader can reach now (hidden ones, e.g. a copy button before its script, are skipped). */
function itemsOf(group: HTMLElement): HTMLElement[] {
  return [...group.querySelectorAll<HTMLElement>('[data-roving-item]')].filter(
    (item) => item.closest('[data-roving]') === group && !item.hidden && item.getClientRects().length > 0,
  );
}

/** Make `item` its group's Tab stop and focus it, without scrolling (a script moving focus, say on Escape or arrival, scrolls itself). */
export function focusItem(item: HTMLElement): void {
  const group = item.closest<HTMLElement>('[data-roving]');
  if (group) makeTabStop(itemsOf(group), item);
  item.focus({ preventScroll: true });
}

/**
 * Give every `[data-roving]` group one Tab stop: its first control, then the
 * last one used. A group takes its stop as it nears the screen, or when focus
 * reaches it first (until then each control is a stop, as without JS): asking
 * which controls show lays out the parts of the page the browser still skips
 * (content-visibility), so the page's start asks for none of them.
 */
export function setUpRovingGroups(root: ParentNode = document): void {
  const setUpOnce = new Map<Element, () => void>();
  for (const group of root.querySelectorAll<HTMLElement>('[data-roving]')) {
    const setUp = () => {
      const items = itemsOf(group);
      if (items[0]) makeTabStop(items, items[0]);
      for (const hint of group.querySelectorAll<HTMLElement>('[data-roving-hint]')) hint.hidden = false;
    };
    setUpOnce.set(group, whenNear([group], setUp));
  }
  document.addEventListener('focusin', (event) => {
    const item = (event.target as Element).closest?.<HTMLElement>('[data-roving-item]');
    const group = item?.closest<HTMLElement>('[data-roving]');
    if (!item || !group) return;
    setUpOnce.get(group)?.();
    makeTabStop(itemsOf(group), item);
  });
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const item = (event.target as Element).closest?.<HTMLElement>('[data-roving-item]');
    const group = item?.closest<HTMLElement>('[data-roving]');
    if (!item || !group) return;
    const items = itemsOf(group);
    const next = keyTarget(event.key, items.indexOf(item), items.length);
    if (next === null) return;
    // The group's keys never scroll the page, even at its ends (as the timeline's claims).
    event.preventDefault();
    makeTabStop(items, items[next]!);
    items[next]!.focus();
  });
}
