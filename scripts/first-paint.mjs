// The essay page's first paint beside the bare essay's (scripts/bare-essay-page.mjs),
// from interleaved Lighthouse runs: each page's FCP and LCP medians, and the
// ratios essay / bare that bench/budgets.json bounds (issue #23). Beside them,
// the bare essay padded to the essay page's size (lib/size-floor): its ratio to
// the bare page is what the document's bytes alone cost, the floor of the others.
import { median } from './bench-lighthouse.mjs';

export const PAINTS = ['FCP', 'LCP'];

/** Medians by page, and the ratios to the bare page's (the essay's, and the sized bare page's), per paint. */
export function firstPaintComparison(essayRuns, bareRuns, sizedRuns) {
  const medians = (runs) => Object.fromEntries(PAINTS.map((paint) => [paint, median(runs.map((run) => run[paint]))]));
  const ratios = (page) => Object.fromEntries(PAINTS.map((paint) => [paint, page[paint] / bare[paint]]));
  const essay = medians(essayRuns);
  const bare = medians(bareRuns);
  const sized = medians(sizedRuns);
  return { essay, bare, sized, ratio: ratios(essay), sizeRatio: ratios(sized) };
}

/** The runs' LCP elements, each once. */
const elements = (runs) => [...new Set(runs.map((run) => run.lcpElement ?? 'not reported'))].join(' / ');

/** The comparison as a table headed `heading`, with each page's runs in order. */
export function firstPaintLines(heading, { essay, bare, sized, ratio, sizeRatio }, essayRuns, bareRuns, sizedRuns, sizedBytes) {
  const ms = (value) => `${Math.round(value)} ms`;
  const byRun = (runs, paint) => runs.map((run) => Math.round(run[paint])).join(', ');
  return [
    `| ${heading} (median of ${essayRuns.length} / ${bareRuns.length} / ${sizedRuns.length}) | essay page | bare essay | essay / bare | bare essay at the essay's ${sizedBytes} B | that / bare |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...PAINTS.map((paint) => `| ${paint} | ${ms(essay[paint])} | ${ms(bare[paint])} | ${ratio[paint].toFixed(2)} | ${ms(sized[paint])} | ${sizeRatio[paint].toFixed(2)} |`),
    '',
    ...PAINTS.map((paint) => `${paint} by run (ms): essay ${byRun(essayRuns, paint)}; bare ${byRun(bareRuns, paint)}; bare at the essay's size ${byRun(sizedRuns, paint)}`),
    `LCP element: essay ${elements(essayRuns)}; bare ${elements(bareRuns)}`,
  ];
}

/** The ratio budgets (bench/budgets.json lighthouse.bareEssayRatio), as report lines and exceeded ones. */
export function firstPaintBudgets(budgets, { ratio }) {
  const limits = budgets.lighthouse?.bareEssayRatio ?? {};
  const lines = [];
  const problems = [];
  for (const paint of PAINTS) {
    const limit = limits[paint];
    if (limit === undefined) continue;
    const ok = ratio[paint] <= limit;
    lines.push(`  ${paint} essay / bare (medians): ${ratio[paint].toFixed(2)} of ${limit} ${ok ? 'ok' : 'EXCEEDED'}`);
    if (!ok) problems.push(`${paint} of the essay page: ${ratio[paint].toFixed(2)} × the bare essay's exceeds the budget of ${limit} ×`);
  }
  return { lines, problems };
}
