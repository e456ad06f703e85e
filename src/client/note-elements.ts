// A note's parts on the page, found through the edition's vocabulary of ids
// (lib/places.ts): the note (`note-<id>`), its number in the text (`ref-<id>`)
// and the author's phrase it reads (`data-note="<id>"`). Shared by the notes'
// toggle, their layout pass, arrivals and print, so none rebuilds an id.
import { noteAnchor, noteIdOf, noteRefAnchor } from '../lib/places';

/** The layout's margin column exists from this width (layout.css). */
export const WIDE = '(min-width: 64rem)';

const byNote = (anchor: string, build: (noteId: string) => string): HTMLElement | null => {
  const id = noteIdOf(anchor);
  return id ? document.getElementById(build(id)) : null;
};

/** A note's number in the text (its reference link). */
export const refOf = (note: HTMLElement): HTMLElement | null => byNote(note.id, noteRefAnchor);

/** The note a number in the text points to. */
export const noteOf = (ref: Element): HTMLElement | null => byNote(ref.id, noteAnchor);

/** The author's phrase a note (or a note's anchor, "note-<id>") reads. */
export function phraseOf(noteAnchorOrNote: string | HTMLElement): HTMLElement | null {
  const id = noteIdOf(typeof noteAnchorOrNote === 'string' ? noteAnchorOrNote : noteAnchorOrNote.id);
  return id ? document.querySelector<HTMLElement>(`.note-phrase[data-note="${CSS.escape(id)}"]`) : null;
}
