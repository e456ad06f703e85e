import { confirmNear, copyText } from './permalinks';

/**
 * Copy buttons stay hidden without JavaScript or a clipboard: the text they
 * copy is on the page to select by hand. With both, show them and copy on
 * click, confirming with `data-copied`. A button copies its `data-copy` text,
 * or (`data-copy-block`) the code block just before it, so a citation is
 * not sent twice. The confirmation is announced once, by the page's live region.
 */
export function setUpCopyButtons(root: ParentNode = document): void {
  if (!navigator.clipboard || !window.isSecureContext) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy], button[data-copy-block]')) {
    if (button.dataset.copyReady) continue;
    button.dataset.copyReady = '';
    button.hidden = false;
    button.addEventListener('click', async () => {
      const block = button.previousElementSibling;
      const text = button.dataset.copy ?? (block instanceof HTMLPreElement ? block.textContent : '') ?? '';
      const copied = await copyText(text);
      confirmNear(button, copied ? (button.dataset.copied ?? 'Copied') : 'Could not copy: select the text instead');
    });
  }
}
