// Citations of one place in the edition (a section, paragraph, list item,
// note, claim, options-table row or quote card): a CSL-JSON item, and the
// BibTeX and RIS entries written from it. The build writes every place's item
// into one CSL-JSON file; the page turns an item into BibTeX or RIS on demand,
// so both sides share these functions. Pure: no I/O, no DOM.
import { bibtexEscape, bibtexKey } from './citation';
import { hashOf } from './places';

/** A CSL-JSON name: family and given, or one literal name when it cannot be split. */
export type CslName = { family: string; given: string } | { literal: string };

/** A CSL-JSON date: year, month, day. */
export interface CslDate {
  'date-parts': [[number, number, number]];
}

/**
 * One place as a CSL-JSON item. The work is the author's essay (its title,
 * author and date); `section` says where in it, in words a reader
 * understands; `URL` is the place's permalink in this edition, and
 * `available-date` the edition's date (its last change).
 */
export interface CslPlaceItem {
  /** The place's anchor on the essay page ("p-rags-to-riches"). */
  id: string;
  type: 'post-weblog';
  title: string;
  author: CslName[];
  issued: CslDate;
  /** The edition's name: "Rome, annotated". */
  'container-title': string;
  /** The locator: "section Honest Concerns", "para. 12", "row Tesla". */
  section: string;
  URL: string;
  'available-date': CslDate;
  /** The locator and the edition's date in words, for reference managers that show only a note. */
  note: string;
}

/** The essay a place belongs to. */
export interface PlaceEssay {
  title: string;
  author: string;
  published: Date;
}

/** This edition: its name, the essay page's absolute URL and its date (an ISO day). */
export interface PlaceEdition {
  name: string;
  pageUrl: string;
  date: string;
}

/** A place to cite: its anchor on the essay page and its locator. */
export interface CitablePlace {
  anchor: string;
  locator: string;
}

/** The absolute permalink of an anchor on the essay page (non-ASCII in the fragment percent-encoded). */
export function placePermalink(pageUrl: string, anchor: string): string {
  return new URL(hashOf(anchor), pageUrl).href;
}

/** "Eric Jang" → family "Jang", given "Eric"; a single word stays one literal name. */
export function cslName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { literal: name.trim() };
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}

function cslDate(day: string): CslDate {
  const [year, month, date] = day.split('-').map(Number);
  return { 'date-parts': [[year!, month!, date!]] };
}

function isoDay(parts: CslDate): string {
  return parts['date-parts'][0].map((part, index) => String(part).padStart(index ? 2 : 4, '0')).join('-');
}

const longDay = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
const longDate = (parts: CslDate) => longDay.format(new Date(`${isoDay(parts)}T00:00:00Z`));

/** The CSL-JSON item of one place. */
export function placeCslItem(place: CitablePlace, essay: PlaceEssay, edition: PlaceEdition): CslPlaceItem {
  const available = cslDate(edition.date);
  return {
    id: place.anchor,
    type: 'post-weblog',
    title: essay.title,
    author: [cslName(essay.author)],
    issued: cslDate(essay.published.toISOString().slice(0, 10)),
    'container-title': edition.name,
    section: place.locator,
    URL: placePermalink(edition.pageUrl, place.anchor),
    'available-date': available,
    note: `${place.locator}; ${edition.name}, edition of ${longDate(available)}`,
  };
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const nameText = (name: CslName) => ('literal' in name ? name.literal : `${name.given} ${name.family}`);

/** A BibTeX name: "Jang, Eric"; a literal name in braces, so BibTeX does not split it. */
function bibtexName(name: CslName): string {
  return 'literal' in name ? `{${bibtexEscape(name.literal)}}` : `${bibtexEscape(name.family)}, ${bibtexEscape(name.given)}`;
}

/**
 * A URL as a BibTeX `url` field holds it: read verbatim by biblatex and by
 * `\url`, so `#` and `%` stay; only braces, which would end the field, are encoded.
 */
function bibtexUrl(url: string): string {
  return url.replace(/\{/g, '%7B').replace(/\}/g, '%7D');
}

/** The citation key of a place: the essay's key and the anchor ("jang2022roads:p-rags-to-riches"). */
export function placeBibtexKey(item: CslPlaceItem): string {
  const [year] = item.issued['date-parts'][0];
  const anchor = item.id.normalize('NFKD').replace(/[^A-Za-z0-9_.-]/g, '');
  return `${bibtexKey(nameText(item.author[0]!), String(year), item.title)}:${anchor}`;
}

/** A BibTeX @misc entry of a place, from its CSL-JSON item. */
export function placeBibtex(item: CslPlaceItem): string {
  const [year, month] = item.issued['date-parts'][0];
  const fields: [string, string][] = [
    ['author', item.author.map(bibtexName).join(' and ')],
    ['title', `{{${bibtexEscape(item.title)}}}`],
    ['howpublished', `{${bibtexEscape(item['container-title'])}}`],
    ['year', `{${year}}`],
    ['month', BIBTEX_MONTHS[month - 1]!],
    ['date', `{${isoDay(item.issued)}}`],
    ['note', `{${bibtexEscape(item.note)}}`],
    ['url', `{${bibtexUrl(item.URL)}}`],
  ];
  const lines = fields.map(([name, value]) => `  ${name.padEnd(12)} = ${name === 'author' ? `{${value}}` : value}`);
  return `@misc{${placeBibtexKey(item)},\n${lines.join(',\n')}\n}`;
}

/**
 * A value as one RIS line holds it: RIS has no escapes, a line break would
 * start a new tag, so control characters become spaces and runs of space one.
 */
export function risValue(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** An RIS record of a place, from its CSL-JSON item (a blog post: TY BLOG). */
export function placeRis(item: CslPlaceItem): string {
  const [year, month, day] = item.issued['date-parts'][0];
  const pad = (value: number) => String(value).padStart(2, '0');
  const tags: [string, string][] = [
    ['TY', 'BLOG'],
    ...item.author.map((name): [string, string] => ['AU', 'literal' in name ? name.literal : `${name.family}, ${name.given}`]),
    ['TI', item.title],
    ['T2', item['container-title']],
    ['PY', String(year)],
    ['DA', `${year}/${pad(month)}/${pad(day)}/`],
    ['SE', item.section],
    ['UR', item.URL],
    ['N1', item.note],
  ];
  return [...tags.map(([tag, value]) => `${tag}  - ${risValue(value)}`), 'ER  - '].join('\n');
}

/** A CSL-JSON item as the one-element array reference managers import. */
export function placeCslJson(item: CslPlaceItem): string {
  return JSON.stringify([item], null, 2);
}

/** The citation formats a reader can pick. */
export const PLACE_FORMATS = {
  BibTeX: placeBibtex,
  RIS: placeRis,
  'CSL-JSON': placeCslJson,
} as const;
export type PlaceFormat = keyof typeof PLACE_FORMATS;

/**
 * Readers' locators of the author's blocks, in reading order: paragraphs are
 * numbered ("para. 12"); a list's items are numbered within it and named by
 * the paragraph before it ("list item 2 after para. 12").
 */
export function blockLocators(blocks: readonly { id: string; kind: 'p' | 'li' }[]): Map<string, string> {
  const locators = new Map<string, string>();
  let paragraph = 0;
  let item = 0;
  for (const block of blocks) {
    if (block.kind === 'p') {
      paragraph += 1;
      item = 0;
      locators.set(block.id, `para. ${paragraph}`);
    } else {
      item += 1;
      locators.set(block.id, paragraph ? `list item ${item} after para. ${paragraph}` : `list item ${item}`);
    }
  }
  return locators;
}
