// Facts that age. A fact reporting a plan or a prediction ("US deliveries planned
// for 2026") carries a `reviewBy` day in src/data/facts.yaml. From WARN_AHEAD_DAYS
// before that day the build and `npm run check:freshness` warn, so an editor hears
// of it while the lines can still be fixed; once the build date is past it, the
// build warns and the check fails. Each warning names the fact and the lines citing it.
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

/** How many days before a fact's `reviewBy` the rule starts to warn. */
export const WARN_AHEAD_DAYS = 30;

/** A fact past its review day, or coming up to it, with every line that cites it. */
export interface DueFact {
  fact: string;
  date?: string | undefined;
  reviewBy: string;
  /** Days from today to `reviewBy`: 0 on the day itself, negative once past. */
  daysLeft: number;
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

const DAY_MS = 86_400_000;
/** Whole days from one ISO day to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/**
 * The facts whose `reviewBy` day is past on `today` or at most `aheadDays` away
 * (both ISO dates), in the facts' order.
 */
export function dueFacts(facts: readonly AgingFact[], citing: readonly CitingLine[], today: string, aheadDays = WARN_AHEAD_DAYS): DueFact[] {
  return facts.flatMap((fact) => {
    if (!fact.reviewBy) return [];
    const daysLeft = daysBetween(today, fact.reviewBy);
    if (daysLeft > aheadDays) return [];
    return [{ fact: fact.id, date: fact.date, reviewBy: fact.reviewBy, daysLeft, citedBy: [...new Set(citing.filter((c) => c.fact === fact.id).map((c) => c.line))] }];
  });
}

/** True once `today` is after a fact's review day: readers then see "due for review" beside its date. */
export const pastReviewDay = (reviewBy: string, today: string): boolean => today > reviewBy;

const isPast = (due: DueFact) => due.daysLeft < 0;

/** One warning per due or coming fact, naming it and each line that cites it. */
export function freshnessWarnings(due: readonly DueFact[]): string[] {
  return due.map((item) => {
    const { fact, date, reviewBy, daysLeft, citedBy } = item;
    const asOf = date ? ` (as of ${date})` : '';
    const when = isPast(item) ? `was due for review by ${reviewBy}` : `is due for review by ${reviewBy}, in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`;
    const lines = citedBy.length ? `; check again the lines citing it:\n${citedBy.map((line) => `    ${line}`).join('\n')}` : '; no line cites it';
    return `fact "${fact}"${asOf} ${when}${lines}`;
  });
}

const counted = (n: number) => `${n} fact${n === 1 ? ' is' : 's are'}`;

/**
 * What `npm run check:freshness` prints and its exit code: 1 once any fact is past
 * its review day; 0 otherwise, still warning for any fact coming up to it.
 */
export function freshnessReport(due: readonly DueFact[], today: string): { code: 0 | 1; text: string } {
  const past = due.filter(isPast);
  const coming = due.filter((item) => !isPast(item));
  const listed = (items: readonly DueFact[]) => freshnessWarnings(items).map((warning) => `  ${warning}`);
  const text = [
    ...(past.length
      ? [`check:freshness: ${counted(past.length)} past ${past.length === 1 ? 'its' : 'their'} review day on ${today} (facts.yaml, reviewBy):`, ...listed(past)]
      : [`check:freshness: no fact is past its review day on ${today}.`]),
    ...(coming.length ? [`check:freshness: ${counted(coming.length)} due for review within ${WARN_AHEAD_DAYS} days of ${today}; fix the lines citing ${coming.length === 1 ? 'it' : 'them'} now:`, ...listed(coming)] : []),
  ];
  return { code: past.length ? 1 : 0, text: text.join('\n') };
}
