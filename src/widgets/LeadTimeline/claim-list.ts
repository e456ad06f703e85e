// The claims as one roving-focus group: arrows, Home and End move between
// them; Escape closes the open claim and returns focus to its summary; a link
// to #claim-<id> (the essay's claim links, a permalink) opens that claim and
// puts focus on it. Enter, Space and clicks open a claim natively (<details>).
import { claimInHash } from '../../lib/timeline/fragment';
import { claimAnchor, idOf } from '../../lib/places';
import { keyTarget } from '../../lib/roving';
import { bringIntoView, onArrival } from '../../client/navigation';
import { HINT } from './hint';
import { makeTabStop } from '../../client/roving';

const SUMMARY = '.lt-row > details > summary';

/** Wire the chart's claims (rendered at build time): adds listeners and attributes, never an element. */
export function setUpClaimList(chart: HTMLElement): void {
  const summaries = () => [...chart.querySelectorAll<HTMLElement>(SUMMARY)];
  const ids = [...chart.querySelectorAll<HTMLElement>('.lt-row[id]')].flatMap((row) => idOf('claim', row.id) ?? []);
  const focusClaim = (summary: HTMLElement) => {
    makeTabStop(summaries(), summary);
    summary.focus({ preventScroll: true });
  };

  chart.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement;
    if (target.matches(SUMMARY)) makeTabStop(summaries(), target);
  });
  chart.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      const open = target.closest<HTMLDetailsElement>('.lt-row > details[open]');
      if (!open) return;
      open.open = false;
      focusClaim(open.querySelector<HTMLElement>('summary')!);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || !target.matches(SUMMARY)) return;
    const all = summaries();
    const next = keyTarget(event.key, all.indexOf(target), all.length);
    if (next === null) return;
    event.preventDefault();
    focusClaim(all[next]!);
  });

  // Arriving at #claim-<id> (the navigation module says when, including the arrival that was under way as this loaded).
  onArrival(({ id: fragment, revealWith }) => {
    const id = claimInHash(fragment, ids);
    const row = id ? chart.querySelector<HTMLElement>(`[id="${CSS.escape(claimAnchor(id))}"]`) : null;
    const details = row?.querySelector('details');
    if (!row || !details) return;
    details.open = true;
    focusClaim(details.querySelector<HTMLElement>('summary')!);
    revealWith(() => bringIntoView(row));
  });

  const hint = chart.querySelector('.lt-hint');
  if (hint) hint.textContent = HINT.live;
  chart.dataset.ready = '';
}
