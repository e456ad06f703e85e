// Reading a claim out of a URL fragment.

/** The claim a fragment such as "#claim-openai-llm-lead" names, if it is one of ours. */
export function claimInHash(hash: string, ids: readonly string[]): string | null {
  const fragment = decodeURIComponent(hash.replace(/^#/, ''));
  if (!fragment.startsWith('claim-')) return null;
  const id = fragment.slice('claim-'.length);
  return ids.includes(id) ? id : null;
}
