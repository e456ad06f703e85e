import { describe, expect, it } from 'vitest';
import { citationFileProblems } from './citations-check';
import { placeCslItem } from './place-citation';

const essay = { title: 'A Title', author: 'Ann Author', published: new Date('2022-04-25') };
const edition = { name: 'An Edition', pageUrl: 'https://example.org/rome/', date: '2026-12-04' };
const item = (anchor: string) => placeCslItem({ anchor, locator: 'para. 1' }, essay, edition);
const ids = new Set(['p-one', 'p-two']);
const check = (json: string, places = ['p-one']) => citationFileProblems(json, 'dist/citations.json', edition.pageUrl, ids, places);

describe('citationFileProblems', () => {
  it('passes a file whose every item lands on the page', () => {
    expect(check(JSON.stringify([item('p-one'), item('p-two')]), ['p-one', 'p-two'])).toEqual([]);
  });

  it('names text that is not an array of items', () => {
    expect(check('{')[0]).toMatch(/^dist\/citations\.json: not JSON/);
    expect(check('{}')).toEqual(['dist/citations.json: not an array of CSL-JSON items']);
  });

  it('names an item without a URL or a locator, and a place with no item', () => {
    const { URL: _url, ...noUrl } = item('p-one');
    expect(check(JSON.stringify([noUrl, { ...item('p-two'), section: '' }]), ['p-one', 'p-three'])).toEqual([
      'dist/citations.json: item p-one: no URL',
      'dist/citations.json: item p-two: no section',
      'dist/citations.json: no item for #p-one',
      'dist/citations.json: no item for #p-three',
    ]);
  });

  it('names a URL that misses the page, its own id or any element', () => {
    expect(
      check(
        JSON.stringify([
          { ...item('p-one'), URL: 'https://example.org/other/#p-one' },
          { ...item('p-two'), URL: 'https://example.org/rome/#p-one' },
          item('p-gone'),
          item('p-gone'),
        ]),
        [],
      ),
    ).toEqual([
      'dist/citations.json: item p-one: URL https://example.org/other/#p-one is not on the essay page https://example.org/rome/',
      'dist/citations.json: item p-two: URL https://example.org/rome/#p-one names #p-one, not its own id',
      'dist/citations.json: item p-gone: URL https://example.org/rome/#p-gone names #p-gone, which the essay page does not have',
      'dist/citations.json: item p-gone: id used twice',
      'dist/citations.json: item p-gone: URL https://example.org/rome/#p-gone names #p-gone, which the essay page does not have',
    ]);
  });
});
