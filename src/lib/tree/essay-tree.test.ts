import { describe, expect, it } from 'vitest';
import { mdxToHast } from 'satteri';
import { element, plainCopy, text, textContent, type Element, type Root } from './hast';
import { annotateBlock, annotateHeading, essayOutline, type EssayAnnotations } from './essay-tree';

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
const FILES = { essay: 'essay.mdx', registry: 'permalinks.yaml' };
const tree = () => plainCopy(mdxToHast(MDX) as Root);
const blocks = (root: Root) => root.children.filter((node): node is Element => node.type === 'element');

const annotations = (extra: Partial<EssayAnnotations> = {}): EssayAnnotations => ({
  registry: REGISTRY,
  sections: new Set(['why-not-start-your-own-company', 'honest-concerns']),
  marks: new Map(),
  sharePath: '/s/',
  files: FILES,
  ...extra,
});

describe('essayOutline', () => {
  it('gives every paragraph and list item its id and plain text, in order, skipping components', () => {
    const outline = essayOutline(tree(), REGISTRY, FILES);
    expect(outline.blocks.map((block) => [block.id, block.kind])).toEqual([
      ['p-intro', 'p'],
      ['p-bay-area', 'p'],
      ['p-first', 'li'],
      ['p-second', 'li'],
      ['p-concerns', 'p'],
    ]);
    expect(outline.blocks[0]!.text).toBe('Intro with a link and emphasis.');
  });

  it('finds each section by its slug, with its heading and opening text', () => {
    expect(essayOutline(tree(), REGISTRY, FILES).sections).toEqual([
      { id: 'why-not-start-your-own-company', heading: 'Why not start your own company?', opening: 'Being a Bay Area native, I thought so.' },
      { id: 'honest-concerns', heading: 'Honest Concerns', opening: 'I have some concerns.' },
    ]);
  });

  it('fails, naming the essay and the registry, for a paragraph with no id or several', () => {
    expect(() => essayOutline(tree(), REGISTRY.slice(1), FILES)).toThrow(
      'essay.mdx: paragraph "Intro with a link and emphasis." has no id: add it to permalinks.yaml under `paragraphs`',
    );
    expect(() => essayOutline(tree(), [...REGISTRY, { id: 'p-dup', opening: 'Intro with a' }], FILES)).toThrow(/matches several ids in permalinks.yaml: p-intro, p-dup/);
  });
});

describe('annotateBlock', () => {
  it('sets the registered id, and leaves the permalink to the shared one a script moves in', () => {
    const [paragraph] = blocks(tree());
    const [annotated] = annotateBlock(paragraph!, annotations()) as [Element];
    expect(annotated.properties).toMatchObject({ id: 'p-intro', className: ['anchored'] });
    expect(annotated.children).toEqual(paragraph!.children);
  });

  it('marks its phrases, with the marker after the link', () => {
    const paragraph = blocks(tree())[2]!;
    const marks = new Map([['p-bay-area', [{ phrase: 'Area native', wrapper: element('span'), after: [element('sup', {}, [text('*')])], label: 'n.yaml: note x → phrase' }]]]);
    const [annotated] = annotateBlock(paragraph, annotations({ marks })) as [Element];
    const link = annotated.children[1] as Element;
    expect(link.tagName).toBe('a');
    expect(link.children).toEqual([text('Bay '), element('span', {}, [text('Area native')])]);
    expect(annotated.children[2]).toEqual(element('sup', {}, [text('*')]));
  });

  it("puts the notes' bodies after the paragraph in the order of their phrases, and a source note's preview on the author's link", () => {
    const paragraph = blocks(tree())[2]!;
    const body = (id: string) => element('span', { id });
    const marks = new Map([
      [
        'p-bay-area',
        [
          { phrase: 'thought', wrapper: element('span'), body: body('note-b'), label: 'b' },
          { phrase: 'Bay Area native', wrapper: element('span'), body: body('note-a'), linkProperties: { interestfor: 'note-a' }, label: 'a' },
        ],
      ],
    ]);
    const [annotated, group] = annotateBlock(paragraph, annotations({ marks }));
    expect(textContent(annotated!)).toBe(textContent(paragraph));
    expect((annotated!.children[1] as Element).properties).toMatchObject({ href: 'https://x', interestfor: 'note-a' });
    expect(group).toMatchObject({ tagName: 'span', properties: { className: ['note-group'] }, children: [body('note-a'), body('note-b')] });
  });

  it('keeps a list item whole, its notes at its end', () => {
    const list = blocks(tree()).find((node) => node.tagName === 'ul')!;
    const item = list.children.find((node): node is Element => node.type === 'element')!;
    const marks = new Map([['p-first', [{ phrase: 'First', wrapper: element('span'), body: element('span', { id: 'note-f' }), label: 'f' }]]]);
    const annotated = annotateBlock(item, annotations({ marks }));
    expect(annotated).toHaveLength(1);
    expect(annotated[0]!.children.at(-1)).toMatchObject({ properties: { className: ['note-group'] } });
  });

  it('fails naming the mark for a phrase that is not there', () => {
    const marks = new Map([['p-intro', [{ phrase: 'absent words', wrapper: element('span'), label: 'notes/context.yaml: note n → phrase' }]]]);
    expect(() => annotateBlock(blocks(tree())[0]!, annotations({ marks }))).toThrow('notes/context.yaml: note n → phrase: "absent words" is not in paragraph p-intro of essay.mdx');
  });
});

describe('annotateHeading', () => {
  it('puts a permalink and a share link beside the heading, outside its name', () => {
    const heading = blocks(tree())[1]!;
    const annotated = annotateHeading(heading, 'why-not-start-your-own-company', annotations());
    const h2 = annotated.children[0] as Element;
    expect(h2.tagName).toBe('h2');
    expect(h2.properties.id).toBe('why-not-start-your-own-company');
    expect(textContent(h2)).toBe('Why not start your own company?');
    expect(annotated.children.slice(1)).toMatchObject([
      { properties: { className: ['permalink'], 'aria-label': 'Copy link to this section: Why not start your own company?' } },
      { properties: { className: ['share-link'], href: '/s/why-not-start-your-own-company/' } },
    ]);
    expect(textContent(annotated)).toBe('Why not start your own company?');
  });

  it('fails for a section the registry does not list', () => {
    expect(() => annotateHeading(blocks(tree())[1]!, 'nope', annotations())).toThrow('essay.mdx: section "Why not start your own company?" (#nope) is not in permalinks.yaml');
  });
});
