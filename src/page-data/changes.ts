// What changed in the edition, and when: every note, and every claim's and
// row's hindsight lines, as subjects with their histories, for the changes
// page and the Atom feed.
import { changesOf, type Change, type HistorySubject } from '../lib/history';
import { NOTE_KIND_LABELS } from '../lib/kinds';
import { inlineHtml, inlineText } from '../lib/markdown';
import { claimAnchor, noteAnchor, rowAnchor } from '../lib/places';
import { essayModel } from '../loaders/essay-model';

const paragraphs = (lines: readonly { text: string }[]) => lines.map((line) => `<p>${inlineHtml(line.text)}</p>`).join('');

/** Every entry that keeps a history, in reading order: notes, then claims, then the options table's rows. */
export async function historySubjects(): Promise<HistorySubject[]> {
  const model = await essayModel();
  const notes = model.notes.map((note) => ({
    anchor: noteAnchor(note.id),
    title: `${NOTE_KIND_LABELS[note.kind]} note on “${note.term ?? note.phrase}”`,
    html: `<p>${inlineHtml(note.body)}</p>`,
    history: note.history,
  }));
  const claims = model.claims.flatMap((claim) => {
    const history = model.history.claims[claim.id];
    return history ? [{ anchor: claimAnchor(claim.id), title: `What happened since: ${claim.label}`, html: paragraphs(claim.hindsight), history }] : [];
  });
  const rows = model.rows.flatMap((row) => {
    const history = model.history.rows[row.id];
    return history ? [{ anchor: rowAnchor(row.id), title: `What happened since, in the options table: ${inlineText(row.option)}`, html: paragraphs(row.hindsight), history }] : [];
  });
  return [...notes, ...claims, ...rows];
}

/** Every addition and revision, newest first. */
export async function editionChanges(): Promise<Change[]> {
  return changesOf(await historySubjects());
}
