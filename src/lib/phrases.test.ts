import { describe, expect, it } from 'vitest';
import { phraseProblem, phraseRange } from './phrases';

const texts = new Map([
  ['p-bay-area', 'Being a Bay Area native, I thought so.'],
  ['p-concerns', 'I have some concerns.'],
]);

describe('phraseProblem', () => {
  it('accepts a phrase that occurs once', () => expect(phraseProblem(texts, 'p-bay-area', 'Bay Area native')).toBeNull());
  it('names an unknown paragraph and the registry', () =>
    expect(phraseProblem(texts, 'p-nope', 'x', 'src/data/permalinks.yaml')).toBe('unknown paragraph id "p-nope" (see src/data/permalinks.yaml)'));
  it('names a missing phrase', () => expect(phraseProblem(texts, 'p-concerns', 'absent')).toMatch(/is not in paragraph p-concerns/));
  it('rejects an ambiguous phrase', () => expect(phraseProblem(texts, 'p-concerns', 'e')).toMatch(/more than once/));
  it('compares typographic punctuation as plain', () => expect(phraseProblem(texts, 'p-bay-area', 'Being a Bay Area native, I thought so.')).toBeNull());
});

describe('phraseRange', () => {
  it('finds where a phrase sits', () => expect(phraseRange(texts, 'p-concerns', 'some')).toEqual({ start: 7, end: 11 }));
});
