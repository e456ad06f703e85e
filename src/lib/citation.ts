// Citation strings for the quote cards and the essay: the attribution a copied
// quote carries, a plain-text citation and a BibTeX entry. Pure; no I/O.
import { formatLongDate, formatPartialDate } from './dates';
import { hostOf } from './url';

/** A quoted voice, as much of it as a citation needs. */
export interface CitableQuote {
  text: string;
  speaker: string;
  /** The talk, essay or occasion the words come from. */
  work: string;
  /** Who wrote it down or published it, when not the speaker ("transcript by J. F. Kaiser"). */
  publisher?: string | undefined;
  /** "1986-03-07", "1969-08" or "2012". */
  date?: string | undefined;
  /** The work was begun on `date` and has been revised since, so the date is not when these words were written. */
  revisedSince?: boolean | undefined;
  venue?: string | undefined;
  sourceUrl: string;
  /** The speaker is a publication or group, not a person (BibTeX must not split the name). */
  organisation?: boolean | undefined;
}

/** The essay being annotated. */
export interface CitableEssay {
  title: string;
  author: string;
  published: Date;
  originalUrl: string;
}

/** This edition: its name and the absolute URL of the page. */
export interface Edition {
  name: string;
  url: string;
}

/** One piece of an attribution; titles and dates are marked so HTML can use <cite> and <time>. */
export type AttributionPart =
  | { kind: 'text'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'date'; text: string; iso: string; revisedSince?: boolean };

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const STOP_WORDS = new Set(['a', 'all', 'an', 'and', 'in', 'of', 'on', 'the', 'to', 'you', 'your']);
// Invisible joiners the essay's text carries (e.g. U+2060 in Gwern's quote) do not belong on a clipboard.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** True when the quote is known only through the essay itself (its source is the essay). */
export function isKnownOnlyThroughEssay(quote: CitableQuote, essay: CitableEssay): boolean {
  return quote.sourceUrl === essay.originalUrl;
}

/**
 * The attribution of a quote in reading order: speaker, work, venue, date.
 * The publisher (a transcriber) is left to the caller, as it reads as an aside.
 */
export function attributionParts(quote: CitableQuote, essay: CitableEssay): AttributionPart[] {
  const parts: AttributionPart[] = [{ kind: 'text', text: quote.speaker }];
  // A private remark has an occasion, not a title.
  parts.push(isKnownOnlyThroughEssay(quote, essay) ? { kind: 'text', text: `in ${quote.work}` } : { kind: 'title', text: quote.work });
  if (quote.venue) parts.push({ kind: 'text', text: quote.venue });
  if (quote.date) parts.push({ kind: 'date', text: formatPartialDate(quote.date), iso: quote.date, ...(quote.revisedSince && { revisedSince: true }) });
  return parts;
}

/** "2012", or "begun 2012, revised since" for a work revised after it was begun. */
export function datedText(date: string, revisedSince = false): string {
  return revisedSince ? `begun ${formatPartialDate(date)}, revised since` : formatPartialDate(date);
}

/** "Eric Jang, “All Roads Lead to Rome: …” (April 25, 2022)": how a citation names the essay. */
function essayReference(essay: CitableEssay): string {
  return `${essay.author}, “${essay.title}” (${formatLongDate(essay.published)})`;
}

/**
 * The attribution line of a copied quote, without the dash:
 * "Richard Hamming, “You and Your Research”, Bell …, March 7, 1986 (transcript by J. F. Kaiser)".
 */
export function quoteAttribution(quote: CitableQuote, essay: CitableEssay): string {
  const parts = attributionParts(quote, essay).map((part) =>
    part.kind === 'title' ? `“${part.text}”` : part.kind === 'date' ? datedText(part.iso, part.revisedSince) : part.text,
  );
  let line = parts.join(', ');
  if (quote.publisher) line += ` (${quote.publisher})`;
  if (isKnownOnlyThroughEssay(quote, essay)) line += `, quoted in ${essayReference(essay)}`;
  return line;
}

/** What "Copy quote" puts on the clipboard: the quote, its attribution and the card's permalink. */
export function quoteClipboardText(quote: CitableQuote, essay: CitableEssay, permalink: string): string {
  return `“${quote.text.replace(INVISIBLE, '')}”\n— ${quoteAttribution(quote, essay)}\n${permalink}`;
}

/** A plain-text citation of the quote's source (for a private remark, of the essay that reports it). */
export function quotePlainCitation(quote: CitableQuote, essay: CitableEssay): string {
  if (isKnownOnlyThroughEssay(quote, essay)) {
    const { author, title, originalUrl, published } = essay;
    return `${quote.speaker}, in ${quote.work}. Quoted in ${author}, “${title}”, ${hostOf(originalUrl)}, ${formatLongDate(published)}. ${originalUrl}`;
  }
  const where = [quote.venue, quote.date && datedText(quote.date, quote.revisedSince)].filter(Boolean).join(', ');
  return [`${quote.speaker}.`, `“${withStop(quote.work)}”`, where && `${where}.`, quote.publisher && `${capitalise(quote.publisher)}.`, quote.sourceUrl]
    .filter(Boolean)
    .join(' ');
}

