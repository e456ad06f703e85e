// The page's start-up, in the order it needs: on every page with the top bar,
// the theme toggle and the table of contents; on the essay (the page that
// carries the retired ids' holder), everything that hears an arrival first,
// then the one owner of the address bar, so a deep link lands with its widget
// already listening and its margin note placed.
import { setUpCopyButtons } from './copy-buttons';
import { setUpEndnotes } from './endnotes';
import { loadOnFirstGesture } from './first-gesture';
import { startNavigation } from './navigation';
import { setUpNotes } from './note-toggle';
import { followNoteLinks } from './notes';
import { followPassageLinks } from './passage-links';
import { setUpPermalinks } from './permalinks';
import { quietInterestAfterEscape } from './quiet-interest';
import { setUpReadingMode } from './reading-mode';
import { setUpRovingGroups } from './roving';
import { setUpThemeToggle } from './theme';
import { trackCurrentSection } from './toc';

export function startPage(): void {
  setUpThemeToggle();
  trackCurrentSection();
  const holder = document.querySelector<HTMLElement>('[data-aliases]');
  if (!holder) return;
  setUpPermalinks();
  quietInterestAfterEscape();
  // The margin's layout pass loads only on a wide screen; navigation starts once it is set up, so a deep link lands beside its note.
  const notesReady = setUpNotes();
  followNoteLinks();
  followPassageLinks();
  setUpReadingMode();
  setUpEndnotes();
  setUpCopyButtons();
  setUpRovingGroups();
  // The reader's day (reader-time.ts) waits for a first gesture too: the visit it remembers is one that read.
  const buildDay = holder.dataset.buildDay;
  loadOnFirstGesture(buildDay ? () => void import('./reader-time').then(({ keepReaderTime }) => keepReaderTime(buildDay)) : undefined);
  // Last, once every part above has subscribed to arrivals.
  const start = () => startNavigation(JSON.parse(holder.dataset.aliases ?? '{}'));
  if (notesReady) void notesReady.then(start);
  else start();
}
