import { describe, expect, it } from 'vitest';
import { atomFeed, changeId, changesOf, datesLine, escapeXml, type HistorySubject } from './history';

const note: HistorySubject = { anchor: 'note-a', title: 'Note on “a”', html: 'A <em>b</em> & c', history: { added: '2026-11-30', revised: [{ date: '2026-12-03', summary: 'Dated the <rename>' }] } };
const claim: HistorySubject = { anchor: 'claim-b', title: 'Claim b', html: 'B', history: { added: '2026-12-03', revised: [] } };

describe('datesLine', () => {
  it('gives the addition, and the latest revision when there is one', () => {
    expect(datesLine(claim.history)).toBe('added Dec 3, 2026');
    expect(datesLine({ added: '2026-11-30', revised: [{ date: '2026-12-01', summary: 'x' }, { date: '2026-12-03', summary: 'y' }] })).toBe('added Nov 30, 2026 · revised Dec 3, 2026');
  });
});

describe('changesOf', () => {
  it('lists each addition and revision newest first, revisions before additions on one day', () => {
    expect(changesOf([note, claim]).map((change) => `${change.date} ${change.kind} ${change.anchor}`)).toEqual([
      '2026-12-03 revised note-a',
      '2026-12-03 added claim-b',
      '2026-11-30 added note-a',
    ]);
    expect(changesOf([note])[0]!.summary).toBe('Dated the <rename>');
  });
});

describe('the Atom feed', () => {
  const xml = atomFeed({ title: 'T & co', feedUrl: 'https://example.org/changes.atom', pageUrl: 'https://example.org/', changesUrl: 'https://example.org/changes/', author: 'Ed', changes: changesOf([note, claim]), fallbackDay: '2026-12-04' });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('has a stable tag: id per change', () => {
    expect(changeId('https://example.org:8080/rome/', { anchor: 'note-a', kind: 'revised', date: '2026-12-03' })).toBe('tag:example.org,2026-12-03:/rome/note-a/revised');
    expect(xml).toContain('<id>tag:example.org,2026-11-30:/note-a/added</id>');
  });

  it('carries the feed elements RFC 4287 requires, updated as of the newest change', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml).toContain('<id>https://example.org/changes.atom</id>');
    expect(xml).toContain('<title>T &amp; co</title>');
    expect(xml).toContain('<updated>2026-12-03T00:00:00Z</updated>');
    expect(xml).toContain('<author><name>Ed</name></author>');
    expect(xml.match(/<entry>/g)).toHaveLength(3);
  });

  it('gives each entry its text as escaped HTML and a link to its place', () => {
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://example.org/#note-a"/>');
    expect(xml).toContain('<content type="html">&lt;p&gt;Revised: Dated the &amp;lt;rename&amp;gt;&lt;/p&gt;&lt;blockquote&gt;A &lt;em&gt;b&lt;/em&gt; &amp; c&lt;/blockquote&gt;</content>');
  });
});
