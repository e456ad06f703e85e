/**
 * The one owner of the address bar. It reads the fragment on arrival and on
 * every change, sends a retired id on to the id it became, tells every widget
 * where the reader arrived (so each opens what it must: a note, a card, a
 * claim, a table row, a passage), and scrolls once. Widgets subscribe with
 * `onArrival` instead of listening to `hashchange` themselves; one that starts
 * late (an island) hears the fragment the reader arrived at when it subscribes.
 */

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
  return decodeURIComponent(window.location.hash.slice(1));
}

/** Scroll an element to just below the sticky bar, unless it is already in view there. */
export function bringIntoView(element: Element): void {
  const box = element.getBoundingClientRect();
  const below = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
  if (box.height > 0 && box.top >= below - 1 && box.top < window.innerHeight * 0.75) return;
  element.scrollIntoView({ block: 'start' });
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
    if (alias) return window.location.replace(`#${alias}`);
    let reveal: (() => void) | null = null;
    let scrolled = false;
    // A widget that takes over the scroll after it has happened (one loaded on demand) scrolls at once.
    const revealWith = (fn: () => void) => (scrolled ? fn() : void (reveal = fn));
    window.dispatchEvent(new CustomEvent<Arrival>(ARRIVAL, { detail: { id, initial, revealWith } }));
    initial = false;
    const scroll = () => {
      scrolled = true;
      if (reveal) return reveal();
      const target = id ? document.getElementById(id) : null;
      if (target) bringIntoView(target);
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
