/**
 * Places margin notes beside their words on wide screens: each note near the
 * line of its number in the text. Notes share the room of a crowded passage:
 * earlier notes move up when later ones need it (lib/margin-layout.ts), and no
 * note overlaps another or a full-width block (table, timeline, figure). A note
 * that cannot sit within MAX_DISTANCE of its line folds to its number and opens
 * in place on demand. Full-width blocks never wait for the margin: notes are
 * positioned, not floated. Plain DOM, no framework.
 */

import { layOutNotes } from '../lib/margin-layout';
import { refOf, WIDE } from './note-elements';
import { oncePerFrame } from './once-per-frame';
/** Blocks that span the margin: notes never overlap them. */
const FULL_WIDTH = '.essay-body > .wide';

/**
 * Where the margin starts: beside the essay's header (its title, byline and
 * notice keep to the text column), so the first notes may rise beside it.
 */
const columnTop = (body: HTMLElement) => (body.closest('.essay') ?? body).getBoundingClientRect().top;

/** One pass over every margin note of `body`, in reading order. */
export function placeMarginNotes(body: HTMLElement): void {
  const notes = [...body.querySelectorAll<HTMLElement>('.sidenote')];
  const wide = matchMedia(WIDE).matches;
  // A folded note the reader has opened stays open in place until closed: moving it back to the margin would move the text.
  const openInPlace = (note: HTMLElement) => wide && note.hasAttribute('data-folded') && note.classList.contains('is-open');
  for (const note of notes) {
    if (openInPlace(note)) continue;
    refOf(note)?.removeAttribute('tabindex');
    delete note.dataset.placed;
    delete note.dataset.folded;
    note.style.top = '';
  }
  if (!wide) {
    for (const note of notes) refOf(note)?.setAttribute('aria-expanded', String(note.classList.contains('is-open')));
    return;
  }
  // Open in place, or hidden by the reading mode: not in the margin.
  const inMargin = notes.filter((note) => {
    const ref = refOf(note);
    return !openInPlace(note) && ref && ref.getClientRects().length > 0 && note.getClientRects().length > 0;
  });
  const origin = body.getBoundingClientRect().top;
  const blocked = [...body.querySelectorAll<HTMLElement>(FULL_WIDTH)]
    .map((block) => block.getBoundingClientRect())
    .filter((box) => box.height > 0)
    .map((box) => ({ top: box.top - origin, bottom: box.bottom - origin }));
  // The top of the number's line: the number is a superscript, so take the line box around it.
  const lineOf = (note: HTMLElement) => Math.round(refOf(note)!.getBoundingClientRect().top - origin - 2);
  const tops = layOutNotes(
    inMargin.map((note) => ({ line: lineOf(note), height: note.offsetHeight })),
    { top: columnTop(body) - origin, bottom: body.offsetHeight, blocked },
  );
  for (const [i, note] of inMargin.entries()) {
    const ref = refOf(note)!;
    const top = tops[i];
    if (top === null || top === undefined) {
      note.dataset.folded = '';
      ref.setAttribute('aria-expanded', String(note.classList.contains('is-open')));
      ref.removeAttribute('tabindex');
      continue;
    }
    note.style.top = `${top}px`;
    note.dataset.placed = '';
    ref.removeAttribute('aria-expanded');
    // Beside its line the note needs no stop of its own: Tab goes on to the note's links, which follow the paragraph.
    ref.tabIndex = -1;
  }
}

/**
 * Place the notes now and whenever the layout may have moved their words: a
 * resize, fonts arriving, a reading-mode change, a `<details>` opening, a note
 * opening in place. Loaded only once the wide layout applies (note-toggle.ts).
 */
export function setUpMarginNotes(body: HTMLElement): void {
  const schedule = oncePerFrame(() => placeMarginNotes(body));
  placeMarginNotes(body);
  new ResizeObserver(schedule).observe(body);
  new MutationObserver(schedule).observe(document.documentElement, { attributes: true, attributeFilter: ['data-reading-mode'] });
  document.addEventListener('toggle', schedule, true);
  void document.fonts?.ready.then(schedule);
}