/** A plain-text citation of the essay, then a line naming this edition. */
export function essayPlainCitation(essay: CitableEssay, edition: Edition): string {
  return `${essayPlainReference(essay)}\nAnnotated edition: ${edition.name}. ${edition.url}`;
}

function essayPlainReference(essay: CitableEssay): string {
  return `${essay.author}. “${withStop(essay.title)}” ${hostOf(essay.originalUrl)}, ${formatLongDate(essay.published)}. ${essay.originalUrl}`;
}

/** A BibTeX @misc entry for the quote's source (for a private remark, the essay, with a note). */
export function quoteBibtex(quote: CitableQuote, essay: CitableEssay): string {
  if (isKnownOnlyThroughEssay(quote, essay)) {
    return essayEntry(essay, { note: bibtexEscape(`Quoting ${quote.speaker}, in ${quote.work}`) });
  }
  const year = quote.date?.slice(0, 4);
  const month = quote.date && /^\d{4}-(\d{2})/.exec(quote.date)?.[1];
  return bibtexEntry(bibtexKey(quote.speaker, year, quote.work, quote.organisation), [
    ['author', quote.organisation ? `{${bibtexEscape(quote.speaker)}}` : bibtexEscape(quote.speaker)],
    ['title', `{${bibtexEscape(quote.work)}}`],
    ['howpublished', quote.venue && bibtexEscape(quote.venue)],
    ['year', year],
    ['month', month ? BIBTEX_MONTHS[Number(month) - 1] : undefined, 'macro'],
    ['note', bibtexEscape([quote.publisher && capitalise(quote.publisher), quote.revisedSince && `Begun ${year}, revised since`].filter(Boolean).join('; '))],
    ['url', quote.sourceUrl],
  ]);
}

/** A BibTeX @misc entry for the essay, with this edition's URL in the note. */
export function essayBibtex(essay: CitableEssay, edition: Edition): string {
  return essayEntry(essay, { note: `Annotated edition: ${bibtexEscape(edition.name)}, \\url{${edition.url}}` });
}

function essayEntry(essay: CitableEssay, { note }: { note: string }): string {
  const year = String(essay.published.getUTCFullYear());
  return bibtexEntry(bibtexKey(essay.author, year, essay.title), [
    ['author', bibtexEscape(essay.author)],
    ['title', `{${bibtexEscape(essay.title)}}`],
    ['howpublished', bibtexEscape(hostOf(essay.originalUrl))],
    ['year', year],
    ['month', BIBTEX_MONTHS[essay.published.getUTCMonth()], 'macro'],
    ['note', note],
    ['url', essay.originalUrl],
  ]);
}

type Field = [name: string, value: string | undefined | false | '', kind?: 'macro'];

function bibtexEntry(key: string, fields: Field[]): string {
  const lines = fields
    .filter((field): field is [string, string, 'macro'?] => Boolean(field[1]))
    .map(([name, value, kind]) => `  ${name.padEnd(12)} = ${kind === 'macro' ? value : `{${value}}`}`);
  return `@misc{${key},\n${lines.join(',\n')}\n}`;
}

/**
 * A citation key: the author's last name (an organisation's initials), the
 * year if known, and the first significant word of the title: "hamming1986research".
 */
export function bibtexKey(author: string, year: string | undefined, title: string, organisation = false): string {
  const words = author.split(/\s+/);
  const who = organisation ? words.map((word) => word[0]).join('') : words.at(-1)!;
  const word = title.split(/\s+/).map(asciiLower).find((w) => w && !STOP_WORDS.has(w)) ?? '';
  return `${asciiLower(who)}${year ?? ''}${word}`;
}

/** Escape the characters TeX treats specially in an ordinary BibTeX field. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => {
    if (char === '\\') return '\\textbackslash{}';
    if (char === '~') return '\\textasciitilde{}';
    if (char === '^') return '\\textasciicircum{}';
    return `\\${char}`;
  });
}

function asciiLower(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '');
}

function withStop(title: string): string {
  return /[.?!]$/.test(title) ? title : `${title}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Highwire Press meta tags for the essay page, as reference managers (Zotero's
 * connector) and Google Scholar read them: the author's essay, its date and
 * its home. (The page's canonical link and lang say where and in what language
 * its full text is; the first view's byte budget has no room to say it twice.)
 */
export function highwireMeta(essay: CitableEssay): Array<{ name: string; content: string }> {
  const date = essay.published.toISOString().slice(0, 10).replaceAll('-', '/');
  return [
    { name: 'citation_title', content: essay.title },
    { name: 'citation_author', content: essay.author },
    { name: 'citation_publication_date', content: date },
    { name: 'citation_public_url', content: essay.originalUrl },
  ];
}
