// Our notes, ready to render, in the order a reader meets them. (Build time only.)
import { getCollection, getEntry } from 'astro:content';
import { citationOf } from '../lib/facts';
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
      citations: await Promise.all(
        note.facts.map(async (id) => {
          const fact = await getEntry('facts', id);
          if (!fact) throw new Error(`note ${note.id}: unknown fact "${id}"`);
          return citationOf(fact.data);
        }),
      ),
    })),
  );
}

/** Every note, in reading order. */
export function placedNotes(): Promise<PlacedNote[]> {
  return (cache ??= load());
}
