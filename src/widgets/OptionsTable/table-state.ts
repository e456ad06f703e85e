/** What the reader has chosen to see in the options table; lives in the URL. */
export interface TableState {
  /** Kind slugs shown; empty means every kind. */
  kinds: string[];
  /** The author's order, or longest claimed lead first. */
  sort: 'author' | 'lead';
  /** The table as published, or with our notes on what happened since. */
  view: 'published' | 'hindsight';
}

/** The plain facts about a row that filtering and sorting need. */
export interface RowFacts {
  id: string;
  /** Slug of the row's kind, as kinds appear in the URL. */
  kindSlug: string;
  /** Longest lead the row claims, in years; null when it claims none. */
  lead: number | null;
}

export const DEFAULT_STATE: TableState = { kinds: [], sort: 'author', view: 'hindsight' };

/**
 * Read the table's state from a query string; the "as published" view is
 * `view=<year>` (the essay's year, e.g. `view=2022`). Anything unknown or
 * malformed falls back to the default for that part; it never throws.
 */
export function parseTableState(search: string, knownKinds: readonly string[], year: string): TableState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return DEFAULT_STATE;
  }
  const kinds = [...new Set((params.get('kind') ?? '').split(',').map((k) => k.trim()))].filter((k) => knownKinds.includes(k));
  const sort = params.get('sort') === 'lead' ? 'lead' : 'author';
  const view = params.get('view') === year ? 'published' : 'hindsight';
  // Keep kinds in the table's own order so equal states make equal URLs.
  return { kinds: knownKinds.filter((k) => kinds.includes(k)), sort, view };
}

/** Write the state into a query string, leaving other parameters alone and defaults out. */
export function serializeTableState(state: TableState, year: string, search = ''): string {
  const params = new URLSearchParams(search);
  for (const key of ['kind', 'sort', 'view']) params.delete(key);
  if (state.kinds.length) params.set('kind', state.kinds.join(','));
  if (state.sort !== DEFAULT_STATE.sort) params.set('sort', state.sort);
  if (state.view !== DEFAULT_STATE.view) params.set('view', year);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/** The rows to show, in the order to show them. */
export function visibleRows<T extends RowFacts>(rows: readonly T[], state: TableState): T[] {
  const shown = state.kinds.length ? rows.filter((row) => state.kinds.includes(row.kindSlug)) : [...rows];
  if (state.sort === 'author') return shown;
  // Longest lead first; rows that claim none keep the author's order after them.
  return shown
    .map((row, index) => ({ row, index }))
    .sort((a, b) => (b.row.lead ?? -1) - (a.row.lead ?? -1) || a.index - b.index)
    .map(({ row }) => row);
}

/** "Showing 4 of 9 options, longest claimed lead first, with our notes since 2022." Said after every change, the view included. */
export function describeResult(shown: number, total: number, state: TableState, year: string): string {
  const count = shown === total ? `Showing all ${total} options` : `Showing ${shown} of ${total} options`;
  const order = state.sort === 'lead' ? 'longest claimed lead first' : "in the author's order";
  const view = state.view === 'hindsight' ? `with our notes since ${year}` : `as published in ${year}`;
  return `${count}, ${order}, ${view}.`;
}
