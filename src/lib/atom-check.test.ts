import { describe, expect, it } from 'vitest';
import { atomEntryTargets, atomProblems } from './atom-check';
import { atomFeed, changesOf } from './history';

const page = 'https://example.org/rome/';
const feed = atomFeed({
  title: 'T',
  feedUrl: `${page}changes.atom`,
  pageUrl: page,
  changesUrl: `${page}changes/`,
  author: 'Ed',
  changes: changesOf([
    { anchor: 'note-a', title: 'Note “a” & <b>', html: '<p>A <a href="https://x.org/?a=1&b=2">x</a></p>', history: { added: '2026-11-30', revised: [{ date: '2026-12-01', summary: 'y' }] } },
  ]),
  fallbackDay: '2026-12-04',
});
const ids = new Set(['note-a']);

describe('atomProblems', () => {
  it('passes the feed atomFeed writes', () => {
    expect(atomProblems(feed, 'feed.atom', page, ids)).toEqual([]);
    expect(atomEntryTargets(feed)).toEqual(['note-a', 'note-a']);
  });

  it('fails XML that does not parse', () => {
    expect(atomProblems(feed.replace('&amp; &lt;b&gt;', '& <b>'), 'feed.atom', page, ids)[0]).toMatch(/^feed\.atom: not well-formed XML/);
  });

  it('fails a missing required element, naming the entry', () => {
    const noUpdated = feed.replace(/    <updated>[^<]*<\/updated>\n/, '');
    expect(atomProblems(noUpdated, 'feed.atom', page, ids)).toEqual(['feed.atom: entry 1 (tag:example.org,2026-12-01:/rome/note-a/revised) has 0 <updated>, not 1']);
    expect(atomProblems(feed.replace('<author><name>Ed</name></author>', ''), 'feed.atom', page, ids)).toContain('feed.atom: the feed has no <author> (nor has the feed)');
    expect(atomProblems(feed.replace('2026-11-30T00:00:00Z', '2026-11-30'), 'feed.atom', page, ids)).toEqual([
      'feed.atom: entry 2 (tag:example.org,2026-11-30:/rome/note-a/added): <updated> "2026-11-30" is not an RFC 3339 date-time',
    ]);
  });

  it('fails an entry linking to an id the page does not have, or to another page', () => {
    expect(atomProblems(feed, 'feed.atom', page, new Set())).toHaveLength(2);
    expect(atomProblems(feed, 'feed.atom', 'https://example.org/other/', ids)).toHaveLength(2);
  });

  it('fails a repeated entry id and a feed that is not Atom', () => {
    const twice = feed.replace('2026-11-30:/rome/note-a/added', '2026-12-01:/rome/note-a/revised');
    expect(atomProblems(twice, 'feed.atom', page, ids)).toEqual(['feed.atom: entry 2 (tag:example.org,2026-12-01:/rome/note-a/revised): duplicate id']);
    expect(atomProblems('<rss version="2.0"/>', 'feed.atom', page, ids)).toEqual(['feed.atom: the root is <rss> in "", not an Atom <feed>']);
  });
});
