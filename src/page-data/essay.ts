// What the essay page and its share pages show, computed once per build from
// the content collections (as Starlight's utils/routing/data.ts does per
// route): components and widgets only display it.
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { citationOf, hindsightLine, type Citation, type HindsightLine } from '../lib/facts';
import type { PlacedNote } from '../lib/essay-marks';
import { marksByBlock } from '../lib/essay-marks';
import { inlineHtml, inlineText } from '../lib/markdown';
import { rowAnchor, rowClaims } from '../lib/options';
import { CONTENT_FILES } from '../loaders/content-root';
import { site } from '../loaders/site';
import type { Fact } from '../schemas/fact';
import type { Option } from '../schemas/option';
import type { Claim } from '../schemas/claim';
import type { Quote } from '../schemas/quote';

type Ordered = { data: { order: number } };
const byOrder = (a: Ordered, b: Ordered) => a.data.order - b.data.order;

/** An options-table row with its cells' HTML (the author's Markdown, our marks applied) and its cited facts. */
export interface RowData {
  row: Option;
  optionHtml: string;
  prosHtml: string;
  consHtml: string;
  hindsight: HindsightLine[];
}

export interface EssayData {
  entry: CollectionEntry<'essay'>;
  essay: CollectionEntry<'essay'>['data'];
  /** The publication date as an ISO day ("2022-04-25"): claims are counted from it. */
  publishedDay: string;
  /** Retired id -> the id it now sends readers to. */
  aliases: Record<string, string>;
  facts: ReadonlyMap<string, Fact>;
  /** Our notes, in reading order, each with its cited facts. */
  notes: PlacedNote[];
  claims: Claim[];
  rows: RowData[];
  quotes: ReadonlyMap<string, Quote>;
  /** The cited facts of an entry; throws naming the entry when one is unknown. */
  citations(ids: readonly string[], citedBy: string): Citation[];
}

async function load(): Promise<EssayData> {
  const entry = await getEntry('essay', site.essay);
  if (!entry) throw new Error(`${CONTENT_FILES.site}: "essay" names "${site.essay}", which is not in ${CONTENT_FILES.essayDir}/.`);
  const facts = new Map((await getCollection('facts')).map((fact) => [fact.id, fact.data]));
  const citations = (ids: readonly string[], citedBy: string) =>
    ids.map((id) => {
      const fact = facts.get(id);
      if (!fact) throw new Error(`${citedBy}: unknown fact "${id}" (see ${CONTENT_FILES.facts})`);
      return citationOf(fact);
    });
  const notes = (await getCollection('notes')).sort(byOrder).map(({ data: note }) => ({
    ...note,
    file: CONTENT_FILES.notesDir,
    citations: citations(note.facts, `${CONTENT_FILES.notesDir}: note ${note.id}`),
  }));
  const claims = (await getCollection('claims')).sort(byOrder).map((claim) => claim.data);
  const options = (await getCollection('options')).sort(byOrder).map((option) => option.data);
  // The rows carry marks as the essay's paragraphs do, through the same tree functions.
  const marks = marksByBlock(notes, [
    ...claims.map((claim) => ({ ...claim, definedIn: `${CONTENT_FILES.claims}: claim ${claim.id}` })),
    ...rowClaims(options, CONTENT_FILES.options),
  ]);
  const rows = options.map((row) => {
    const where = `${CONTENT_FILES.options}: row ${row.id}`;
    // Each phrase is marked in the one cell that holds it.
    const rowMarks = marks.get(rowAnchor(row.id)) ?? [];
    const cells = { option: row.option, pros: row.pros, cons: row.cons };
    for (const mark of rowMarks) {
      const holders = Object.values(cells).filter((cell) => inlineText(cell).includes(mark.phrase)).length;
      if (holders !== 1) throw new Error(`${mark.label}: "${mark.phrase}" must be in exactly one cell of ${where}, not ${holders}`);
    }
    const cellHtml = (field: keyof typeof cells) => inlineHtml(cells[field], rowMarks, `${where} → ${field}`);
    citations(row.hindsight.map((line) => line.fact), `${where} → hindsight`);
    return {
      row,
      optionHtml: cellHtml('option'),
      prosHtml: cellHtml('pros'),
      consHtml: cellHtml('cons'),
      hindsight: row.hindsight.map((line) => hindsightLine(line.text, facts.get(line.fact)!)),
    };
  });
  const aliases = Object.fromEntries(
    (await getCollection('permalinks')).flatMap((link) => (link.data.kind === 'alias' ? [[link.id, link.data.target]] : [])),
  );
  const quotes = new Map((await getCollection('quotes')).sort(byOrder).map((quote) => [quote.id, quote.data]));
  return {
    entry,
    essay: entry.data,
    publishedDay: entry.data.published.toISOString().slice(0, 10),
    aliases,
    facts,
    notes,
    claims,
    rows,
    quotes,
    citations,
  };
}

let cache: Promise<EssayData> | undefined;

/** The essay's page data; computed once per build (afresh on each request in dev, where files change). */
export function essayData(): Promise<EssayData> {
  if (import.meta.env.DEV) return load();
  return (cache ??= load());
}

/** The essay's rendered content and headings. */
export async function essayContent() {
  return render((await essayData()).entry);
}

