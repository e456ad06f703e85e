// The options table's behaviour loads as the table nears the screen (as an
// island would), so the first view does not pay for it. Until then the table
// is whole and readable; only its toolbar waits, unseen. A deep link to a row
// is still heard: navigation tells a late subscriber where the reader arrived.
import { bringIntoView, onArrival } from '../../scripts/navigation';

const tables = document.querySelectorAll<HTMLElement>('[data-options-table]');
if (tables.length) {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void import('./options-table').then(({ setUpOptionsTables }) => setUpOptionsTables({ onArrival, bringIntoView }));
    },
    { rootMargin: '50% 0px' },
  );
  for (const table of tables) observer.observe(table);
}
