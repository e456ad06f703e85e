// The options table's behaviour loads as the table nears the screen, so the
// first view does not pay for it. Until then the table is whole and readable;
// only its toolbar waits, unseen. A deep link to a row is still heard:
// navigation tells a late subscriber where the reader arrived. Only what the
// table uses of navigation is handed in (a whole namespace would cost the first view).
import { bringIntoView, currentId, currentQuery, onArrival, onHistoryMove, pushQuery } from '../../client/navigation';
import { whenNear } from '../../client/when-near';

export function loadOptionsTables(): void {
  const tables = document.querySelectorAll<HTMLElement>('[data-options-table]');
  if (tables.length) whenNear(tables, () => void import('./options-table').then(({ setUpOptionsTables }) => setUpOptionsTables({ onArrival, bringIntoView, currentId, currentQuery, pushQuery, onHistoryMove })));
}
