// The timeline's behaviour, in two steps. At once (a few attributes): the
// claims become one Tab stop. When the chart nears the viewport or takes
// focus: the keys and deep-link arrival (claim-list.ts), loaded on demand.
// Opening and closing a claim is the browser's own <details>; nothing here
// adds an element.
import { makeTabStop } from '../../client/roving';
import { whenNear } from '../../client/when-near';

const chart = document.querySelector<HTMLElement>('[data-lead-timeline]');
if (chart) {
  const summaries = [...chart.querySelectorAll<HTMLElement>('.lt-row > details > summary')];
  if (summaries[0]) makeTabStop(summaries, summaries[0]);
  const load = whenNear([chart], () => void import('./claim-list').then(({ setUpClaimList }) => setUpClaimList(chart)));
  chart.addEventListener('focusin', load, { once: true });
}
