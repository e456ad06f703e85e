// An entry's history as readers see it: the quiet dates line under a note,
// and the list of changes the changes page and the Atom feed are made from.
// Pure: histories arrive as arguments.
import { formatDay } from './dates';

/** When an entry was added and revised (schemas/history.ts validates it), oldest revision first. */
export interface DatedHistory {
  added: string;
  revised: readonly { date: string; summary: string }[];
}

/** "added Nov 30, 2026", or "added Nov 30, 2026 · revised Dec 3, 2026" (the latest revision). */
export function datesLine(history: DatedHistory): string {
  const added = `added ${formatDay(history.added, 'short')}`;
  const latest = history.revised.at(-1);
  return latest ? `${added} · revised ${formatDay(latest.date, 'short')}` : added;
}

/** Something on the page that keeps a history: a note, or a claim's or row's hindsight lines. */
export interface HistorySubject {
  /** The id it is found at on the essay page ("note-…", "claim-…", "option-…"). */
  anchor: string;
  /** What it is, for a heading: "Note on “as their VP of AI”". */
  title: string;
  /** Its current text as HTML (our words, inline Markdown rendered). */
  html: string;
  history: DatedHistory;
}

/** One addition or revision. */
export interface Change {
  anchor: string;
  title: string;
  html: string;
  kind: 'added' | 'revised';
  date: string;
  /** A revision's one-line summary. */
  summary?: string;
}

/** Every addition and revision, newest first; on one day, revisions before additions, then in the subjects' order. */
export function changesOf(subjects: readonly HistorySubject[]): Change[] {
  const changes = subjects.flatMap((subject, order) => {
    const base = { anchor: subject.anchor, title: subject.title, html: subject.html };
    return [
      { ...base, kind: 'added' as const, date: subject.history.added, order },
      ...subject.history.revised.map((revision) => ({ ...base, kind: 'revised' as const, date: revision.date, summary: revision.summary, order })),
    ];
  });
  changes.sort((a, b) => b.date.localeCompare(a.date) || (a.kind === b.kind ? 0 : a.kind === 'revised' ? -1 : 1) || a.order - b.order);
  return changes.map(({ order: _order, ...change }) => change);
}

/** Text safe inside XML character data and attribute values. */
export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * A change's stable Atom id (RFC 4151 tag URI): the essay page's host name and
 * path, the change's day, the entry's anchor and what happened, so it never
 * changes once published.
 */
export function changeId(pageUrl: string, change: Pick<Change, 'anchor' | 'kind' | 'date'>): string {
  const page = new URL(pageUrl);
  return `tag:${page.hostname},${change.date}:${page.pathname}${change.anchor}/${change.kind}`;
}

export interface AtomFeed {
  title: string;
  /** The feed's own address (its id and rel="self"). */
  feedUrl: string;
  /** The essay page, where each change's anchor is. */
  pageUrl: string;
  /** The changes page (rel="alternate"). */
  changesUrl: string;
  author: string;
  changes: readonly Change[];
  /** Used when there are no changes: the build day. */
  fallbackDay: string;
}

const stamp = (day: string) => `${day}T00:00:00Z`;

/** The changes as an Atom feed (RFC 4287): each entry with its id, title, updated, link to its place and its text as escaped HTML. */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.changes[0]?.date ?? feed.fallbackDay;
  const entries = feed.changes.map((change) => {
    const link = `${feed.pageUrl}#${change.anchor}`;
    const what = change.kind === 'added' ? 'Added' : `Revised: ${change.summary ?? ''}`;
    const content = `<p>${escapeXml(what)}</p><blockquote>${change.html}</blockquote>`;
    return [
      '  <entry>',
      `    <id>${escapeXml(changeId(feed.pageUrl, change))}</id>`,
      `    <title>${escapeXml(`${change.kind === 'added' ? 'Added' : 'Revised'}: ${change.title}`)}</title>`,
      `    <updated>${stamp(change.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <content type="html">${escapeXml(content)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.feedUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.changesUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
