import { opensInPlace, setOpen } from './note-toggle';
import { onArrival } from './navigation';
import { phraseOf } from './note-elements';
import { idOf } from '../lib/places';

/**
 * Scroll once so that both the phrase and its note are in view: the phrase a
 * little below the sticky bar, unless the note would then end below the screen.
 */
function reveal(phrase: HTMLElement, note: HTMLElement): void {
  const a = phrase.getBoundingClientRect();
  const b = note.getBoundingClientRect();
  const top = Math.min(a.top, b.top) + window.scrollY;
  const bottom = Math.max(a.bottom, b.bottom) + window.scrollY;
  const offset = parseFloat(getComputedStyle(note).scrollMarginTop) || window.innerHeight * 0.15;
  let y = top - offset;
  if (bottom - y > window.innerHeight) y = bottom - window.innerHeight + 16;
  window.scrollTo({ top: Math.max(0, y) });
}

/**
 * Arriving at #note-<id> marks the note's phrase and shows the note: a margin
 * note beside its words (or opened in place where it folds or the screen is
 * narrow), a card opened over its term; then one scroll shows both.
 */
export function followNoteLinks(): void {
  onArrival(({ id, revealWith }) => {
    document.querySelectorAll('.note-phrase.is-target, .sidenote.is-target').forEach((el) => el.classList.remove('is-target'));
    if (!idOf('note', id)) return;
    const note = document.getElementById(id);
    const phrase = phraseOf(id);
    if (!note) return;
    phrase?.classList.add('is-target');
    if (note.classList.contains('note-card')) {
      revealWith(() => {
        reveal(phrase ?? note, phrase ?? note);
        // Anchored to its term or link, as when opened from it.
        if (!note.matches(':popover-open')) (note.showPopover as (options?: { source?: HTMLElement }) => void)({ source: phrase ?? undefined });
      });
      return;
    }
    note.classList.add('is-target');
    if (opensInPlace(note)) setOpen(note, true);
    revealWith(() => reveal(phrase ?? note, note));
  });
}
