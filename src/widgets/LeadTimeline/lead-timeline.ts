// The timeline's behaviour, in two steps. At once (a few attributes): the
// claims become one Tab stop. When the chart nears the viewport or takes
// focus: the keys and deep-link arrival (claim-list.ts), loaded on demand.
// Opening and closing a claim is the browser's own <details>; nothing here
// adds an element.
import { makeTabStop } from '../../scripts/roving';

const chart = document.querySelector<HTMLElement>('[data-lead-timeline]');
if (chart) {
  const summaries = [...chart.querySelectorAll<HTMLElement>('.lt-row > details > summary')];
  if (summaries[0]) makeTabStop(summaries, summaries[0]);
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    observer.disconnect();
    void import('./claim-list').then(({ setUpClaimList }) => setUpClaimList(chart));
  };
  const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && load(), { rootMargin: '50% 0px' });
  observer.observe(chart);
  chart.addEventListener('focusin', load, { once: true });
}
