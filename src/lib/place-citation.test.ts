import { describe, expect, it } from 'vitest';
import { blockLocators, cslName, placeBibtex, placeBibtexKey, placeCslItem, placeCslJson, placePermalink, placeRis, risValue } from './place-citation';

const essay = {
  title: 'All Roads Lead to Rome: The Machine Learning Job Market in 2022',
  author: 'Eric Jang',
  published: new Date('2022-04-25'),
};
const edition = { name: 'Rome, annotated', pageUrl: 'https://example.org/rome/', date: '2026-12-04' };
const paragraph = placeCslItem({ anchor: 'p-rags-to-riches', locator: 'para. 12' }, essay, edition);

describe('placeCslItem', () => {
  it('is the essay, with the place as its section, its permalink and the edition date', () => {
    expect(paragraph).toEqual({
      id: 'p-rags-to-riches',
      type: 'post-weblog',
      title: essay.title,
      author: [{ family: 'Jang', given: 'Eric' }],
      issued: { 'date-parts': [[2022, 4, 25]] },
      'container-title': 'Rome, annotated',
      section: 'para. 12',
      URL: 'https://example.org/rome/#p-rags-to-riches',
      'available-date': { 'date-parts': [[2026, 12, 4]] },
      note: 'para. 12; Rome, annotated, edition of December 4, 2026',
    });
  });

  it('percent-encodes a fragment that is not ASCII', () => {
    expect(placePermalink('https://example.org/', 'café-society')).toBe('https://example.org/#caf%C3%A9-society');
  });

  it('keeps a one-word name whole', () => {
    expect(cslName('Gwern')).toEqual({ literal: 'Gwern' });
    expect(cslName('Mary Ann Smith')).toEqual({ family: 'Smith', given: 'Mary Ann' });
  });
});

describe('placeBibtex', () => {
  it('writes an @misc entry with the locator, the edition date and the permalink', () => {
    expect(placeBibtex(paragraph)).toBe(
      [
        '@misc{jang2022roads:p-rags-to-riches,',
        '  author       = {Jang, Eric},',
        '  title        = {{All Roads Lead to Rome: The Machine Learning Job Market in 2022}},',
        '  howpublished = {Rome, annotated},',
        '  year         = {2022},',
        '  month        = apr,',
        '  date         = {2022-04-25},',
        '  note         = {para. 12; Rome, annotated, edition of December 4, 2026},',
        '  url          = {https://example.org/rome/#p-rags-to-riches}',
        '}',
      ].join('\n'),
    );
  });

  it("escapes TeX's special characters in text fields, and nothing in the URL but braces", () => {
    const odd = placeCslItem(
      { anchor: 'option-r&d', locator: 'row R&D {50%} $5 #1 ~_^ \\' },
      { ...essay, title: 'Costs & Benefits_100%', author: 'Ada {Byron}' },
      { ...edition, pageUrl: 'https://example.org/a%20b/' },
    );
    const bibtex = placeBibtex(odd);
    expect(bibtex).toContain('title        = {{Costs \\& Benefits\\_100\\%}}');
    expect(bibtex).toContain('author       = {\\{Byron\\}, Ada},');
    expect(bibtex).toContain(
      'note         = {row R\\&D \\{50\\%\\} \\$5 \\#1 \\textasciitilde{}\\_\\textasciicircum{} \\textbackslash{}; Rome, annotated, edition of December 4, 2026}',
    );
    expect(bibtex).toContain('url          = {https://example.org/a%20b/#option-r&d}');
    // The key keeps only what BibTeX allows in one.
    expect(placeBibtexKey(odd)).toBe('byron2022costs:option-rd');
    // Every brace the entry opens, it closes.
    let depth = 0;
    for (const char of bibtex.replace(/\\[{}]/g, '')) depth += char === '{' ? 1 : char === '}' ? -1 : 0;
    expect(depth).toBe(0);
  });

  it('encodes braces in a URL, which would end the field', () => {
    const item = { ...paragraph, URL: 'https://example.org/#a{b}' };
    expect(placeBibtex(item)).toContain('url          = {https://example.org/#a%7Bb%7D}');
  });

  it('braces a literal name so BibTeX does not split it', () => {
    const item = placeCslItem({ anchor: 'x', locator: 'para. 1' }, { ...essay, author: 'Gwern' }, edition);
    expect(placeBibtex(item)).toContain('author       = {{Gwern}}');
  });
});

describe('placeRis', () => {
  it('writes a BLOG record with the locator as its section and the permalink', () => {
    expect(placeRis(paragraph)).toBe(
      [
        'TY  - BLOG',
        'AU  - Jang, Eric',
        'TI  - All Roads Lead to Rome: The Machine Learning Job Market in 2022',
        'T2  - Rome, annotated',
        'PY  - 2022',
        'DA  - 2022/04/25/',
        'SE  - para. 12',
        'UR  - https://example.org/rome/#p-rags-to-riches',
        'N1  - para. 12; Rome, annotated, edition of December 4, 2026',
        'ER  - ',
      ].join('\n'),
    );
  });

  it('keeps every value on its line: breaks, tabs and control characters become one space', () => {
    expect(risValue('claim “two\nlines”\r\nER  - \tend\u2028x\u0007')).toBe('claim “two lines” ER - end x');
    const odd = placeCslItem({ anchor: 'note-x', locator: 'note on “a\nb”' }, essay, edition);
    const lines = placeRis(odd).split('\n');
    expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    expect(lines).toContain('SE  - note on “a b”');
  });
});

describe('placeCslJson', () => {
  it('is an array of the one item, parsed back unchanged', () => {
    expect(JSON.parse(placeCslJson(paragraph))).toEqual([paragraph]);
  });
});

describe('blockLocators', () => {
  it('numbers paragraphs, and list items within their list after the paragraph before it', () => {
    const locators = blockLocators([
      { id: 'a', kind: 'li' },
      { id: 'b', kind: 'p' },
      { id: 'c', kind: 'p' },
      { id: 'd', kind: 'li' },
      { id: 'e', kind: 'li' },
      { id: 'f', kind: 'p' },
    ]);
    expect([...locators.values()]).toEqual(['list item 1', 'para. 1', 'para. 2', 'list item 1 after para. 2', 'list item 2 after para. 2', 'para. 3']);
  });
});
