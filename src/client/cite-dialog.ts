// The Cite dialog: one place's citation in BibTeX, RIS or CSL-JSON, with its
// permalink and locator, copied with one button. The items come from the
// edition's CSL-JSON file (the one the page's head links), fetched once; the
// other formats are written from an item here (lib/place-citation.ts). Built
// on first use and reused; a modal <dialog>, so Escape closes it and focus
// returns to where it was.
import { adoptStyles } from './adopt-styles';
import styles from './cite-dialog.css?inline';
import { anchorOfHash, noteIdOf, noteAnchor } from '../lib/places';
import { PLACE_FORMATS, type CslPlaceItem, type PlaceFormat } from '../lib/place-citation';
import { announce } from './announce';
import { confirmNear, copyText } from './permalinks';
import { chosenPassage } from './selection-link';

const FORMATS = Object.keys(PLACE_FORMATS) as PlaceFormat[];
const CSL_LINK = 'link[rel="alternate"][type="application/vnd.citationstyles.csl+json"]';

let items: Promise<Map<string, CslPlaceItem>> | undefined;
let dialog: HTMLDialogElement | undefined;
let format: PlaceFormat = 'BibTeX';
let shown: CslPlaceItem | undefined;

/** The edition's citations by place, fetched once. */
function citations(): Promise<Map<string, CslPlaceItem>> {
  const url = document.querySelector<HTMLLinkElement>(CSL_LINK)?.href;
  items ??= url
    ? fetch(url)
        .then((response) => (response.ok ? (response.json() as Promise<CslPlaceItem[]>) : []))
        .then((list) => new Map(list.map((item) => [item.id, item])))
        .catch(() => new Map())
    : Promise.resolve(new Map());
  return items;
}

function built(): HTMLDialogElement {
  if (dialog) return dialog;
  adoptStyles(styles);
  const made = document.createElement('dialog');
  made.className = 'cite-panel cite-dialog';
  made.dataset.ours = '';
  made.dataset.chrome = '';
  made.setAttribute('aria-labelledby', 'cite-dialog-title');
  const formats = FORMATS.map((name) => `<button type="button" class="copy-button" aria-pressed="false">${name}</button>`).join(' ');
  made.innerHTML =
    `<h2 id="cite-dialog-title"></h2><p class="cite-dialog-place"></p>` +
    `<p class="cite-formats" role="group" aria-label="Format">${formats}</p>` +
    `<pre class="code"></pre><button type="button" class="copy-button" data-cite-copy></button>` +
    `<p class="cite-dialog-foot"><a data-cite-all>Every place, as CSL-JSON</a> <button type="button" class="copy-button" data-cite-close>Close</button></p>`;
  made.querySelector<HTMLAnchorElement>('[data-cite-all]')!.href = document.querySelector<HTMLLinkElement>(CSL_LINK)?.href ?? '';
  for (const choice of made.querySelectorAll<HTMLButtonElement>('.cite-formats > button')) {
    choice.addEventListener('click', () => {
      format = choice.textContent as PlaceFormat;
      render();
    });
  }
  const copy = made.querySelector<HTMLButtonElement>('[data-cite-copy]')!;
  copy.addEventListener('click', async () => {
    const copied = await copyText(made.querySelector('pre')!.textContent ?? '');
    confirmNear(copy, copied ? `${format} copied` : 'Could not copy: select the text instead');
  });
  made.querySelector('[data-cite-close]')!.addEventListener('click', () => made.close());
  // A click on the backdrop (outside the box) closes it, as Escape does.
  made.addEventListener('click', (event) => {
    if (event.target === made) {
      const box = made.getBoundingClientRect();
      const { clientX: x, clientY: y } = event;
      if (x < box.left || x > box.right || y < box.top || y > box.bottom) made.close();
    }
  });
  document.body.append(made);
  return (dialog = made);
}

/** Show the shown place's citation in the chosen format. */
function render(): void {
  if (!dialog || !shown) return;
  dialog.querySelector('h2')!.textContent = `Cite ${shown.section}`;
  const place = dialog.querySelector('.cite-dialog-place')!;
  place.textContent = '';
  const link = document.createElement('a');
  link.href = shown.URL;
  link.textContent = shown.URL;
  place.append(`${shown['container-title']}, `, link);
  for (const choice of dialog.querySelectorAll<HTMLButtonElement>('.cite-formats > button')) choice.setAttribute('aria-pressed', String(choice.textContent === format));
  const pre = dialog.querySelector('pre')!;
  pre.dataset.label = format;
  pre.textContent = PLACE_FORMATS[format](shown);
  dialog.querySelector('[data-cite-copy]')!.textContent = `Copy ${format}`;
}

/** Open the dialog for the place with id `anchor`; false when the edition has no citation for it. */
export async function openCiteDialog(anchor: string): Promise<boolean> {
  const item = (await citations()).get(anchor);
  if (!item) {
    // Offline, say, after the page loaded: the reader hears why nothing opened.
    announce('No citation for this place could be loaded');
    return false;
  }
  shown = item;
  const opened = built();
  render();
  if (!opened.open) opened.showModal();
  opened.querySelector<HTMLButtonElement>('.cite-formats > [aria-pressed="true"]')?.focus();
  return true;
}

/** The places an element is in or names, innermost first: its own ids, a link's target, a note's number's note. */
function candidates(start: Element | null): string[] {
  const found: string[] = [];
  for (let node = start; node; node = node.parentElement) {
    const { cite, permalink, share } = (node as HTMLElement).dataset ?? {};
    for (const id of [cite, permalink, share, node.id]) if (id) found.push(id);
    const noteId = noteIdOf(node.id);
    if (noteId) found.push(noteAnchor(noteId));
    if (node instanceof HTMLAnchorElement && node.hash) found.push(anchorOfHash(node.hash));
  }
  return found;
}

/** Alt+C: cite the place holding focus, else the paragraph of the words selected, else the paragraph at the reading line. */
export async function citeFromFocus(): Promise<void> {
  // Inside the open dialog the key has nothing new to cite.
  if (dialog?.open) return;
  const known = await citations();
  const focused = document.activeElement === document.body ? null : document.activeElement;
  const anchor = candidates(focused).find((id) => known.has(id)) ?? chosenPassage()?.paragraph.id;
  if (anchor) await openCiteDialog(anchor);
}
