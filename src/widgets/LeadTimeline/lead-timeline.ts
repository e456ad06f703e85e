// The timeline's behaviour, loaded on demand when the chart nears the viewport
// or takes focus: Escape and deep-link arrival (claim-list.ts). The claims are
// one Tab stop with arrows between them as every roving group is
// (client/roving.ts); opening and closing a claim is the browser's own
// <details>; nothing here adds an element.
import { whenNear } from '../../client/when-near';

export function loadLeadTimeline(): void {
  const chart = document.querySelector<HTMLElement>('[data-lead-timeline]');
  if (!chart) return;
  const load = whenNear([chart], () => void import('./claim-list').then(({ setUpClaimList }) => setUpClaimList(chart)));
  chart.addEventListener('focusin', load, { once: true });
}
