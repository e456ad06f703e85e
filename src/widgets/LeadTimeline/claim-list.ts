// The claims, once the chart is near: said as of the reader's day (keep-time.ts); Escape closes the open claim and returns
// focus to its summary; a link to #claim-<id> (the essay's claim links, a
// permalink) opens that claim and puts focus on it. Enter, Space and clicks
// open a claim natively (<details>); arrows, Home and End move between claims
// as in every roving group (client/roving.ts).
import { claimInHash } from '../../lib/timeline/fragment';
import { claimAnchor, idOf } from '../../lib/places';
import { bringIntoView, onArrival } from '../../client/navigation';
import { HINT } from './hint';
import { focusItem } from '../../client/roving';
import { keepTime } from './keep-time';

const SUMMARY_OF_ROW = ':scope > summary';

/** Wire the chart's claims (rendered at build time): adds listeners and attributes, never an element. */
export function setUpClaimList(chart: HTMLElement): void {
  // First the reader's day, before the chart is on screen or a claim is opened.
  keepTime(chart);
  const ids = [...chart.querySelectorAll<HTMLElement>('.lt-row[id]')].flatMap((row) => idOf('claim', row.id) ?? []);
  chart.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const open = (event.target as HTMLElement).closest<HTMLDetailsElement>('.lt-row > details[open]');
    if (!open) return;
    open.open = false;
    focusItem(open.querySelector<HTMLElement>(SUMMARY_OF_ROW)!);
  });

  // Arriving at #claim-<id> (the navigation module says when, including the arrival that was under way as this loaded).
  onArrival(({ id: fragment, revealWith }) => {
    const id = claimInHash(fragment, ids);
    const row = id ? chart.querySelector<HTMLElement>(`[id="${CSS.escape(claimAnchor(id))}"]`) : null;
    const details = row?.querySelector('details');
    if (!row || !details) return;
    details.open = true;
    focusItem(details.querySelector<HTMLElement>(SUMMARY_OF_ROW)!);
    revealWith(() => bringIntoView(row));
  });

  const hint = chart.querySelector('.lt-hint');
  if (hint) hint.textContent = HINT.live;
  chart.dataset.ready = '';
}
