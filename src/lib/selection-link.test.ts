import { describe, expect, it } from 'vitest';
import { decodePassageHash, encodeDirectiveText, encodePassageHash, findPassage, findWords, passageFor } from './selection-link';
import { textDirectiveOf } from './text-directive';

describe('passage links', () => {
  const samples = [
    "I'm more interested in solving AGI",
    '"All Roads Lead to Rome - Every Successful (Tech) Company will be an AGI company"',
    'pick-and-place, 14nm & 7nm',
    'Halodi 😉.',
    'Café naïve — “quoted” – dashes',
    "He then proves that the average code is arbitrarily good, and that therefore there must be at least one good code.",
  ];

  it('round-trips quotes, apostrophes, dashes, emoji and non-ASCII text', () => {
    for (const text of samples) {
      const link = passageFor('p-some-paragraph', text);
      expect(decodePassageHash(`#${encodePassageHash(link)}`)).toEqual(link);
    }
  });

  it('survives a browser stripping the text directive', () => {
    const hash = encodePassageHash(passageFor('p-moravec', 'explain jokes'));
    expect(decodePassageHash(hash.split(':~:')[0]!)).toEqual({ paragraph: 'p-moravec', start: 'explain jokes' });
  });

  it('encodes the characters that are syntax in a text directive', () => {
    expect(encodeDirectiveText('a-b, c & d')).toBe('a%2Db%2C%20c%20%26%20d');
    expect(encodePassageHash({ paragraph: 'p-x', start: 'a-b' })).toBe('p-x~a%2Db:~:text=a%2Db');
  });

  it('links a long passage by its first and last words', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    expect(passageFor('p-x', text)).toEqual({ paragraph: 'p-x', start: 'one two three four five', end: 'nine ten eleven twelve thirteen' });
    expect(encodePassageHash(passageFor('p-x', text))).toBe('p-x~one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve%20thirteen:~:text=one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve%20thirteen');
  });

  it('ignores fragments that are not passage links, and malformed ones', () => {
    for (const hash of ['', '#', '#p-rags-to-riches', '#note-x', '#p-x~', '#p-x~%E0%A4%A', '#P-X~a', '#p-x~a,b,c']) expect(decodePassageHash(hash)).toBeNull();
  });

  it('finds a passage in a text, long ones from start to end', () => {
    const text = 'so this table will most certainly age poorly';
    expect(findPassage(text, { start: 'table will' })).toEqual({ from: 8, to: 18 });
    expect(findPassage(text, { start: 'this table', end: 'age poorly' })).toEqual({ from: 3, to: text.length });
    expect(findPassage(text, { start: 'nowhere' })).toBeNull();
  });
});

describe('text fragments read from an address', () => {
  it('reads the words, and a range by its two ends', () => {
    expect(textDirectiveOf('https://x.org/#:~:text=data%20moats')).toEqual({ start: 'data moats' });
    expect(textDirectiveOf('https://x.org/#p-1:~:text=all%20roads,to%20Rome')).toEqual({ start: 'all roads', end: 'to Rome' });
  });
  it('leaves out the prefix and suffix, which are context', () => {
    expect(textDirectiveOf('/#:~:text=the-,lead%20time,-of')).toEqual({ start: 'lead time' });
    expect(textDirectiveOf('/#:~:text=a-,b,c,-d')).toEqual({ start: 'b', end: 'c' });
  });
  it('decodes the syntax characters our own links encode', () => {
    expect(textDirectiveOf(`/#:~:text=${encodeDirectiveText('self-driving, again & again')}`)).toEqual({ start: 'self-driving, again & again' });
  });
  it('takes the first text directive among others', () => {
    expect(textDirectiveOf('/#:~:other=1&text=one&text=two')).toEqual({ start: 'one' });
  });
  it('is null with no directive, an empty one, or a broken escape', () => {
    expect(textDirectiveOf('/#p-1')).toBeNull();
    expect(textDirectiveOf('/#:~:text=')).toBeNull();
    expect(textDirectiveOf('/#:~:text=a,b,c')).toBeNull();
    expect(textDirectiveOf('/#:~:text=%E0%A4%A')).toBeNull();
  });
});

describe('words found in raw page text', () => {
  it('reads white space runs as one space and answers in raw offsets', () => {
    const raw = 'Data\n   moats are   real.';
    const found = findWords(raw, { start: 'moats are real' })!;
    expect(raw.slice(found.from, found.to)).toBe('moats are   real');
    const range = findWords(raw, { start: 'Data', end: 'real' })!;
    expect(raw.slice(range.from, range.to)).toBe('Data\n   moats are   real');
  });
  it('is null when the words are not there', () => {
    expect(findWords('a b c', { start: 'b  d' })).toBeNull();
  });
});
