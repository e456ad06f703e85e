import { phraseOf } from './note-elements';

/**
 * Printing turns the notes the reader has chosen to see into numbered endnotes,
 * copied from the sidenotes just before printing (so the page carries them once).
 * Without JavaScript, print shows each note under its paragraph instead.
 */
export function setUpEndnotes(): void {
  const list = document.querySelector<HTMLOListElement>('[data-endnotes]');
  if (!list) return;
  document.documentElement.dataset.endnotes = '';
  window.addEventListener('beforeprint', () => {
    list.replaceChildren(
      ...[...document.querySelectorAll<HTMLElement>('.sidenote, .note-card')].map((note) => {
        const item = document.createElement('li');
        item.dataset.kind = note.dataset.kind;
        if (note.dataset.dates) item.dataset.dates = note.dataset.dates;
        const phrase = phraseOf(note);
        const quoted = document.createElement('span');
        quoted.className = 'endnote-phrase';
        quoted.textContent = `“${phrase?.textContent ?? ''}” `;
        item.append(quoted, `${note.dataset.label ?? ''} · `, ...[...note.childNodes].map((node) => node.cloneNode(true)));
        return item;
      }),
    );
  });
}
