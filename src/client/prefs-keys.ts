// Where the reader's choices are kept (localStorage), under the edition's own
// namespace, which names no essay. prefs-init.js reads the same keys before
// first paint (inline, so it cannot import these; its unit test holds them equal).

/** The theme the reader chose: 'light' or 'dark' (absent: follow the system). */
export const THEME_KEY = 'edition-theme';
/** The notes the reader shows: 'hindsight' or 'published' (absent: all). */
export const READING_MODE_KEY = 'edition-reading-mode';
/** The reader's visits: "<day before> <last day>" (lib/visits.ts), to mark what changed since. */
export const VISITS_KEY = 'edition-visits';
