import { readFileSync } from 'node:fs';
// Explicit extensions: the Firefox smoke suite imports this file under plain Node.
import { normalizeText } from '../../src/lib/text.ts';

/**
 * The words of the text of record (the author's Markdown, kept in e2e/fixtures),
 * with Markdown and Jekyll syntax removed and white space normalised.
 */
export function textOfRecord(path = new URL('../fixtures/rome.original.md', import.meta.url)): string {
  const markdown = readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const text = markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^!\[[^\]]*\]\([^)]*\)$/, '') // the figure: an image, not words
        .replace(/^#+\s+/, '')
        .replace(/^-\s+/, '')
        .replace(/^\|(.*)\|$/, (_row, cells: string) => cells.split('|').join(' ')),
    )
    .join('\n')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*?/g, '');
  return normalizeText(text);
}

/** The first place two texts differ, with some context on both sides, or null if equal. */
export function firstDifference(expected: string, actual: string): string | null {
  if (expected === actual) return null;
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i++;
  const from = Math.max(0, i - 60);
  return `texts differ at character ${i}:\n  expected …${expected.slice(from, i + 60)}…\n  actual   …${actual.slice(from, i + 60)}…`;
}

/**
 * In the page: the essay's visible words without anything the site adds
 * (marked data-ours). Self-contained, so any driver can evaluate it.
 * innerText leaves out what `content-visibility: auto` is skipping off screen
 * (words a reader reaches by scrolling, finding or selecting), so those parts
 * are rendered for the reading.
 */
export function visibleEssayText(): string {
  const body = document.querySelector<HTMLElement>('[data-essay-body]')!;
  const ours = [...body.querySelectorAll<HTMLElement>('[data-ours]')];
  const skipped = [...body.querySelectorAll<HTMLElement>('*')].filter((el) => getComputedStyle(el).contentVisibility === 'auto');
  const displays = ours.map((el) => el.style.display);
  const visibilities = skipped.map((el) => el.style.contentVisibility);
  for (const el of ours) el.style.display = 'none';
  for (const el of skipped) el.style.contentVisibility = 'visible';
  const text = body.innerText;
  ours.forEach((el, i) => (el.style.display = displays[i]!));
  skipped.forEach((el, i) => (el.style.contentVisibility = visibilities[i]!));
  return text;
}
