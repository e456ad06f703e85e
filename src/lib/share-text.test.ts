import { describe, expect, it } from 'vitest';
import { distinctHeadings, firstSentence, headed, quoted, truncate } from './share-text';

describe('firstSentence', () => {
  it('stops at the first full stop before a new sentence', () => {
    expect(firstSentence('My only constraints were that I wanted to continue. Here are the table of options.')).toBe(
      'My only constraints were that I wanted to continue.',
    );
  });
  it('does not stop inside numbers or abbreviations followed by lower case', () => {
    expect(firstSentence('A $100M valuation. Then more.')).toBe('A $100M valuation.');
    expect(firstSentence('Things move slower, less autonomy, OKRs etc. and more')).toBe('Things move slower, less autonomy, OKRs etc. and more');
    expect(firstSentence('It is 2.5 times as hard? Yes.')).toBe('It is 2.5 times as hard?');
  });
  it('keeps a closing quote with its sentence', () => {
    expect(firstSentence('He said "go." Then left.')).toBe('He said "go."');
  });
  it('returns the whole text when there is one sentence', () => {
    expect(firstSentence('  Life is too short  ')).toBe('Life is too short');
  });
});

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('short text', 20)).toBe('short text');
  });
  it('cuts at a word boundary and adds an ellipsis, within the limit', () => {
    const result = truncate('In the hype-driven Silicon Valley, the perceived status of a company can go from rags to riches', 40);
    expect(result).toBe('In the hype-driven Silicon Valley, the…');
    expect(result.length).toBeLessThanOrEqual(40);
  });
  it('drops trailing punctuation before the ellipsis', () => {
    expect(truncate('one two, three four five six', 10)).toBe('one two…');
  });
});

describe('quoted', () => {
  it('puts the words in curly quotes and turns inner double quotes single', () => {
    expect(quoted('He asks, "What would the average random code do?" and proves it', 200)).toBe('“He asks, ‘What would the average random code do?’ and proves it”');
    expect(quoted('"already quoted"', 50)).toBe('“already quoted”');
  });
  it('escapes nothing it should not and stays within the limit', () => {
    const long = quoted('a '.repeat(200), 100);
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long.endsWith('…”')).toBe(true);
  });
});

describe('headed', () => {
  it('puts the heading before the description with a colon', () => {
    expect(headed('Honest Concerns', 'I have some genuine concerns.')).toBe('Honest Concerns: I have some genuine concerns.');
  });
  it('does not repeat a heading the description opens with', () => {
    expect(headed('Tesla', 'Tesla: Tesla Bot, no waiting in line for coffee')).toBe('Tesla: Tesla Bot, no waiting in line for coffee');
  });
  it('puts no colon after a heading that ends a sentence', () => {
    const alt = headed('Want Intros to ML Startups?', 'In the course of my job search…');
    expect(alt).toBe('Want Intros to ML Startups? In the course of my job search…');
    expect(alt).not.toMatch(/[?!.]:/);
  });
});

describe('distinctHeadings', () => {
  it('leaves unique headings alone and counts equal ones in order', () => {
    const headings = distinctHeadings(['Richard Hamming, You and Your Research', 'Gwern Branwen, Timing', 'Richard Hamming, You and Your Research'], 'quote');
    expect(headings).toEqual(['Richard Hamming, You and Your Research (first quote)', 'Gwern Branwen, Timing', 'Richard Hamming, You and Your Research (second quote)']);
  });
});
