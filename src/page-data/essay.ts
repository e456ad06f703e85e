// What the essay page and its share pages show, computed once per build from
// the essay model (as Starlight's utils/routing/data.ts does per route):
// components and widgets only display it.
import { getEntry, render, type CollectionEntry } from 'astro:content';
import { hindsightLine, type Citation, type HindsightLine } from '../lib/facts';
import { inlineHtml, inlineText } from '../lib/markdown';
import { rowAnchor } from '../lib/places';
import { buildDate } from '../lib/timeline';
import { CONTENT_FILES } from '../loaders/content-root';
import { essayModel, type ModelNote } from '../loaders/essay-model';
import { siteSettings, type Site } from '../loaders/site';
import type { Fact } from '../schemas/fact';
import type { Figure } from '../schemas/figure';
import type { Option } from '../schemas/option';
import type { Claim } from '../schemas/claim';
import type { Quote } from '../schemas/quote';

/** An options-table row with its cells' HTML (the author's Markdown, our marks applied) and its cited facts. */
export interface RowData {
  row: Option;
  optionHtml: string;
  prosHtml: string;
  consHtml: string;
  hindsight: HindsightLine[];
}

export interface EssayData {
  site: Site;
  /** The content root's files, named in errors. */
  files: typeof CONTENT_FILES;
  entry: CollectionEntry<'essay'>;
  essay: CollectionEntry<'essay'>['data'];
  /** The publication date as an ISO day ("2022-04-25"): claims are counted from it. */
  publishedDay: string;
  /** The day the site is built ("today" on the timeline), an ISO day. */
  buildDay: string;
  /** Retired id -> the id it now sends readers to. */
  aliases: Record<string, string>;
  facts: ReadonlyMap<string, Fact>;
  /** Our notes, in reading order, each with its cited facts. */
  notes: ModelNote[];
  claims: Claim[];
  rows: RowData[];
  quotes: ReadonlyMap<string, Quote>;
  /** The essay's figure, if it has one. */
  figure: Figure | undefined;
  /** The cited facts of an entry; throws naming the entry when one is unknown. */
  citations(ids: readonly string[], citedBy: string): Citation[];
}

async function load(): Promise<EssayData> {
  const site = siteSettings();
  const entry = await getEntry('essay', site.essay);
  if (!entry) throw new Error(`${CONTENT_FILES.site}: "essay" names "${site.essay}", which is not in ${CONTENT_FILES.essayDir}/.`);
  const model = await essayModel();
  const { facts, citations, marks } = model;
  // BUILD_DATE pins "today" for tests; otherwise the day the site is built.
  const buildDay = buildDate(process.env.BUILD_DATE);
  const rows = model.rows.map((row) => {
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
      hindsight: row.hindsight.map((line) => hindsightLine(line.text, facts.get(line.fact)!, buildDay)),
    };
  });
  return {
    site,
    files: CONTENT_FILES,
    entry,
    essay: entry.data,
    publishedDay: entry.data.published.toISOString().slice(0, 10),
    buildDay,
    aliases: model.registry.aliases,
    facts,
    notes: model.notes,
    claims: model.claims,
    rows,
    quotes: new Map(model.quotes.map((quote) => [quote.id, quote])),
    figure: model.figure,
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

