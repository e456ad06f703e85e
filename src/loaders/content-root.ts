// Where the essay's content and data live. Everything that knows which essay
// the site shows is under this root (default `src`: src/content, src/data);
// `CONTENT_ROOT` points a build at another essay (the test fixture uses it).

/** The folder holding `content/` and `data/`, relative to the project root. */
export const CONTENT_ROOT = (process.env.CONTENT_ROOT ?? 'src').replace(/\/+$/, '');

/** Project-relative paths of every file and folder the loaders read. */
export const CONTENT_FILES = {
  essayDir: `${CONTENT_ROOT}/content/essay`,
  notesDir: `${CONTENT_ROOT}/content/notes`,
  site: `${CONTENT_ROOT}/data/site.json`,
  /** The essay's own social image, if it has one; otherwise one is drawn (src/pages/social-card.png.ts). */
  socialCard: `${CONTENT_ROOT}/data/social-card.png`,
  facts: `${CONTENT_ROOT}/data/facts.yaml`,
  permalinks: `${CONTENT_ROOT}/data/permalinks.yaml`,
  options: `${CONTENT_ROOT}/data/options.yaml`,
  claims: `${CONTENT_ROOT}/data/claims.yaml`,
  quotes: `${CONTENT_ROOT}/data/quotes.yaml`,
  figure: `${CONTENT_ROOT}/data/figure.yaml`,
  /** When each note and hindsight line was added and revised. */
  history: `${CONTENT_ROOT}/data/history.yaml`,
} as const;
