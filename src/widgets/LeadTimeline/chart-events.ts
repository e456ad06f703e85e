// The island's reach into the chart the wrapper rendered: reading what the
// reader does there, and showing which claim is open.
import { keyTarget } from '../../lib/timeline/keyboard';
import { bringIntoView, onArrival, type Arrival } from '../../scripts/navigation';
import { claimInHash, type Open, type OpenAction } from './open-state';

const claimOf = (el: Element | null) => el?.closest<HTMLElement>('.lt-row')?.id.slice('claim-'.length) ?? null;
/** A click the browser should keep: opening in a new tab or window. */
const modified = (event: MouseEvent) => event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

/** Mark the open claim's row, link and panel; a preview panel is inert (seen, not used). */
export function showOpen(chart: HTMLElement, open: Open): void {
  for (const row of chart.querySelectorAll<HTMLElement>('.lt-row')) {
    const mode = open && row.id === `claim-${open.id}` ? open.mode : null;
    if (mode) row.dataset.open = mode;
    else delete row.dataset.open;
    row.querySelector('.lt-claim')?.setAttribute('aria-expanded', String(mode === 'pinned'));
    const panel = row.querySelector<HTMLElement>('.lt-panel');
    if (panel) panel.inert = mode === 'peek';
  }
}

/**
 * Listen on the chart and the page: hover previews, focus and clicks pin,
 * arrows move, Escape closes, links from the essay and the URL open a claim.
 * Returns a function that removes every listener.
 */
export function wireChart(chart: HTMLElement, ids: readonly string[], dispatch: (action: OpenAction) => void): () => void {
  const links = () => [...chart.querySelectorAll<HTMLAnchorElement>('.lt-claim')];
  // Focus opens a claim, except when a press (whose click decides) or closing put it there.
  let pressing = false;
  let moving = false;
  const focusClaim = (id: string) => {
    moving = true;
    chart.querySelector<HTMLElement>(`[id="claim-${id}"] .lt-claim`)?.focus({ preventScroll: true });
    moving = false;
  };
  // Opened by navigation: close the old panel at once, so the page does not shift under the reader after the jump.
  const openNow = (id: string) => {
    showOpen(chart, { id, mode: 'pinned' });
    dispatch({ type: 'focus', id });
  };
  // Arriving at #claim-<id> (the navigation module says when) opens the claim and brings it into view.
  const fromUrl = ({ id: fragment, initial, revealWith }: Arrival) => {
    const id = claimInHash(`#${fragment}`, ids);
    if (!id) return;
    // The claim the page opened at is focused as the chart starts; one linked to later is pinned open.
    if (initial) return dispatch({ type: 'focus', id });
    openNow(id);
    revealWith(() => {
      const row = chart.querySelector(`[id="claim-${id}"]`);
      if (row) bringIntoView(row);
    });
  };

  const on = {
    pointerover(event: PointerEvent) {
      const id = claimOf(event.target as Element);
      if (id && event.pointerType === 'mouse') dispatch({ type: 'hover', id });
    },
    pointerout(event: PointerEvent) {
      const id = claimOf(event.target as Element);
      if (id && id !== claimOf(event.relatedTarget as Element | null)) dispatch({ type: 'leave', id });
    },
    pointerdown(event: PointerEvent) {
      pressing = !!(event.target as Element).closest('.lt-claim');
    },
    focusin(event: FocusEvent) {
      const id = (event.target as Element).matches('.lt-claim') ? claimOf(event.target as Element) : null;
      if (id && !pressing && !moving) dispatch({ type: 'focus', id });
    },
    click(event: MouseEvent) {
      const target = event.target as Element;
      const id = claimOf(target);
      if (!id || modified(event)) return;
      if (target.closest('.lt-claim')) {
        event.preventDefault();
        pressing = false;
        dispatch({ type: 'toggle', id });
      } else if (target.closest('.lt-close')) {
        dispatch({ type: 'close' });
        focusClaim(id);
      }
    },
    keydown(event: KeyboardEvent) {
      const target = event.target as Element;
      pressing = false;
      if (event.key === 'Escape') {
        const id = claimOf(target);
        dispatch({ type: 'close' });
        if (id && target.closest('.lt-panel')) focusClaim(id);
        return;
      }
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const all = links();
      const index = all.indexOf(target as HTMLAnchorElement);
      const next = index === -1 ? null : keyTarget(event.key, index, all.length);
      if (next === null) return;
      event.preventDefault();
      all[next]!.focus();
    },
  };
  const page = {
    // A link to a claim from the essay opens it, even when the URL already names it (no hashchange).
    click(event: MouseEvent) {
      if (chart.contains(event.target as Node) || modified(event)) return;
      const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[href*="#claim-"]');
      const id = link ? claimInHash(new URL(link.href).hash, ids) : null;
      if (id) openNow(id);
    },
    // Escape also closes when nothing has focus, e.g. just after arriving by a permalink.
    keydown(event: KeyboardEvent) {
      if (event.key === 'Escape' && (event.target === document.body || event.target === document.documentElement)) dispatch({ type: 'close' });
    },
  };

  for (const [type, listener] of Object.entries(on)) chart.addEventListener(type, listener as EventListener);
  for (const [type, listener] of Object.entries(page)) document.addEventListener(type, listener as EventListener);
  const stopListening = onArrival(fromUrl);
  return () => {
    for (const [type, listener] of Object.entries(on)) chart.removeEventListener(type, listener as EventListener);
    for (const [type, listener] of Object.entries(page)) document.removeEventListener(type, listener as EventListener);
    stopListening();
  };
}
