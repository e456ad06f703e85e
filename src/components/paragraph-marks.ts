// What the site attaches to phrases of the author's paragraphs: our notes, and
// links from a claim's words to the timeline. (Build time only: reads the collections.)
import { getCollection } from 'astro:content';
import { placedNotes, type PlacedNote } from './notes-data';
import { sidenoteHtml } from '../lib/note-html';
import type { PhraseMark } from '../lib/phrase-marks';
import { escapeHtml } from '../lib/text';

function noteMark(note: PlacedNote): PhraseMark {
  return {
    label: `note ${note.id} (src/content/notes/${note.kind}.yaml)`,
    phrase: note.phrase,
    open: `<span class="note-phrase" data-note="${note.id}" data-kind="${note.kind}">`,
    close: '</span>',
    after: sidenoteHtml(note),
  };
}

function claimMark(id: string, phrase: string, label: string, file: string): PhraseMark {
  return {
    label: `claim ${id} (${file})`,
    phrase,
    open: `<span class="claim-phrase" id="phrase-claim-${id}" data-claim="${id}">`,
    close: '</span>',
    after: `<a class="claim-link" href="#claim-${id}" data-ours aria-label="${escapeHtml(`On the timeline: ${label}`)}"></a>`,
  };
}

/** Every mark for one paragraph, or for an options-table row (`option-<id>`). */
export async function marksFor(paragraphId: string): Promise<PhraseMark[]> {
  const claims = (await getCollection('claims'))
    .filter((entry) => entry.data.paragraph === paragraphId)
    .map(({ data: claim }) => claimMark(claim.id, claim.phrase, claim.label, 'src/data/claims.yaml'));
  const row = paragraphId.startsWith('option-') ? (await getCollection('options')).find((entry) => `option-${entry.id}` === paragraphId) : undefined;
  const leads = (row?.data.leadTimes ?? []).map((lead) =>
    claimMark(lead.id, lead.phrase, `${row!.data.option}: lead on ${lead.area}`, 'src/data/options.yaml'),
  );
  const notes = (await placedNotes()).filter((note) => note.paragraph === paragraphId).map(noteMark);
  return [...claims, ...leads, ...notes];
}
