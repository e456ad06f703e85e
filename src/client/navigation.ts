/**
 * The one owner of the address bar. It reads the fragment on arrival and on
 * every change, sends a retired id on to the id it became, tells every widget
 * where the reader arrived (so each opens what it must: a note, a card, a
 * claim, a table row, a passage), and scrolls once. Widgets subscribe with
 * `onArrival` instead of listening to `hashchange` themselves; one that starts
 * late (loaded on demand) hears the fragment the reader arrived at when it
 * subscribes. Every other read or write of the URL goes through here too: a
 * copied permalink shown as the address, the options table's state in the
 * query and its history, a link followed when the clipboard is refused
 * (address-bar.test.ts holds that nothing else touches `location` or `history`).
 */
import { anchorOfHash, hashOf } from '../lib/places';

/** The event every arrival is announced with, on `window`. */
const ARRIVAL = 'edition:arrival';

/** Where the reader arrived: the fragment's id ('' when there is none). */
export interface Arrival {
  id: string;
  /** True for the fragment the page was opened at, false for a later change. */
  initial: boolean;
  /** Take over the one scroll (say, to show a phrase and its note together); it runs once the page has loaded. */
  revealWith(reveal: () => void): void;
}

/** The fragment's id, decoded. */
export function currentId(): string {
  return anchorOfHash(window.location.hash);
}

/** The fragment as the address bar holds it ('' or '#…', not decoded). */
export const currentHash = (): string => window.location.hash;

/**
 * The address the page was opened at, whole: unlike `location`, it keeps a
 * text fragment's `:~:` directive, which the browser strips from the hash.
 */
export function openedAddress(): string {
  const [navigation] = performance.getEntriesByType('navigation');
  return navigation?.name ?? window.location.href;
}

/** The address's query ('' or '?…'). */
export const currentQuery = (): string => window.location.search;

/** The page's address with another fragment (`hash` without '#'): a link to a place on this page. */
export function addressWith(hash: string): string {
  const url = new URL(window.location.href);
  url.hash = hash;
  return url.toString();
}

/** Show `url` (this page, say at a permalink's fragment) in the address bar, without an arrival or a history entry. */
export function showAddress(url: string): void {
  history.replaceState(history.state, '', url);
}

/** A new history entry with another query (`query`: '' or '?…'), keeping the path and fragment. */
export function pushQuery(query: string): void {
  history.pushState(history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
}

/** Hear the reader move back or forward through history (popstate). Returns the unsubscribe. */
export function onHistoryMove(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  return () => window.removeEventListener('popstate', listener);
}

/** Follow a link from a script (when copying it is refused, the reader still gets there). */
export function go(url: string): void {
  window.location.assign(url);
}

/** Scroll an element to just below the sticky bar, unless it is already in view there. */
export function bringIntoView(element: Element): void {
  const box = element.getBoundingClientRect();
  const below = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
  if (box.height > 0 && box.top >= below - 1 && box.top < window.innerHeight * 0.75) return;
  element.scrollIntoView({ block: 'start' });
}

/** True when no part of `element` is on screen. */
function outOfView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom <= 0 || box.top >= window.innerHeight;
}

/** Hear every arrival, starting with the current one. Returns the unsubscribe. */
export function onArrival(listener: (arrival: Arrival) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<Arrival>).detail);
  window.addEventListener(ARRIVAL, handle);
  if (document.documentElement.dataset.navigation === 'started') listener({ id: currentId(), initial: true, revealWith: (reveal) => reveal() });
  return () => window.removeEventListener(ARRIVAL, handle);
}

/** Start owning the address bar. `aliases` maps retired ids to the ids they became. */
export function startNavigation(aliases: Readonly<Record<string, string>>): void {
  let initial = true;
  const arrive = () => {
    const id = currentId();
    const alias = aliases[id];
    // location.replace (not replaceState) so :target and the browser's own scroll apply to the new id; its hashchange arrives next.
    if (alias) return window.location.replace(hashOf(alias));
    let reveal: (() => void) | null = null;
    let scrolled = false;
    // A widget that takes over the scroll after it has happened (one loaded on demand) scrolls at once.
    const revealWith = (fn: () => void) => (scrolled ? fn() : void (reveal = fn));
    window.dispatchEvent(new CustomEvent<Arrival>(ARRIVAL, { detail: { id, initial, revealWith } }));
    initial = false;
    const target = id ? document.getElementById(id) : null;
    const show = () => (reveal ? reveal() : target && bringIntoView(target));
    const scroll = () => {
      scrolled = true;
      show();
      // The browser's own scroll to a fragment can come a frame after ours, placed by the estimated
      // size of skipped content (content-visibility) and short of the target: look once more after it.
      if (target) requestAnimationFrame(() => requestAnimationFrame(() => outOfView(target) && show()));
    };
    // The browser scrolls to a fragment again as the page finishes loading: scroll after it, once.
    if (document.readyState === 'complete') scroll();
    else window.addEventListener('load', () => requestAnimationFrame(scroll), { once: true });
  };
  window.addEventListener('hashchange', arrive);
  // A link to the fragment already in the address bar changes nothing the browser sees; it is still an arrival.
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[href^="#"]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (link.hash && link.hash === window.location.hash) queueMicrotask(arrive);
  });
  document.documentElement.dataset.navigation = 'started';
  arrive();
}
