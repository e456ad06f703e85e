// A claim's status in words, said the same way by the build and by the page
// when it recomputes the status on the reader's day (widgets/LeadTimeline/keep-time.ts).
import { formatDay } from '../dates';
import type { ClaimStatus } from './types';

export const STATUS_TEXT: Record<ClaimStatus, string> = { passed: 'horizon passed', open: 'still open' };
export const STATUSES = Object.keys(STATUS_TEXT) as ClaimStatus[];

/** The closing sentence of a claim's reading: "Status: still open, as of December 4, 2026." */
export function statusSentence(status: ClaimStatus, today: string): string {
  return `Status: ${STATUS_TEXT[status]}, as of ${formatDay(today)}.`;
}

/** A legend entry: "12 still open", "4 horizon passed". */
export function legendText(status: ClaimStatus, count: number): string {
  return `${count} ${STATUS_TEXT[status]}`;
}

const STATUS_WORDS = new RegExp(`(${Object.values(STATUS_TEXT).join('|')})`);
const STATUS_SENTENCE = /Status: .*$/;

/**
 * Text that states a status, restated for another status and day: the
 * status words become the new ones, and a closing status sentence is said
 * again as of `today`. Text without status words is returned as it is.
 */
export function restate(text: string, status: ClaimStatus, today: string): string {
  if (STATUS_SENTENCE.test(text)) return text.replace(STATUS_SENTENCE, statusSentence(status, today));
  return text.replace(STATUS_WORDS, STATUS_TEXT[status]);
}

/** What the today line is, after its date: the build's day, or the reader's own. */
export const TODAY_SOURCE = { build: ', the day this page was built.', reader: ', by your own calendar.' } as const;
