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

/** The sources line: each cited fact's source and date, or the reference link. */
export function sourcesHtml(note: NoteView): string {
  const cited = note.citations
    .filter((citation) => citation.source || citation.dateLabel)
    .map((citation) => {
      const link = citation.source ? `<a href="${escapeHtml(citation.source)}">${escapeHtml(citation.sourceHost ?? citation.source)}</a>` : 'the essay itself';
      const standing = citation.standing === 'press' ? ' (press report)' : '';
      const date = citation.date ? `, <time>${escapeHtml(citation.dateLabel ?? citation.date)}</time>` : '';
      return `${link}${standing}${date}`;
    });
  if (note.reference) cited.push(`<a href="${escapeHtml(note.reference)}">${escapeHtml(new URL(note.reference).host.replace(/^www\./, ''))}</a>`);
  const label = note.citations.length === 0 ? 'Reference' : cited.length > 1 ? 'Sources' : 'Source';
  return cited.length ? `<span class="note-sources">${label}: ${cited.join('; ')}</span>` : '';
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
