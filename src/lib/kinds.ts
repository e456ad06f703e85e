// Every list of kinds, written once: the schemas validate against these, and
// the build, the appendix and the timeline order and label by them.

/** Our notes' kinds, in the order the notes appendix lists them. */
export const NOTE_KINDS = ['context', 'glossary', 'hindsight', 'source'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** What each kind of note is called on the page. */
export const NOTE_KIND_LABELS: Readonly<Record<NoteKind, string>> = {
  context: 'Context',
  glossary: 'Glossary',
  hindsight: 'Since then',
  source: 'Source',
};

/** Hindsight and context notes, the edition's own commentary, sit in the margin; glossary and source notes open as cards. */
export const MARGIN_KINDS: ReadonlySet<NoteKind> = new Set(['hindsight', 'context']);

/** Kinds of the essay's time-boxed claims, in the timeline's order. */
export const CLAIM_KINDS = ['lead-time', 'forecast', 'milestone'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
