// Every place a reader can cite, with its locator in words ("section Honest
// Concerns", "para. 12", "note 4", "row Tesla"), and each as a CSL-JSON item:
// what `/citations.json` serves. (Build time only.)
import { NOTE_KIND_LABELS } from '../lib/kinds';
import { inlineText } from '../lib/markdown';
import { blockLocators, placeCslItem, type CitablePlace, type CslPlaceItem } from '../lib/place-citation';
import { claimAnchor, noteAnchor, quoteAnchor, rowAnchor } from '../lib/places';
import { essayModel } from '../loaders/essay-model';
import { editionChanges } from './changes';
import { essayData } from './essay';
import { shareTargets } from './share-targets';

/** Sections, the author's paragraphs and list items, our notes, the claims, the table's rows and the quote cards, in that order. */
export async function citablePlaces(): Promise<CitablePlace[]> {
  const model = await essayModel();
  const quoteHeadings = new Map((await shareTargets()).filter((target) => target.kind === 'quote').map((target) => [target.id, target.heading]));
  const blocks = blockLocators(model.outline.blocks);
  return [
    ...model.outline.sections.map((section) => ({ anchor: section.id, locator: `section ${section.heading}` })),
    ...[...blocks].map(([anchor, locator]) => ({ anchor, locator })),
    ...model.notes.map((note) => {
      const number = model.noteNumbers.get(note.id);
      const locator = number ? `note ${number}` : `${NOTE_KIND_LABELS[note.kind].toLowerCase()} note on “${note.term ?? note.phrase}”`;
      return { anchor: noteAnchor(note.id), locator };
    }),
    ...model.claims.map((claim) => ({ anchor: claimAnchor(claim.id), locator: `claim ${claim.label}` })),
    ...model.rows.map((row) => ({ anchor: rowAnchor(row.id), locator: `row ${inlineText(row.option)}` })),
    ...model.quotes.map((quote) => {
      const anchor = quoteAnchor(quote.id);
      return { anchor, locator: `quote ${quoteHeadings.get(anchor) ?? quote.speaker}` };
    }),
  ];
}

/**
 * Every place's CSL-JSON item. The edition's date is the day of its latest
 * change (a note added or revised), else the build day: a rebuild alone does
 * not make a new edition.
 */
export async function placeCitations(pageUrl: string): Promise<CslPlaceItem[]> {
  const { essay, site, buildDay } = await essayData();
  const date = (await editionChanges())[0]?.date ?? buildDay;
  const edition = { name: site.name, pageUrl, date };
  return (await citablePlaces()).map((place) => placeCslItem(place, essay, edition));
}
