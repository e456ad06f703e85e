import { describe, expect, it } from 'vitest';
import { decodePassageHash, encodeDirectiveText, encodePassageHash, findPassage, passageFor } from './selection-link';

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
