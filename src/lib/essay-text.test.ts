import { describe, expect, it } from 'vitest';
import GithubSlugger from 'github-slugger';
import { paragraphTexts, phraseProblem, sectionOpenings } from './essay-text';

const MDX = `---
title: x
---

Intro with a [link](https://example.org) and *emphasis*.

## Why not start your own company?

<Widget />

Being a [Bay Area native](https://x), I thought so.

- First item here.
- Second item here.

## Honest Concerns

I have *some* concerns.
`;

const REGISTRY = [
  { id: 'p-intro', opening: 'Intro with a link' },
  { id: 'p-bay-area', opening: 'Being a Bay Area native' },
  { id: 'p-first', opening: 'First item' },
  { id: 'p-second', opening: 'Second item' },
  { id: 'p-concerns', opening: 'I have some concerns' },
];

describe('paragraphTexts', () => {
  it('gives every paragraph and list item its plain text by id, in order', () => {
    const texts = paragraphTexts(MDX, REGISTRY);
    expect([...texts.keys()]).toEqual(['p-intro', 'p-bay-area', 'p-first', 'p-second', 'p-concerns']);
    expect(texts.get('p-intro')).toBe('Intro with a link and emphasis.');
  });

  it('fails for a paragraph missing from the registry', () => {
    expect(() => paragraphTexts(MDX, REGISTRY.slice(1))).toThrow(/Intro with a link.*has no id/);
  });
});

describe('phraseProblem', () => {
  const texts = paragraphTexts(MDX, REGISTRY);
  it('accepts a phrase that occurs once', () => expect(phraseProblem(texts, 'p-bay-area', 'Bay Area native')).toBeNull());
  it('names an unknown paragraph', () => expect(phraseProblem(texts, 'p-nope', 'x')).toMatch(/unknown paragraph id "p-nope"/));
  it('names a missing phrase', () => expect(phraseProblem(texts, 'p-intro', 'absent')).toMatch(/is not in paragraph p-intro/));
  it('rejects an ambiguous phrase', () => expect(phraseProblem(texts, 'p-concerns', 'e')).toMatch(/more than once/));
});

describe('sectionOpenings', () => {
  it('finds the first paragraph of each section, skipping widgets', () => {
    const slugger = new GithubSlugger();
    const openings = sectionOpenings(MDX, (heading) => slugger.slug(heading));
    expect(openings.get('why-not-start-your-own-company')).toBe('Being a Bay Area native, I thought so.');
    expect(openings.get('honest-concerns')).toBe('I have some concerns.');
  });
});
