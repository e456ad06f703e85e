// npm run check:freshness: warns, listing them, for any fact within 30 days of its
// `reviewBy` day, and exits non-zero when any fact in
// the content root's facts.yaml (CONTENT_ROOT, default src) is past its `reviewBy` day on the build date (BUILD_DATE, else today).
// The TypeScript helpers load through Vite's module runner (Vite comes with Astro).
import { runnerImport } from 'vite';

const load = async (path) => (await runnerImport(new URL(path, import.meta.url).pathname)).module;
const { findDueFacts } = await load('../src/loaders/freshness-files.ts');
const { freshnessReport } = await load('../src/lib/freshness.ts');
const { buildDate } = await load('../src/lib/timeline/calendar.ts');

const today = buildDate(process.env.BUILD_DATE);
const { code, text } = freshnessReport(await findDueFacts(today), today);
(code === 0 ? console.log : console.error)(text);
process.exitCode = code;
