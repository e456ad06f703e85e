// Our notes, ready to render, in the order a reader meets them. (Build time only.)
import { getCollection } from 'astro:content';
import { citationsFor } from './fact-citations';
import type { NoteView } from '../lib/note-html';

export interface PlacedNote extends NoteView {
  paragraph: string;
  phrase: string;
}

let cache: Promise<PlacedNote[]> | undefined;

async function load(): Promise<PlacedNote[]> {
  const notes = (await getCollection('notes')).sort((a, b) => a.data.order - b.data.order);
  return Promise.all(
    notes.map(async ({ data: note }) => ({
      ...note,
      citations: await citationsFor(note.facts, `note ${note.id}`),
    })),
  );
}

/** Every note, in reading order. */
export function placedNotes(): Promise<PlacedNote[]> {
  return (cache ??= load());
}
