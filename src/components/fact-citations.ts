// The vetted facts a note or row cites, as the page shows them. (Build time only.)
import { getEntry } from 'astro:content';
import { citationOf, type Citation } from '../lib/facts';

/** Each cited fact's date and source; `citedBy` names the citing entry if an id is unknown. */
export function citationsFor(ids: readonly string[], citedBy: string): Promise<Citation[]> {
  return Promise.all(
    ids.map(async (id) => {
      const fact = await getEntry('facts', id);
      if (!fact) throw new Error(`${citedBy}: unknown fact "${id}" (see src/data/facts.yaml)`);
      return citationOf(fact.data);
    }),
  );
}
