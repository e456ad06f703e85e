// The options table's behaviour, on the table the build rendered: filter by
// kind (rows hidden), sort by claimed lead (rows moved), the 2022 / hindsight
// view (the notes column hidden by CSS), all kept in the URL. It reads what it
// needs from the HTML (each row's data-kind and data-lead) and adds no element.
// Loaded by load-options-table.ts as the table nears the screen; a deep link
// to a row is heard then (onArrival replays the current arrival). Navigation,
// the one owner of the address bar, is handed in, so this chunk shares no
// module with the page script.
import { DEFAULT_STATE, describeResult, parseTableState, serializeTableState, visibleRows, type TableState } from './table-state';
import type * as navigation from '../../client/navigation';
import { idOf } from '../../lib/places';

/** What the table needs from the page's navigation: arrivals, its state in the query, and history. */
export type TableNavigation = Pick<typeof navigation, 'onArrival' | 'bringIntoView' | 'currentId' | 'currentQuery' | 'pushQuery' | 'onHistoryMove'>;

function setUpOptionsTable(widget: HTMLElement, { onArrival, bringIntoView, currentId, currentQuery, pushQuery, onHistoryMove }: TableNavigation): void {
  const year = widget.dataset.year ?? '';
  const toolbar = widget.querySelector<HTMLElement>('.options-toolbar')!;
  const result = widget.querySelector<HTMLElement>('.options-result')!;
  const body = widget.querySelector<HTMLTableSectionElement>('tbody')!;
  const kindButtons = [...toolbar.querySelectorAll<HTMLButtonElement>('button[data-kind]')];
  const sortButtons = [...toolbar.querySelectorAll<HTMLButtonElement>('button[data-sort]')];
  const viewRadios = [...toolbar.querySelectorAll<HTMLInputElement>('input[name="options-view"]')];
  const rows = [...body.rows].map((tr) => ({
    tr,
    id: idOf('row', tr.id) ?? '',
    kindSlug: tr.dataset.kind ?? '',
    lead: tr.dataset.lead ? Number(tr.dataset.lead) : null,
  }));
  const kindSlugs = kindButtons.map((button) => button.dataset.kind!).filter(Boolean);
  let state: TableState = DEFAULT_STATE;

  const render = (next: TableState) => {
    const changed = JSON.stringify(next) !== JSON.stringify(state);
    state = next;
    for (const button of kindButtons) {
      const kind = button.dataset.kind!;
      button.setAttribute('aria-pressed', String(kind ? state.kinds.includes(kind) : state.kinds.length === 0));
    }
    for (const button of sortButtons) button.setAttribute('aria-pressed', String(button.dataset.sort === state.sort));
    for (const radio of viewRadios) radio.checked = radio.value === state.view;
    widget.dataset.view = state.view;
    const shown = visibleRows(rows, state);
    const visible = new Set(shown);
    for (const row of rows) row.tr.hidden = !visible.has(row);
    // Moving rows in place (no new elements): the shown ones in order, the hidden ones after; untouched when already so.
    const order = [...shown, ...rows.filter((row) => !visible.has(row))];
    if (order.some((row, index) => body.rows[index] !== row.tr)) for (const row of order) body.append(row.tr);
    // The polite live region says every change once, the view included.
    if (changed) result.textContent = describeResult(shown.length, rows.length, state, year);
  };

  const update = (next: TableState) => {
    render(next);
    pushQuery(serializeTableState(next, year, currentQuery()));
  };

  /** The row a fragment names, if it is one of ours. */
  const targeted = (anchor: string) => {
    const id = idOf('row', anchor);
    return id ? rows.find((row) => row.id === id) : undefined;
  };

  /** A linked row is always shown, whatever filter is on; its notes open. */
  const reveal = (base: TableState, id: string): TableState => {
    const row = targeted(id);
    if (!row) return base;
    row.tr.querySelector('details')?.setAttribute('open', '');
    return base.kinds.length && !base.kinds.includes(row.kindSlug) ? { ...base, kinds: [] } : base;
  };

  const restore = () => render(reveal(parseTableState(currentQuery(), kindSlugs, year), currentId()));

  toolbar.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.dataset.kind !== undefined) {
      const slug = button.dataset.kind;
      const kinds = !slug ? [] : state.kinds.includes(slug) ? state.kinds.filter((k) => k !== slug) : kindSlugs.filter((k) => k === slug || state.kinds.includes(k));
      update({ ...state, kinds });
    } else if (button.dataset.sort) {
      update({ ...state, sort: button.dataset.sort === 'lead' ? 'lead' : 'author' });
    }
  });
  toolbar.addEventListener('change', (event) => {
    const radio = event.target as HTMLInputElement;
    if (radio.name === 'options-view') update({ ...state, view: radio.value === 'published' ? 'published' : 'hindsight' });
  });
  onHistoryMove(restore);
  onArrival(({ id }) => {
    if (!targeted(id)) return;
    render(reveal(state, id));
    const row = document.getElementById(id);
    if (row) bringIntoView(row);
  });

  restore();
  delete toolbar.dataset.pending;
}

/** Make every options table on the page interactive. */
export function setUpOptionsTables(navigation: TableNavigation): void {
  for (const widget of document.querySelectorAll<HTMLElement>('[data-options-table]')) setUpOptionsTable(widget, navigation);
}
