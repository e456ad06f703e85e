// The edition's vocabulary of places: every id and URL a reader can link to is
// built and parsed here, and nowhere else. The build (tree pass, page data,
// share pages), the browser modules and the dist checks all use these, so a
// prefix is written once. Pure: no IO, no DOM, safe in the browser.

/** Every kind of place with an id of its own on the essay page. */
export const PLACE_KINDS = ['section', 'paragraph', 'note', 'note-ref', 'claim', 'claim-phrase', 'row', 'quote'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** The prefix each kind's ids carry (sections are the author's heading slugs, with none). */
const PREFIX = {
  paragraph: 'p-',
  note: 'note-',
  'note-ref': 'ref-',
  claim: 'claim-',
  'claim-phrase': 'phrase-claim-',
  row: 'option-',
  quote: 'quote-',
} as const satisfies Partial<Record<PlaceKind, string>>;

/** A note's anchor: `note-<id>`. */
export const noteAnchor = (noteId: string) => `${PREFIX.note}${noteId}`;
/** The anchor of a note's number (its reference) in the text: `ref-<id>`. */
export const noteRefAnchor = (noteId: string) => `${PREFIX['note-ref']}${noteId}`;
/** A timeline claim's anchor: `claim-<id>`. */
export const claimAnchor = (claimId: string) => `${PREFIX.claim}${claimId}`;
/** The anchor of the author's phrase a claim reads: `phrase-claim-<id>`. */
export const claimPhraseAnchor = (claimId: string) => `${PREFIX['claim-phrase']}${claimId}`;
/** An options-table row's anchor: `option-<id>`. */
export const rowAnchor = (rowId: string) => `${PREFIX.row}${rowId}`;
/** A quote card's anchor: `quote-<id>`. */
export const quoteAnchor = (quoteId: string) => `${PREFIX.quote}${quoteId}`;

/** The id an anchor of `kind` carries ("note-x" → "x"), or null when it is not one. */
export function idOf(kind: Exclude<PlaceKind, 'section'>, anchor: string): string | null {
  const prefix = PREFIX[kind];
  // `phrase-claim-` is a longer prefix than `claim-`: a phrase anchor is never a claim's.
  if (kind === 'claim' && anchor.startsWith(PREFIX['claim-phrase'])) return null;
  return anchor.startsWith(prefix) && anchor.length > prefix.length ? anchor.slice(prefix.length) : null;
}

/** The kind of place an anchor names by its prefix (sections carry none: null), or null. */
export function placeKindOf(anchor: string): Exclude<PlaceKind, 'section'> | null {
  for (const kind of Object.keys(PREFIX) as Exclude<PlaceKind, 'section'>[]) if (idOf(kind, anchor) !== null) return kind;
  return null;
}

/** The note a note's or its reference's anchor names ("note-x" or "ref-x" → "x"). */
export const noteIdOf = (anchor: string) => idOf('note', anchor) ?? idOf('note-ref', anchor);

/** A URL fragment ("#note-x", "note-x", percent-encoded or not) as the anchor it names. */
export function anchorOfHash(hash: string): string {
  const fragment = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** The fragment that links to an anchor on the essay page: `#<anchor>`. */
export const hashOf = (anchor: string) => `#${anchor}`;

/**
 * The share page of a place, a site path under `base` ("/" or "/rome/"):
 * `<base>s/<anchor>/`. Its preview image is `sharePageImage`.
 */
export const sharePagePath = (anchor: string, base = '/') => `${withSlash(base)}s/${anchor}/`;
/** The preview image of a place's share page: `<base>s/<anchor>.png`. */
export const sharePageImage = (anchor: string, base = '/') => `${withSlash(base)}s/${anchor}.png`;
/** The folder every share page lives under, with the base: `<base>s/`. */
export const sharePagesPath = (base = '/') => `${withSlash(base)}s/`;

/** The place a share page's path names ("/rome/s/option-tesla/" → "option-tesla"), or null. */
export function anchorOfSharePage(path: string, base = '/'): string | null {
  const prefix = sharePagesPath(base);
  if (!path.startsWith(prefix)) return null;
  const anchor = path.slice(prefix.length).replace(/\/(index\.html)?$/, '');
  return anchor && !anchor.includes('/') ? anchor : null;
}

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);
