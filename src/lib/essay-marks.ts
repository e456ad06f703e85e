// What the site attaches to the author's phrases, as hast: our notes (a marker
// and the sidenote, which works without JavaScript) and links from a claim's
// words to the timeline. Pure: the data arrives as arguments.
import type { Citation } from './facts';
import { inlineHast } from './markdown';
import { hostOf } from './url';
import { element, propertiesOf, text, type Element, type ElementContent } from './tree/hast';
import type { PhraseMark } from './tree/phrase-marks';

export const NOTE_KIND_LABELS = {
  context: 'Context',
  glossary: 'Glossary',
  hindsight: 'Since then',
  source: 'Source',
} as const;

/** A note ready to render: our words, and the sources shown with it. */
export interface NoteView {
  id: string;
  kind: keyof typeof NOTE_KIND_LABELS;
  term?: string | undefined;
  /** Inline Markdown. */
  body: string;
  citations: Citation[];
  reference?: string | undefined;
}

/** A note placed at the author's words: the paragraph id and the exact phrase. */
export interface PlacedNote extends NoteView {
  paragraph: string;
  phrase: string;
  /** The note's file, for errors. */
  file: string;
}

/** A claim placed at the author's words. */
export interface PlacedClaim {
  id: string;
  paragraph: string;
  phrase: string;
  /** Short label for the timeline link's accessible name. */
  label: string;
  /** Where the claim is defined, for errors ("src/data/claims.yaml: claim halodi-agi"). */
  definedIn: string;
}

const link = (href: string, label: string) => element('a', { href }, [text(label)]);

/** "November 30, 2022", or "as of October 28, 2025" for a fact that will age. */
function citationDate(citation: Citation): ElementContent[] {
  const date = element('time', {}, [text(citation.dateLabel ?? citation.date ?? '')]);
  return citation.asOf ? [text('as of '), date] : [date];
}

/** A source link, marked as a press report, with the source's own date only where the vetted list states it. */
function sourceLink(citation: Citation): ElementContent[] {
  if (!citation.source) return [text('the essay itself')];
  return [
    link(citation.source, citation.sourceHost ?? citation.source),
    ...(citation.standing === 'press' ? [text(' (press report)')] : []),
    ...(citation.sourceDateLabel ? [text(' (post of '), element('time', {}, [text(citation.sourceDateLabel)]), text(')')] : []),
  ];
}

const joined = (parts: ElementContent[][], separator: string) => parts.flatMap((part, index) => (index ? [text(separator), ...part] : part));

/**
 * The sources line: when the cited facts happened, then their source links, apart,
 * so a fact's date never reads as its source page's date; or the reference link.
 */
export function noteSources(note: NoteView): Element | null {
  const dates = note.citations.filter((citation) => citation.date).map(citationDate);
  const cited = note.citations.filter((citation) => citation.source || citation.dateLabel).map(sourceLink);
  if (note.reference) cited.push([link(note.reference, hostOf(note.reference))]);
  if (cited.length === 0) return null;
  const label = note.citations.length === 0 ? 'Reference' : cited.length > 1 ? 'Sources' : 'Source';
  const when = dates.length ? [text('When: '), ...joined(dates, '; '), text('. ')] : [];
  return element('span', { className: ['note-sources'] }, [...when, text(`${label}: `), ...joined(cited, '; ')]);
}

/** The note's own content: kind, term, body, sources. */
export function noteContent(note: NoteView): ElementContent[] {
  const sources = noteSources(note);
  return [
    element('span', { className: ['note-kind'] }, [text(NOTE_KIND_LABELS[note.kind])]),
    text(' '),
    ...(note.term ? [element('strong', { className: ['note-term'] }, [text(note.term)]), text(' ')] : []),
    ...inlineHast(note.body),
    text(' '),
    ...(sources ? [sources] : []),
  ];
}

/**
 * What follows an annotated phrase: a numbered marker that opens the note on
 * narrow screens (a label for a checkbox, so it works without JavaScript) and
 * the sidenote itself, which wide screens show in the margin.
 */
export function sidenote(note: NoteView): Element {
  const toggle = `note-toggle-${note.id}`;
  return element('span', propertiesOf({ class: 'note', 'data-kind': note.kind, 'data-ours': '' }), [
    element('label', propertiesOf({ class: 'note-marker', for: toggle })),
    element('input', propertiesOf({ type: 'checkbox', id: toggle, class: 'note-toggle', 'aria-label': `${NOTE_KIND_LABELS[note.kind]} note` })),
    element('span', propertiesOf({ class: 'sidenote', id: `note-${note.id}`, role: 'note' }), noteContent(note)),
  ]);
}

export function noteMark(note: PlacedNote): PhraseMark {
  return {
    label: `${note.file}: note ${note.id} → phrase`,
    phrase: note.phrase,
    wrapper: element('span', propertiesOf({ class: 'note-phrase', 'data-note': note.id, 'data-kind': note.kind })),
    after: [sidenote(note)],
  };
}

export function claimMark(claim: PlacedClaim): PhraseMark {
  return {
    label: `${claim.definedIn} → phrase`,
    phrase: claim.phrase,
    wrapper: element('span', propertiesOf({ class: 'claim-phrase', id: `phrase-claim-${claim.id}`, 'data-claim': claim.id })),
    after: [element('a', propertiesOf({ class: 'claim-link', href: `#claim-${claim.id}`, 'data-ours': '', 'aria-label': `On the timeline: ${claim.label}` }))],
  };
}

/** Every block's marks, by block id (a paragraph, a list item or a table row's anchor). */
export function marksByBlock(notes: readonly PlacedNote[], claims: readonly PlacedClaim[]): Map<string, PhraseMark[]> {
  const marks = new Map<string, PhraseMark[]>();
  const add = (block: string, mark: PhraseMark) => marks.set(block, [...(marks.get(block) ?? []), mark]);
  for (const claim of claims) add(claim.paragraph, claimMark(claim));
  for (const note of notes) add(note.paragraph, noteMark(note));
  return marks;
}
