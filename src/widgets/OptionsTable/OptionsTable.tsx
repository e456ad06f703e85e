import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_STATE, describeResult, parseTableState, serializeTableState, visibleRows, type TableState } from './table-state';
import type { KindView, OptionRowView } from './types';
import { permalinkAttributes, shareAttributes } from '../../lib/anchors';
import { bringIntoView, onArrival } from '../../scripts/navigation';

interface Props {
  rows: OptionRowView[];
  kinds: KindView[];
  caption: string;
  /** The essay's year: the "as published" view's label and URL value. */
  year: string;
  /** Site path prefix of share pages, e.g. "/s/" or "/rome/s/". */
  sharePath: string;
  /** The cells' HTML, as slots named `option<n>`, `pros<n>`, `cons<n>` and `since<n>`. */
  [slot: string]: unknown;
}

const ROW_PREFIX = 'option-';

/** The row a URL fragment names, if any. */
function targetedRow(rows: readonly OptionRowView[]): string | null {
  const id = decodeURIComponent(window.location.hash.slice(1));
  return id.startsWith(ROW_PREFIX) && rows.some((row) => `${ROW_PREFIX}${row.id}` === id) ? id.slice(ROW_PREFIX.length) : null;
}

/**
 * The author's options table. Renders complete at build time; once hydrated
 * it adds filtering by kind, sorting by claimed lead, the as-published / hindsight
 * view, and keeps that state in the URL.
 */
export default function OptionsTable({ rows, kinds, caption, year, sharePath, ...slots }: Props) {
  const cell = (name: string, row: OptionRowView) => slots[`${name}${row.slot}`] as ComponentChildren;
  const kindSlugs = useMemo(() => kinds.map((kind) => kind.slug), [kinds]);
  const [state, setState] = useState<TableState>(DEFAULT_STATE);
  const [ready, setReady] = useState(false);
  const [openRow, setOpenRow] = useState<string | null>(null);

  useEffect(() => {
    const restore = () => {
      const restored = parseTableState(window.location.search, kindSlugs, year);
      const target = targetedRow(rows);
      // A linked row is always shown, whatever filter the URL carries.
      const hidden = target && restored.kinds.length && !restored.kinds.includes(rows.find((row) => row.id === target)!.kindSlug);
      setState(hidden ? { ...restored, kinds: [] } : restored);
      if (target) setOpenRow(target);
    };
    restore();
    setReady(true);
    // Arriving at #option-<id> (the navigation module says when) shows and opens that row.
    const onHash = () => {
      const target = targetedRow(rows);
      if (!target) return;
      setState((current) => (current.kinds.length && !current.kinds.includes(rows.find((row) => row.id === target)!.kindSlug) ? { ...current, kinds: [] } : current));
      setOpenRow(target);
    };
    window.addEventListener('popstate', restore);
    const stopListening = onArrival(onHash);
    return () => {
      window.removeEventListener('popstate', restore);
      stopListening();
    };
  }, [rows, kindSlugs, year]);

  // After a linked row is revealed, bring it into view (unless the browser already has).
  useEffect(() => {
    const row = openRow && document.getElementById(`${ROW_PREFIX}${openRow}`);
    if (row) bringIntoView(row);
  }, [openRow]);

  const update = (next: TableState) => {
    setState(next);
    const url = `${window.location.pathname}${serializeTableState(next, year, window.location.search)}${window.location.hash}`;
    history.pushState(history.state, '', url);
  };

  const toggleKind = (slug: string) =>
    update({ ...state, kinds: state.kinds.includes(slug) ? state.kinds.filter((k) => k !== slug) : kindSlugs.filter((k) => k === slug || state.kinds.includes(k)) });

  const shown = visibleRows(rows, state);
  const hindsight = state.view === 'hindsight';

  return (
    <div class="options-table-widget">
      <div class="options-toolbar" data-ours data-pending={ready ? undefined : ''} role="group" aria-label="Options table view">
        <div class="options-toolbar-group" role="group" aria-label="Show kinds">
          <span class="options-toolbar-label" aria-hidden="true">Show</span>
          <button type="button" class="chip" aria-pressed={state.kinds.length === 0} onClick={() => update({ ...state, kinds: [] })}>
            All
          </button>
          {kinds.map((kind) => (
            <button type="button" class="chip" aria-pressed={state.kinds.includes(kind.slug)} onClick={() => toggleKind(kind.slug)}>
              {kind.label}
            </button>
          ))}
        </div>
        <div class="options-toolbar-group" role="group" aria-label="Order">
          <span class="options-toolbar-label" aria-hidden="true">Order</span>
          <button type="button" class="chip" aria-pressed={state.sort === 'author'} onClick={() => update({ ...state, sort: 'author' })}>
            Author's order
          </button>
          <button type="button" class="chip" aria-pressed={state.sort === 'lead'} onClick={() => update({ ...state, sort: 'lead' })}>
            Longest claimed lead
          </button>
        </div>
        <div class="options-toolbar-group" role="group" aria-label="Notes">
          <span class="options-toolbar-label" aria-hidden="true">View</span>
          <button type="button" class="chip" aria-pressed={!hindsight} onClick={() => update({ ...state, view: 'published' })}>
            {year}
          </button>
          <button type="button" class="chip" aria-pressed={hindsight} onClick={() => update({ ...state, view: 'hindsight' })}>
            With hindsight
          </button>
        </div>
        <p class="options-result" aria-live="polite">
          {ready ? describeResult(shown.length, rows.length, state) : ''}
        </p>
      </div>
      <table role="table" class={hindsight ? 'with-hindsight' : undefined}>
        <caption data-ours>{caption}</caption>
        <thead>
          <tr role="row">
            <th scope="col" role="columnheader">Option</th>
            <th scope="col" role="columnheader">Pros</th>
            <th scope="col" role="columnheader">Cons</th>
            {hindsight && (
              <th scope="col" role="columnheader" class="hindsight-header" data-ours>
                Since {year} <span class="ours-tag">our notes</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr id={`${ROW_PREFIX}${row.id}`} key={row.id} class={`anchored${row.authorsChoice ? ' authors-choice' : ''}`} role="row" data-kind={row.kindSlug}>
              <th scope="row" role="rowheader">
                <a {...permalinkAttributes(`${ROW_PREFIX}${row.id}`, `row: ${row.optionText}`)}></a>
                <a {...shareAttributes(`${ROW_PREFIX}${row.id}`, `row: ${row.optionText}`, sharePath)}></a>
                <span class="option-name">{cell('option', row)}</span>
                <span class="option-meta" data-ours>
                  <span class="badge">{row.kind}</span>
                  {row.authorsChoice && <span class="badge badge-choice">The author's choice</span>}
                  {row.leadLabel && <span class="badge badge-lead">Claimed lead: {row.leadLabel}</span>}
                </span>
              </th>
              <td role="cell" data-label="Pros">
                {cell('pros', row)}
              </td>
              <td role="cell" data-label="Cons">
                {cell('cons', row)}
              </td>
              {hindsight && (
                <td role="cell" data-label={`Since ${year} (our notes)`} class="hindsight-cell" data-ours>
                  {row.hindsightCount === 0 ? (
                    <span class="hindsight-none">No vetted fact to report.</span>
                  ) : (
                    <details open={openRow === row.id}>
                      <summary>
                        {row.hindsightCount} {row.hindsightCount === 1 ? 'note' : 'notes'} since {year}
                      </summary>
                      {cell('since', row)}
                    </details>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
