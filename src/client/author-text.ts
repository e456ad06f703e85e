// The author's words in the page as DOM text: the text nodes of a block without
// what the site adds (marked data-ours), the words of a selection, and a range
// over offsets in their joined text. Shared by the passage links and their arrival.

/** The text nodes under `root`, in order, but for those `skip` rejects. */
export function textNodes(root: Element, skip: (node: Node) => boolean = () => false): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (skip(node) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** The author's text nodes of a paragraph: everything but what the site adds. */
export const authorTextNodes = (paragraph: Element): Text[] => textNodes(paragraph, (node) => node.parentElement?.closest('[data-ours]') != null);

/** The author's words inside a range, within one paragraph. */
export function selectedAuthorText(paragraph: Element, range: Range): string {
  return authorTextNodes(paragraph)
    .filter((node) => range.intersectsNode(node))
    .map((node) => {
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : node.data.length;
      return node.data.slice(from, to);
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A DOM range over the author's words from `from` to `to` (offsets in their joined text). */
export function rangeOver(nodes: Text[], from: number, to: number): Range {
  const range = document.createRange();
  let seen = 0;
  let started = false;
  for (const node of nodes) {
    const end = seen + node.data.length;
    if (!started && from <= end) {
      range.setStart(node, from - seen);
      started = true;
    }
    if (started && to <= end) {
      range.setEnd(node, to - seen);
      break;
    }
    seen = end;
  }
  return range;
}
