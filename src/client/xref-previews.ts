/**
 * Our own cross-references preview their target in place, as links do on
 * gwern.net and Wikipedia: a claim link (⟼) shows the claim's words, horizon
 * and status; a company in the figure, the paragraph that mentions it; a note
 * in the Notes appendix, the note itself. Pointer hover or keyboard focus opens
 * the preview after a moment; a click still navigates. One `popover="hint"`
 * serves them all, filled from the page itself.
 */
import { anchorOfHash, idOf } from '../lib/places';
import { followHoverIntent } from './hover-intent';

const LINKS = '[data-essay-body] a.claim-link, #notes a.notes-phrase, .data-moats a[href^="#"]';
const EXCERPT = 240;

function targetId(link: Element): string | null {
  const href = link.getAttribute('href');
  return href?.startsWith('#') ? anchorOfHash(href) : null;
}

/** The author's words of a paragraph, without what the site adds, shortened to an opening. */
function opening(block: Element): string {
  const copy = block.cloneNode(true) as Element;
  copy.querySelectorAll('[data-ours]').forEach((el) => el.remove());
  const text = (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > EXCERPT ? `${text.slice(0, text.lastIndexOf(' ', EXCERPT))} …` : text;
}

const part = (tag: string, className: string, content: string | Node[]) => {
  const el = document.createElement(tag);
  el.className = className;
  if (typeof content === 'string') el.textContent = content;
  else el.append(...content);
  return el;
};

/** What a preview of the place `id` shows, or null for a place it does not preview. */
export function previewOf(id: string): HTMLElement[] | null {
  const target = document.getElementById(id);
  if (!target) return null;
  if (idOf('note', id)) {
    const body = [...target.childNodes].map((node) => node.cloneNode(true));
    return [part('p', 'xref-title', target.dataset.label ?? ''), part('div', 'xref-body', body)];
  }
  if (idOf('claim', id)) {
    const label = target.querySelector('.lt-label')?.textContent ?? '';
    const quote = target.querySelector('.lt-quote')?.cloneNode(true);
    const facts = target.querySelector('.lt-facts')?.cloneNode(true);
    return [part('p', 'xref-title', `On the timeline: ${label}`), ...[quote, facts].filter((node): node is HTMLElement => node instanceof HTMLElement)];
  }
  if (target.matches('p, li')) return [part('p', 'xref-title', 'Where the essay says it'), part('p', 'xref-quote', opening(target))];
  return null;
}

/** Place the preview below the link, or above it when there is no room below; inside the screen. */
function place(preview: HTMLElement, link: Element): void {
  const box = link.getBoundingClientRect();
  const own = preview.getBoundingClientRect();
  const gap = 6;
  const below = box.bottom + gap + own.height <= window.innerHeight;
  const top = below ? box.bottom + gap : Math.max(gap, box.top - gap - own.height);
  const left = Math.min(Math.max(gap, box.left), window.innerWidth - own.width - gap);
  preview.style.top = `${Math.round(top)}px`;
  preview.style.left = `${Math.round(left)}px`;
}

export function setUpXrefPreviews(): void {
  const preview = document.createElement('div');
  preview.className = 'xref-preview';
  preview.id = 'xref-preview';
  preview.dataset.ours = '';
  preview.popover = 'hint';
  document.body.append(preview);
  let current: Element | null = null;
  const close = () => {
    current = null;
    if (preview.matches(':popover-open')) preview.hidePopover();
  };
  const intent = followHoverIntent({
    invokers: LINKS,
    previews: '.xref-preview',
    open(link) {
      const id = targetId(link);
      const content = id ? previewOf(id) : null;
      if (!content) return;
      preview.replaceChildren(...content);
      current = link;
      preview.showPopover();
      place(preview, link);
    },
    isOpen: (link) => link === current && preview.matches(':popover-open'),
    close,
  });
  // Following the link closes the preview.
  document.addEventListener('click', (event) => {
    if (!(event.target as Element).closest?.(LINKS)) return;
    intent.cancel();
    close();
  });
}
