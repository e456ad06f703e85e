// What the site attaches to the author's phrases, as hast: our notes (a marker
// and the sidenote, which works without JavaScript) and links from a claim's
// words to the timeline. Pure: the data arrives as arguments.
import type { Citation } from './facts';
import { MARGIN_KINDS, NOTE_KIND_LABELS, type NoteKind } from './kinds';
import { inlineHast } from './markdown';
import { inReadingOrder } from './phrases';
import { noteAnchor, noteRefAnchor } from './places';
import { hostOf } from './url';
import { datesLine, type DatedHistory } from './history';
import { element, propertiesOf, text, type Element, type ElementContent } from './tree/hast';
import type { PhraseMark } from './tree/phrase-marks';


/** A note ready to render: our words, and the sources shown with it. */
export interface NoteView {
  id: string;
  kind: NoteKind;
  term?: string | undefined;
  /** The author's words the note is attached to, when placed; names its source links. */
  phrase?: string | undefined;
  /** Inline Markdown. */
  body: string;
  citations: Citation[];
  reference?: string | undefined;
  /** When it was added and revised; shown quietly after it. */
  history?: DatedHistory | undefined;
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

/**
 * A source link shows its site; its name also says what it is a source for
 * ("AGI: en.wikipedia.org"), as a page holds two dozen links to the same site.
 * The visible words come last in the name, so voice control finds it by them.
 */
const link = (href: string, label: string, subject?: string) =>
  element('a', subject ? { href, 'aria-label': `${subject}: ${label}` } : { href }, [text(label)]);

/**
 * "November 30, 2022", or "as of October 28, 2025" for a fact that will age,
 * which carries its review day: past it, the stylesheet adds "due for review"
 * (data-due, set here on the build day and by the page on the reader's). Plain
 * text: a <time> needs a machine-readable value, and these labels are not one.
 */
function citationDate(citation: Citation): ElementContent[] {
  const date = citation.dateLabel ?? citation.date ?? '';
  const of = citation.dateOf ? `${citation.dateOf}, ` : '';
  const said = citation.asOf ? `as of ${date}` : date;
  if (!citation.reviewBy) return [text(`${of}${said}`)];
  return [...(of ? [text(of)] : []), element('span', { 'data-review-by': citation.reviewBy, ...(citation.due ? { 'data-due': '' } : {}) }, [text(said)])];
}

/** A source link, marked with its kind ("press report", "reference work") from the facts, with the source's own date only where the vetted list states it. */
function sourceLink(citation: Citation, subject?: string): ElementContent[] {
  if (!citation.source) return [text('the essay itself')];
  return [
    link(citation.source, citation.sourceHost ?? citation.source, subject),
    ...(citation.sourceKind ? [text(` (${citation.sourceKind})`)] : []),
    ...(citation.sourceDateLabel ? [text(` (post of ${citation.sourceDateLabel})`)] : []),
  ];
}

const joined = (parts: ElementContent[][], separator: string) => parts.flatMap((part, index) => (index ? [text(separator), ...part] : part));

/**
 * The sources line: when the cited facts happened, then their source links, apart,
 * so a fact's date never reads as its source page's date; or the reference link.
 */
export function noteSources(note: NoteView, subject = note.term ?? note.phrase): Element | null {
  const dates = note.citations.filter((citation) => citation.date).map(citationDate);
  const cited = note.citations.filter((citation) => citation.source || citation.dateLabel).map((citation) => sourceLink(citation, subject));
  if (note.reference) cited.push([link(note.reference, hostOf(note.reference), subject)]);
  if (cited.length === 0) return null;
  const label = note.citations.length === 0 ? 'Reference' : cited.length > 1 ? 'Sources' : 'Source';
  const when = dates.length ? [text('When: '), ...joined(dates, '; '), text('. ')] : [];
  return element('span', { className: ['note-sources'] }, [...when, text(`${label}: `), ...joined(cited, '; ')]);
}

/**
 * The note's own content: term, body, sources (its kind is its element's data-label).
 * `subject` names its source links: the term, the note's number, or its phrase.
 */
export function noteContent(note: NoteView, subject?: string): ElementContent[] {
  const sources = noteSources(note, subject);
  return [
    ...(note.term ? [element('strong', { className: ['note-term'] }, [text(note.term)]), text(' ')] : []),
    ...inlineHast(note.body),
    text(' '),
    ...(sources ? [sources] : []),
  ];
}


/** A note's number in the text, for margin notes (counted in reading order); none for cards. */
export type NoteNumbers = ReadonlyMap<string, number>;

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/**
 * The note's body, which lives after the paragraph (or at the end of a table
 * cell), never inside the author's sentence. A margin note is a numbered block
 * that wide screens place beside its phrase; a card is a popover opened from
 * the phrase or a marker beside it, so it opens without JavaScript too.
 */
export function noteBody(note: NoteView, number: number | undefined): Element {
  const margin = number !== undefined;
  // Read as it shows: "2. Since then · …". The number and kind label are drawn from
  // data-number and data-label (notes.css), as generated text that is shown and read
  // but not an element: two fewer per note. The group around it is marked as ours.
  return element(
    'span',
    propertiesOf({
      class: margin ? 'sidenote' : 'note-card',
      id: noteAnchor(note.id),
      'data-kind': note.kind,
      'data-label': NOTE_KIND_LABELS[note.kind],
      ...(margin ? { 'data-number': String(number) } : {}),
      // Its dates, drawn after it from data-dates as the label is: no element of its own.
      ...(note.history ? { 'data-dates': datesLine(note.history) } : {}),
      role: 'note',
      ...(margin ? {} : { popover: 'auto' }),
    }),
    // A margin note's source links are named by its number, as the reader sees it ("Note 4: evjang.com").
    noteContent(note, note.term ?? (margin ? `Note ${number}` : note.phrase)),
  );
}

/**
 * What the sentence keeps of a note: for a margin note, a short numbered link to
 * it, named "Note 4, since then" (the reader has just heard the words it sits
 * on); its number is drawn from data-number (notes.css), so copying the
 * author's sentence, or reading its text, gives his words alone; for a source note, a small
 * marker beside the author's link that opens its card (the link itself keeps
 * working, and previews the card on hover); for a glossary note, nothing, as
 * the term itself opens the card.
 */
export function noteControl(note: PlacedNote, number: number | undefined): Element | null {
  if (number !== undefined) {
    return element(
      'a',
      propertiesOf({
        class: 'note-ref',
        href: `#note-${note.id}`,
        id: noteRefAnchor(note.id),
        'data-kind': note.kind,
        'aria-details': noteAnchor(note.id),
        'aria-label': `Note ${number}, ${lower(NOTE_KIND_LABELS[note.kind])}`,
        'data-number': String(number),
        'data-ours': '',
      }),
    );
  }
  if (note.kind === 'glossary') return null;
  // With JavaScript, for pointer and touch only (client/note-toggle.ts): from the keyboard, focus on the author's link opens the card (interestfor, aria-details).
  return element(
    'button',
    propertiesOf({
      type: 'button',
      class: 'note-ref note-ref-card',
      id: noteRefAnchor(note.id),
      'data-kind': note.kind,
      popovertarget: noteAnchor(note.id),
      popovertargetaction: 'show',
      'aria-label': `${NOTE_KIND_LABELS[note.kind]} note: ${note.phrase}`,
      'data-ours': '',
    }),
  );
}

/** The element that wraps the author's words: a button opening the card for a glossary term, else a span. */
function phraseWrapper(note: NoteView, number: number | undefined): Element {
  const shared = { class: 'note-phrase', 'data-note': note.id, 'data-kind': note.kind };
  if (number === undefined && note.kind === 'glossary') {
    return element(
      'button',
      propertiesOf({ ...shared, type: 'button', popovertarget: noteAnchor(note.id), popovertargetaction: 'show', interestfor: noteAnchor(note.id) }),
    );
  }
  return element('span', propertiesOf(shared));
}

export function noteMark(note: PlacedNote, number?: number): PhraseMark {
  const control = noteControl(note, number);
  return {
    label: `${note.file}: note ${note.id} → phrase`,
    phrase: note.phrase,
    wrapper: phraseWrapper(note, number),
    after: control ? [control] : [],
    body: noteBody(note, number),
    ...(note.kind === 'source' && number === undefined ? { linkProperties: { interestfor: noteAnchor(note.id), 'aria-details': noteAnchor(note.id) } } : {}),
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

/**
 * Margin notes numbered in reading order: by their block's place in the essay,
 * then their phrase's place in the block. Notes outside the essay's blocks (a
 * table row) get no number and open as cards.
 */
export function numberNotes(notes: readonly PlacedNote[], blocks: readonly { id: string; text: string }[]): Map<string, number> {
  const texts = new Map(blocks.map((block) => [block.id, block.text]));
  const placed = inReadingOrder(notes.filter((note) => MARGIN_KINDS.has(note.kind) && texts.has(note.paragraph)), texts);
  return new Map(placed.map((note, index) => [note.id, index + 1]));
}

/** Every block's marks, by block id (a paragraph, a list item or a table row's anchor). */
export function marksByBlock(notes: readonly PlacedNote[], claims: readonly PlacedClaim[], numbers: NoteNumbers = new Map()): Map<string, PhraseMark[]> {
  const marks = new Map<string, PhraseMark[]>();
  const add = (block: string, mark: PhraseMark) => marks.set(block, [...(marks.get(block) ?? []), mark]);
  for (const claim of claims) add(claim.paragraph, claimMark(claim));
  for (const note of notes) add(note.paragraph, noteMark(note, MARGIN_KINDS.has(note.kind) ? numbers.get(note.id) : undefined));
  return marks;
}
