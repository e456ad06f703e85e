// Every place with its own share page (/s/<id>/), drawn from the permalink
// registry: sections, quote cards and options-table rows. (Build time only.)
import { inlineText } from '../lib/markdown';
import { quoteAnchor, rowAnchor } from '../lib/places';
import { distinctHeadings, firstSentence, quoted, truncate } from '../lib/share-text';
import { attributionParts } from '../lib/citation';
import { essayModel } from '../loaders/essay-model';
import { CONTENT_FILES } from '../loaders/content-root';
import { essayData } from './essay';

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
  const { registry, outline } = await essayModel();
  // Sections from the essay's tree, as the build parses it: heading text and first paragraph.
  const sections = new Map(outline.sections.map((section) => [section.id, section]));
  const { essay, quotes, rows } = await essayData();
  const options = new Map(rows.map(({ row }) => [rowAnchor(row.id), row]));
  const targets: ShareTarget[] = [];
  for (const id of registry.sections) {
    const section = sections.get(id);
    if (!section?.opening) throw new Error(`share pages: section #${id} (${CONTENT_FILES.permalinks}) has no heading with an opening paragraph in the essay`);
    targets.push({ id, kind: 'section', heading: section.heading, description: truncate(firstSentence(section.opening), DESCRIPTION_MAX), kicker: 'Section' });
  }
  for (const id of registry.anchors) {
    if (id.startsWith('quote-')) {
      const quote = quotes.get(id.slice('quote-'.length));
      if (!quote) throw new Error(`share pages: #${id} is registered but ${CONTENT_FILES.quotes} has no "${id.slice('quote-'.length)}"`);
      // Speaker and work as the card's byline says them ("in a private conversation …").
      const [speaker, work] = attributionParts(quote, essay);
      targets.push({ id, kind: 'quote', heading: `${speaker!.text}, ${work!.text}`, description: quoted(quote.text, DESCRIPTION_MAX), kicker: 'Quoted in the essay' });
    } else if (options.has(id)) {
      const option = options.get(id)!;
      const name = inlineText(option.option);
      targets.push({ id, kind: 'option', heading: name, description: truncate(`${name}: ${inlineText(option.pros)}`, DESCRIPTION_MAX), kicker: 'An option the author weighed' });
    }
  }
  // Two quotes from one talk share speaker and work: counted in the cards' order, as their controls are.
  const quoteTargets = [...quotes.keys()].flatMap((id) => targets.filter((target) => target.id === quoteAnchor(id)));
  distinctHeadings(quoteTargets.map((target) => target.heading), 'quote').forEach((heading, index) => {
    quoteTargets[index]!.heading = heading;
  });
  return targets;
}

/** Every share target, in registry order. */
export function shareTargets(): Promise<ShareTarget[]> {
  return (cache ??= load());
}
