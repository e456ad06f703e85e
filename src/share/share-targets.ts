// Every place with its own share page (/s/<id>/), drawn from the permalink
// registry: sections, quote cards and options-table rows. (Build time only.)
import GithubSlugger from 'github-slugger';
import { getCollection, getEntry } from 'astro:content';
import { sectionOpenings } from '../lib/essay-text';
import { inlineMarkdownText } from '../lib/inline-markdown';
import { readProjectFile, DATA_FILES } from '../lib/reference-context';
import { firstSentence, quoted, truncate } from '../lib/share-text';

export interface ShareTarget {
  /** The anchor id on the essay page, also the share page's slug. */
  id: string;
  kind: 'section' | 'quote' | 'option';
  /** What the place is called ("Honest Concerns", "Richard Hamming on Claude Shannon"). */
  heading: string;
  /** The preview's description: a first sentence, the quote, or a row's option and pros. */
  description: string;
  /** A short label of the kind, for the card's kicker. */
  kicker: string;
}

const DESCRIPTION_MAX = 200;

let cache: Promise<ShareTarget[]> | undefined;

async function load(): Promise<ShareTarget[]> {
  const registry = await getCollection('permalinks');
  const slugger = new GithubSlugger();
  const mdx = await readProjectFile(DATA_FILES.essay);
  const openings = sectionOpenings(mdx, (heading) => slugger.slug(heading));
  const headings = new Map([...mdx.matchAll(/^##\s+(.+)$/gm)].map((m) => [new GithubSlugger().slug(m[1]!), m[1]!]));
  const targets: ShareTarget[] = [];
  for (const entry of registry) {
    if (entry.data.kind === 'section') {
      const opening = openings.get(entry.id);
      if (!opening) throw new Error(`share pages: section #${entry.id} has no opening paragraph`);
      targets.push({ id: entry.id, kind: 'section', heading: headings.get(entry.id) ?? entry.id, description: truncate(firstSentence(opening), DESCRIPTION_MAX), kicker: 'Section' });
    } else if (entry.data.kind === 'anchor' && entry.id.startsWith('quote-')) {
      const quote = await getEntry('quotes', entry.id.slice('quote-'.length));
      if (!quote) throw new Error(`share pages: #${entry.id} is registered but src/data/quotes.yaml has no "${entry.id.slice(6)}"`);
      targets.push({ id: entry.id, kind: 'quote', heading: `${quote.data.speaker}, ${quote.data.work}`, description: quoted(quote.data.text, DESCRIPTION_MAX), kicker: 'Quoted in the essay' });
    } else if (entry.data.kind === 'anchor' && entry.id.startsWith('option-')) {
      const option = await getEntry('options', entry.id.slice('option-'.length));
      if (!option) throw new Error(`share pages: #${entry.id} is registered but src/data/options.yaml has no "${entry.id.slice(7)}"`);
      const name = inlineMarkdownText(option.data.option);
      targets.push({ id: entry.id, kind: 'option', heading: name, description: truncate(`${name}: ${inlineMarkdownText(option.data.pros)}`, DESCRIPTION_MAX), kicker: 'An option the author weighed' });
    }
  }
  return targets;
}

/** Every share target, in registry order. */
export function shareTargets(): Promise<ShareTarget[]> {
  return (cache ??= load());
}
