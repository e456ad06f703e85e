// What changed since the reader's last visit, marked: loaded only on a return
// visit. The changes come from the edition's own Atom feed (the page names it in
// its head), so the page carries nothing for it on a first visit. Each changed
// place, and every link to it (the note's number in the text, the appendix), is
// marked on screen only; a notice at the foot of the screen counts them, steps
// through them in page order by an ordinary link (the navigation module opens
// each as any link to it would) and can be dismissed.
import { formatDay } from '../lib/dates';
import { anchorOfHash } from '../lib/places';
import { adoptStyles } from './adopt-styles';
import styles from './changes-since.css?inline';
import { changedSince, dismissedOn, formatVisits, newSinceText } from '../lib/visits';
import { announce } from './announce';
import { onArrival } from './navigation';
import { VISITS_KEY } from './prefs-keys';

/** The feed's changes: each entry's place on the page and day. */
async function feedChanges(): Promise<{ anchor: string; date: string }[]> {
  const feed = document.querySelector<HTMLLinkElement>('link[rel="alternate"][type="application/atom+xml"]');
  if (!feed) return [];
  const response = await fetch(feed.href);
  if (!response.ok) return [];
  const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
  return [...xml.getElementsByTagName('entry')].flatMap((entry) => {
    const href = entry.getElementsByTagName('link')[0]?.getAttribute('href');
    const updated = entry.getElementsByTagName('updated')[0]?.textContent;
    return href && updated ? [{ anchor: anchorOfHash(new URL(href).hash), date: updated.slice(0, 10) }] : [];
  });
}

const MARKED = '[data-new]';

export async function markChangesSince(since: string, today: string): Promise<void> {
  const changed = changedSince(await feedChanges().catch(() => []), since);
  const places = [...changed.keys()]
    .map((id) => document.getElementById(id))
    .filter((place): place is HTMLElement => place !== null)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  if (places.length === 0) return;
  adoptStyles(styles);
  for (const place of places) {
    place.dataset.new = '';
    for (const link of document.querySelectorAll<HTMLElement>(`a[href="#${CSS.escape(place.id)}"]`)) link.dataset.new = '';
  }

  const notice = document.createElement('aside');
  notice.className = 'linked-here new-since';
  notice.dataset.ours = '';
  notice.dataset.chrome = '';
  notice.setAttribute('aria-label', 'New since your last visit');
  const count = document.createElement('span');
  count.textContent = `${newSinceText(places.length, since, (day) => formatDay(day, 'short'))}.`;
  const next = document.createElement('a');
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  notice.append(count, next, dismiss);

  let at = 0;
  const point = () => {
    next.href = `#${places[at]!.id}`;
    next.textContent = `Next new (${at + 1} of ${places.length})`;
  };
  point();
  // Arriving at a new place, by this link or any other, points the link at the one after it.
  const stop = onArrival(({ id }) => {
    const index = places.findIndex((place) => place.id === id);
    if (index >= 0) {
      at = (index + 1) % places.length;
      point();
    }
  });
  dismiss.addEventListener('click', () => {
    stop();
    try {
      localStorage.setItem(VISITS_KEY, formatVisits(dismissedOn(today)));
    } catch {}
    for (const marked of document.querySelectorAll<HTMLElement>(MARKED)) delete marked.dataset.new;
    notice.remove();
    document.querySelector<HTMLElement>('main')?.focus();
    announce('Marks of what is new dismissed');
  });
  document.querySelector('main')?.prepend(notice);
}
