// Reading a claim out of a URL fragment, in the edition's vocabulary of ids (lib/places.ts).
import { anchorOfHash, idOf } from '../places';

/** The claim a fragment such as "#claim-openai-llm-lead" names, if it is one of ours. */
export function claimInHash(hash: string, ids: readonly string[]): string | null {
  const id = idOf('claim', anchorOfHash(hash));
  return id !== null && ids.includes(id) ? id : null;
}
