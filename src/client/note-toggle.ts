/**
 * Notes that open in place: on a narrow screen every margin note, on a wide one
 * a note the margin folds. A note's number toggles it there and says so
 * (aria-expanded). The margin's layout pass (margin-notes.ts) only works on wide
 * screens, so it is loaded only when the wide layout applies (at once, or on the
 * first resize to it): a phone never downloads it.
 */
import { noteOf, refOf, WIDE } from './note-elements';

/** True when the note is not beside its words: a narrow screen, or folded. */
export function opensInPlace(note: HTMLElement): boolean {
  return !matchMedia(WIDE).matches || note.hasAttribute('data-folded');
}

/** Open or close a note that opens in place, and say so on its number. */
export function setOpen(note: HTMLElement, open: boolean): void {
  note.classList.toggle('is-open', open);
  refOf(note)?.setAttribute('aria-expanded', String(open));
}

/**
 * A note's number toggles it where it opens in place; on a narrow screen each
 * number says whether its note is open; on a wide one the margin's layout pass
 * is loaded and set up (the returned promise settles once it is; nothing is
 * returned on a narrow screen), and it is loaded later if the screen becomes wide.
 */
export function setUpNotes(): Promise<void> | undefined {
  const body = document.querySelector<HTMLElement>('[data-essay-body]');
  if (!body) return;
  // A source card opens from focus on the author's link (interestfor, or previews.ts where it is missing): its ↗ marker is for pointer and touch.
  for (const marker of body.querySelectorAll<HTMLElement>('.note-ref-card')) marker.tabIndex = -1;
  body.addEventListener('click', (event) => {
    const ref = (event.target as Element).closest<HTMLAnchorElement>('a.note-ref');
    if (!ref || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const note = noteOf(ref);
    if (!note || !opensInPlace(note)) return; // beside its words: the link just goes to it
    event.preventDefault();
    setOpen(note, !note.classList.contains('is-open'));
  });
  // Escape closes the open note that holds focus, or whose number does, and puts focus back on the number.
  body.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const target = event.target as Element;
    const ref = target.closest<HTMLElement>('a.note-ref');
    const note = ref ? noteOf(ref) : target.closest<HTMLElement>('.sidenote');
    if (!note?.classList.contains('is-open') || !opensInPlace(note)) return;
    setOpen(note, false);
    refOf(note)?.focus();
  });
  const wide = matchMedia(WIDE);
  let loaded: Promise<void> | undefined;
  const load = () => (loaded ??= import('./margin-notes').then(({ setUpMarginNotes }) => setUpMarginNotes(body)));
  if (wide.matches) return load();
  for (const note of body.querySelectorAll<HTMLElement>('.sidenote')) refOf(note)?.setAttribute('aria-expanded', String(note.classList.contains('is-open')));
  const onChange = () => {
    if (!wide.matches) return;
    wide.removeEventListener('change', onChange);
    void load();
  };
  wide.addEventListener('change', onChange);
  return undefined;
}
