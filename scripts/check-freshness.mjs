// npm run check:freshness: exits non-zero, listing them, when any fact in
// src/data/facts.yaml is past its `reviewBy` day on the build date (BUILD_DATE, else today).
// The TypeScript helpers load through Vite's module runner (Vite comes with Astro).
import { runnerImport } from 'vite';

const load = async (path) => (await runnerImport(new URL(path, import.meta.url).pathname)).module;
const { findDueFacts } = await load('../src/lib/freshness-files.ts');
const { freshnessReport } = await load('../src/lib/freshness.ts');
const { buildDate } = await load('../src/lib/timeline.ts');

const today = buildDate(process.env.BUILD_DATE);
const { code, text } = freshnessReport(await findDueFacts(today), today);
(code === 0 ? console.log : console.error)(text);
process.exitCode = code;
