import type { Citation } from './facts';
import { inlineMarkdown } from './inline-markdown';
import { escapeHtml } from './text';

/** A note ready to render: our words, and the sources shown with it. */
export interface NoteView {
  id: string;
  kind: 'context' | 'glossary' | 'hindsight' | 'source';
  term?: string | undefined;
  /** Inline Markdown. */
  body: string;
  citations: Citation[];
  reference?: string | undefined;
}

export const KIND_LABELS: Record<NoteView['kind'], string> = {
  context: 'Context',
  glossary: 'Glossary',
  hindsight: 'Since then',
  source: 'Source',
};

/** "November 30, 2022", or "as of October 28, 2025" for a fact that will age. */
export function citationDateHtml(citation: Citation): string {
  const date = `<time>${escapeHtml(citation.dateLabel ?? citation.date ?? '')}</time>`;
  return citation.asOf ? `as of ${date}` : date;
}

/** A source link, marked as a press report, with the source's own date only where the vetted list states it. */
export function sourceLinkHtml(citation: Citation): string {
  if (!citation.source) return 'the essay itself';
  const standing = citation.standing === 'press' ? ' (press report)' : '';
  const own = citation.sourceDateLabel ? ` (post of <time>${escapeHtml(citation.sourceDateLabel)}</time>)` : '';
  return `<a href="${escapeHtml(citation.source)}">${escapeHtml(citation.sourceHost ?? citation.source)}</a>${standing}${own}`;
}

/**
 * The sources line: when the cited facts happened, then their source links, apart,
 * so a fact's date never reads as its source page's date; or the reference link.
 */
export function sourcesHtml(note: NoteView): string {
  const dates = note.citations.filter((citation) => citation.date).map(citationDateHtml);
  const cited = note.citations.filter((citation) => citation.source || citation.dateLabel).map(sourceLinkHtml);
  if (note.reference) cited.push(`<a href="${escapeHtml(note.reference)}">${escapeHtml(new URL(note.reference).host.replace(/^www\./, ''))}</a>`);
  const label = note.citations.length === 0 ? 'Reference' : cited.length > 1 ? 'Sources' : 'Source';
  const when = dates.length ? `When: ${dates.join('; ')}. ` : '';
  return cited.length ? `<span class="note-sources">${when}${label}: ${cited.join('; ')}</span>` : '';
}

/** The note's own content (kind, term, body, sources), as phrasing HTML. */
export function noteContentHtml(note: NoteView): string {
  const term = note.term ? `<strong class="note-term">${escapeHtml(note.term)}</strong> ` : '';
  return `<span class="note-kind">${KIND_LABELS[note.kind]}</span> ${term}${inlineMarkdown(note.body.trim())} ${sourcesHtml(note)}`;
}

/**
 * What follows an annotated phrase: a numbered marker that opens the note on
 * narrow screens (a label for a checkbox, so it works without JavaScript) and
 * the sidenote itself, which wide screens show in the margin.
 */
export function sidenoteHtml(note: NoteView): string {
  const toggle = `note-toggle-${note.id}`;
  return (
    `<span class="note" data-kind="${note.kind}" data-ours>` +
    `<label class="note-marker" for="${toggle}"></label>` +
    `<input type="checkbox" id="${toggle}" class="note-toggle" aria-label="${KIND_LABELS[note.kind]} note">` +
    `<span class="sidenote" id="note-${note.id}" role="note">${noteContentHtml(note)}</span></span>`
  );
}
