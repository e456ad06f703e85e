// Which claim's panel is open, and how: the island's state, as a pure reducer.

/** pinned: opened by focus, click, tap or the URL, stays until closed; peek: a mouse hover preview. */
export type Open = { id: string; mode: 'pinned' | 'peek' } | null;

export type OpenAction =
  | { type: 'hover' | 'leave' | 'focus' | 'toggle'; id: string }
  | { type: 'close' };

/** The next state after something the reader did. */
export function reduceOpen(open: Open, action: OpenAction): Open {
  switch (action.type) {
    case 'hover':
      // A preview never covers a pinned claim; an unchanged state is returned as is, so nothing re-renders.
      return open?.mode === 'pinned' || open?.id === action.id ? open : { id: action.id, mode: 'peek' };
    case 'leave':
      return open?.mode === 'peek' && open.id === action.id ? null : open;
    case 'focus':
      return open?.mode === 'pinned' && open.id === action.id ? open : { id: action.id, mode: 'pinned' };
    case 'toggle':
      return open?.mode === 'pinned' && open.id === action.id ? null : { id: action.id, mode: 'pinned' };
    case 'close':
      return null;
  }
}

/** The claim a fragment such as "#claim-openai-llm-lead" names, if it is one of ours. */
export function claimInHash(hash: string, ids: readonly string[]): string | null {
  const fragment = decodeURIComponent(hash.replace(/^#/, ''));
  if (!fragment.startsWith('claim-')) return null;
  const id = fragment.slice('claim-'.length);
  return ids.includes(id) ? id : null;
}
