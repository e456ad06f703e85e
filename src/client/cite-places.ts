// "Cite" for any place, with no element and no Tab stop in the HTML: one
// shared button moves beside the link of the place under the pointer or
// holding focus (a paragraph's or list item's, a heading's, a row's, a claim's,
// a quote card's, a note's in the notes appendix). In a place's group of links
// it joins the group, so the arrow keys reach it; elsewhere it is out of the
// Tab order, and Alt+C cites the place holding focus, else the paragraph read. The dialog,
// its styles and the citations (/citations.json) load on first use.
import { adoptStyles } from './adopt-styles';
import { anchorOfHash } from '../lib/places';
import styles from './cite-places.css?inline';
import { isCiteKey } from './passage-key';
import { PARAGRAPHS } from './permalinks';

const loadDialog = () => import('./cite-dialog');

/** The places the button follows into, and the link it sits beside in each. */
const HOSTS = `${PARAGRAPHS}, .section-heading, tr.anchored, .quote-card, .lt-row, .notes-index > li`;
const LINKS = 'a[data-permalink], a.notes-phrase';

let button: HTMLButtonElement | undefined;

/** The place a link names: its permalink's target, or its fragment. */
function anchorOfLink(link: HTMLAnchorElement): string {
  return link.dataset.permalink ?? anchorOfHash(link.hash);
}

/** "Copy link to this row: Tesla" → "Cite this row: Tesla"; a note's appendix link → "Cite the note on “…”". */
function nameFor(link: HTMLAnchorElement): string {
  const what = link.classList.contains('notes-phrase') ? `the note on ${link.textContent}` : (link.getAttribute('aria-label') ?? '').replace(/^Copy link to /, '');
  return `Cite ${what} (BibTeX, RIS, CSL-JSON)`;
}

function citeButton(): HTMLButtonElement {
  if (button) return button;
  const made = document.createElement('button');
  made.type = 'button';
  made.className = 'cite-place';
  made.tabIndex = -1;
  made.title = 'Cite (Alt+C)';
  made.dataset.ours = '';
  made.setAttribute('aria-keyshortcuts', 'Alt+C');
  made.addEventListener('click', () => void loadDialog().then((module) => module.openCiteDialog(made.dataset.cite!)));
  return (button = made);
}

/** Move the button beside the link of the place `target` is in. */
function follow(target: Element): void {
  // A keyboard reader's focus stays where it is: the button does not move from under it.
  if (button && (target === button || button.matches(':focus-visible'))) return;
  const link = target.closest?.(HOSTS)?.querySelector<HTMLAnchorElement>(LINKS);
  if (!link) return;
  const shown = citeButton();
  // After the place's share link when it has one: the last of its links.
  const share = link.nextElementSibling;
  const after = share?.matches('a[data-share]') ? share : link;
  if (shown.previousElementSibling === after) return;
  shown.dataset.cite = anchorOfLink(link);
  shown.setAttribute('aria-label', nameFor(link));
  // The notes appendix's arrow keys go from note to note: there, as beside a paragraph, Alt+C reaches it.
  shown.toggleAttribute('data-roving-item', link.hasAttribute('data-roving-item') && !link.matches('.notes-phrase'));
  shown.tabIndex = -1;
  after.after(shown);
}

/** Alt+C: open the Cite dialog for the place holding focus, else the words selected, else the paragraph read. */
export function citeFocusedPlace(): void {
  void loadDialog().then((module) => module.citeFromFocus());
}

/** The shared Cite button and Alt+C, offered on the reader's first gesture (after the paragraph links, whose link it joins). */
export function offerCitePlaces(): void {
  adoptStyles(styles);
  const onEvent = (event: Event) => follow(event.target as Element);
  document.addEventListener('pointerover', onEvent);
  document.addEventListener('focusin', onEvent);
  document.addEventListener('keydown', (event) => {
    if (!isCiteKey(event)) return;
    event.preventDefault();
    citeFocusedPlace();
  });
  // Loaded on that gesture: the place already holding focus or under the pointer gets the button too.
  const current = document.activeElement === document.body ? [...document.querySelectorAll(':hover')].pop() : document.activeElement;
  if (current) follow(current);
}
