// Facts that age. A fact reporting a plan or a prediction ("US deliveries planned
// for 2026") carries a `reviewBy` day in src/data/facts.yaml. Before that day the
// rule is quiet; once the build date is past it, the build warns and
// `npm run check:freshness` fails, each naming the fact and the lines citing it.
// Pure: the data comes in parsed, today comes in as an ISO date.

/** The parts of a vetted fact the rule reads. */
export interface AgingFact {
  id: string;
  /** When it happened ("2025-10-28"), shown as "as of" on citing lines. */
  date?: string | undefined;
  /** ISO day after which the fact needs checking again. */
  reviewBy?: string | undefined;
}

/** One place on the site that cites a fact, named for an editor ("src/data/claims.yaml: claim halodi-manipulation"). */
export interface CitingLine {
  fact: string;
  line: string;
}

/** A fact past its review day, with every line that cites it. */
export interface DueFact {
  fact: string;
  date?: string | undefined;
  reviewBy: string;
  citedBy: string[];
}

/** The data files' entries, as far as citing goes. */
export interface CitingData {
  claims: readonly { id: string; hindsight?: readonly { fact: string }[] | undefined }[];
  options: readonly { id: string; hindsight?: readonly { fact: string }[] | undefined }[];
  quotes: readonly { id: string; facts?: readonly string[] | undefined }[];
  notes: readonly { file: string; notes: readonly { id: string; facts?: readonly string[] | undefined }[] }[];
}

/** Every line of the site that cites a fact, named by file and entry. */
export function citingLines(data: CitingData, files: { claims: string; options: string; quotes: string }): CitingLine[] {
  return [
    ...data.claims.flatMap((claim) => (claim.hindsight ?? []).map(({ fact }) => ({ fact, line: `${files.claims}: claim ${claim.id}` }))),
    ...data.options.flatMap((row) => (row.hindsight ?? []).map(({ fact }) => ({ fact, line: `${files.options}: row ${row.id}` }))),
    ...data.quotes.flatMap((quote) => (quote.facts ?? []).map((fact) => ({ fact, line: `${files.quotes}: quote ${quote.id}` }))),
    ...data.notes.flatMap(({ file, notes }) => notes.flatMap((note) => (note.facts ?? []).map((fact) => ({ fact, line: `${file}: note ${note.id}` })))),
  ];
}

/** The facts whose `reviewBy` day `today` is past (both ISO dates), in the facts' order. */
export function dueFacts(facts: readonly AgingFact[], citing: readonly CitingLine[], today: string): DueFact[] {
  return facts.flatMap((fact) =>
    fact.reviewBy && today > fact.reviewBy
      ? [{ fact: fact.id, date: fact.date, reviewBy: fact.reviewBy, citedBy: [...new Set(citing.filter((c) => c.fact === fact.id).map((c) => c.line))] }]
      : [],
  );
}

/** One warning per due fact, naming it and each line that cites it. */
export function freshnessWarnings(due: readonly DueFact[]): string[] {
  return due.map(({ fact, date, reviewBy, citedBy }) => {
    const asOf = date ? ` (as of ${date})` : '';
    const lines = citedBy.length ? `; check again the lines citing it:\n${citedBy.map((line) => `    ${line}`).join('\n')}` : '; no line cites it';
    return `fact "${fact}"${asOf} was due for review by ${reviewBy}${lines}`;
  });
}

/** What `npm run check:freshness` prints and its exit code: 0 while nothing is due, else 1. */
export function freshnessReport(due: readonly DueFact[], today: string): { code: 0 | 1; text: string } {
  if (due.length === 0) return { code: 0, text: `check:freshness: no fact is past its review day on ${today}.` };
  const warnings = freshnessWarnings(due).map((warning) => `  ${warning}`);
  return {
    code: 1,
    text: [`check:freshness: ${due.length} fact${due.length === 1 ? ' is' : 's are'} past ${due.length === 1 ? 'its' : 'their'} review day on ${today} (facts.yaml, reviewBy):`, ...warnings].join('\n'),
  };
}
