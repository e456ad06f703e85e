/**
 * Arriving at #note-<id> opens that note where it is collapsed, marks its phrase,
 * and brings it into view.
 */
export function followNoteLinks(): void {
  const open = () => {
    document.querySelectorAll('.note-phrase.is-target').forEach((el) => el.classList.remove('is-target'));
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id.startsWith('note-')) return;
    const noteId = id.slice('note-'.length);
    const toggle = document.getElementById(`note-toggle-${noteId}`) as HTMLInputElement | null;
    if (toggle) toggle.checked = true;
    const phrase = document.querySelector<HTMLElement>(`.note-phrase[data-note="${CSS.escape(noteId)}"]`);
    phrase?.classList.add('is-target');
    document.getElementById(id)?.scrollIntoView({ block: 'center' });
  };
  window.addEventListener('hashchange', open);
  open();
}
