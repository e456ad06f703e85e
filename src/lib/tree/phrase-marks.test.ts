import { describe, expect, it } from 'vitest';
import { markdownToHast, markdownToHtml } from 'satteri';
import { element, plainCopy, propertiesOf, text, type Element, type ElementContent, type Root } from './hast';
import { keepStopsWithBoxes, markPhrases, type PhraseMark } from './phrase-marks';

/** A paragraph's children, parsed from Markdown as the essay is. */
const parse = (markdown: string) => (plainCopy(markdownToHast(markdown) as Root).children[0] as Element).children;

/** Serialise phrasing content back to compact HTML for readable expectations. */
function html(nodes: readonly ElementContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type !== 'element') return '';
      const attrs = Object.entries(node.properties)
        .map(([key, value]) => ` ${key === 'className' ? 'class' : key}="${Array.isArray(value) ? value.join(' ') : String(value)}"`)
        .join('');
      return `<${node.tagName}${attrs}>${html(node.children)}</${node.tagName}>`;
    })
    .join('');
}

const mark = (phrase: string, extra: Partial<PhraseMark> = {}): PhraseMark => ({
  phrase,
  wrapper: element('mark'),
  label: `test.yaml: mark "${phrase}" → phrase`,
  ...extra,
});
const marker = () => [element('sup', {}, [text('1')])];
const apply = (markdown: string, marks: PhraseMark[]) => html(markPhrases(parse(markdown), marks, 'paragraph p-test'));

describe('markPhrases', () => {
  it('wraps a phrase inside plain text', () => {
    expect(apply('I joined Halodi Robotics as VP.', [mark('Halodi Robotics')])).toBe('I joined <mark>Halodi Robotics</mark> as VP.');
  });

  it('wraps the whole text of a link inside the link', () => {
    expect(apply('see [the page](x) now', [mark('the page')])).toBe('see <a href="x"><mark>the page</mark></a> now');
  });

  it("folds a span wrapper into the link or emphasis whose whole text is the phrase, one element fewer", () => {
    const span = (extra: Partial<PhraseMark> = {}) => mark('the page', { wrapper: element('span', propertiesOf({ class: 'note-phrase', 'data-note': 'n' })), ...extra });
    expect(apply('see [the page](x) now', [span({ after: marker() })])).toBe('see <a href="x" class="note-phrase" data-note="n">the page</a><sup>1</sup> now');
    expect(apply('see *the page* now', [span()])).toBe('see <em class="note-phrase" data-note="n">the page</em> now');
    // Part of a link's text is still wrapped inside it.
    expect(apply('see [the page here](x)', [span()])).toBe('see <a href="x"><span class="note-phrase" data-note="n">the page</span> here</a>');
  });

  it('takes in a link or emphasis the phrase runs across whole', () => {
    expect(apply('see [the page](x) now', [mark('the page now')])).toBe('see <mark><a href="x">the page</a> now</mark>');
    expect(apply('[*insanely* hard](y), requiring', [mark('insanely hard')])).toBe('<a href="y"><mark><em>insanely</em> hard</mark></a>, requiring');
  });

  it('wraps across emphasis inside a sentence', () => {
    expect(apply('a *technological edge* years ahead', [mark('a technological edge years')])).toBe('<mark>a <em>technological edge</em> years</mark> ahead');
  });

  it('refuses a phrase that crosses the edge of a link, naming the mark', () => {
    expect(() => apply('a [b c](z) d', [mark('c d')])).toThrow('test.yaml: mark "c d" → phrase: "c d" crosses the edge of a link, emphasis or another note in paragraph p-test');
  });

  it('names the file, entry and field when a phrase is missing or repeated', () => {
    const missing = mark('xyz', { label: 'src/content/notes/glossary.yaml: note glossary-agi → phrase' });
    expect(() => apply('abc', [missing])).toThrow('src/content/notes/glossary.yaml: note glossary-agi → phrase: "xyz" is not in paragraph p-test');
    expect(() => apply('an AGI, an AGI', [mark('AGI')])).toThrow(/mark "AGI" → phrase: "AGI" occurs more than once in paragraph p-test/);
  });

  it('places a marker after the phrase, and after a link rather than inside it', () => {
    expect(apply('plain words here', [mark('words', { after: marker() })])).toBe('plain <mark>words</mark><sup>1</sup> here');
    expect(apply('read [You and Your Research](u): more', [mark('Your Research', { after: marker() })])).toBe(
      'read <a href="u">You and <mark>Your Research</mark></a><sup>1</sup>: more',
    );
    expect(apply('*[in a link](u) in emphasis*', [mark('in a link', { after: marker() })])).toBe('<em><a href="u"><mark>in a link</mark></a><sup>1</sup> in emphasis</em>');
  });

  it('never counts a marker as the author\'s words', () => {
    const note = element('span', {}, [text('solve AGI in a note')]);
    expect(apply('then solve AGI (20 years).', [mark('then solve AGI (20 years)', { after: [note] }), mark('solve AGI', { wrapper: element('i') })])).toBe(
      '<mark>then <i>solve AGI</i> (20 years)</mark><span>solve AGI in a note</span>.',
    );
  });

  it('nests a short phrase inside a longer one, and rejects half overlaps', () => {
    expect(() => apply('one two three four', [mark('one two three'), mark('three four')])).toThrow(/crosses/);
  });

  it('leaves the input tree untouched', () => {
    const children = parse('some *words* here');
    const before = JSON.stringify(children);
    markPhrases(children, [mark('words here')], 'p');
    expect(JSON.stringify(children)).toBe(before);
  });

  it('keeps its output renderable: wrapper properties become attributes', () => {
    const wrapper = element('span', propertiesOf({ class: 'note-phrase', 'data-note': 'x' }));
    const children = markPhrases(parse('a b c'), [mark('b', { wrapper })], 'p');
    const { html: rendered } = markdownToHtml('a b c', {
      hastPlugins: [{ name: 't', element: { filter: ['p'], visit: (node, ctx) => ctx.replaceNode(node, { ...(node as Element), children }) } }],
    });
    expect(rendered.trim()).toBe('<p>a <span class="note-phrase" data-note="x">b</span> c</p>');
  });
});

describe('keepStopsWithBoxes', () => {
  const button = (words: string) => element('button', propertiesOf({ class: 'note-phrase' }), [text(words)]);

  it('holds a button and the closing punctuation after it together, the rest of the text after', () => {
    expect(html(keepStopsWithBoxes([{ type: 'text', value: 'takes courage. ' }, button('LFG'), { type: 'text', value: '.' }]))).toBe(
      'takes courage. <span class="term-stop"><button class="note-phrase">LFG</button>.</span>',
    );
    expect(html(keepStopsWithBoxes([button('MLOps'), { type: 'text', value: '), and more' }]))).toBe('<span class="term-stop"><button class="note-phrase">MLOps</button>),</span> and more');
  });

  it('leaves a button followed by a space or a word, and any other element, as they are', () => {
    const nodes: ElementContent[] = [button('AGI'), { type: 'text', value: ' is' }, element('a', propertiesOf({ href: '#x' }), [{ type: 'text', value: 'link' }]), { type: 'text', value: '.' }];
    expect(html(keepStopsWithBoxes(nodes))).toBe('<button class="note-phrase">AGI</button> is<a href="#x">link</a>.');
  });

  it('is applied to every marked paragraph', () => {
    const glossary = mark('LFG', { wrapper: element('button', propertiesOf({ class: 'note-phrase' })) });
    expect(apply('courage. LFG.', [glossary])).toBe('courage. <span class="term-stop"><button class="note-phrase">LFG</button>.</span>');
  });

  it('holds a claim’s icon link and the punctuation or closing quote after it together', () => {
    const icon = element('a', propertiesOf({ class: 'claim-link', href: '#claim-x' }));
    expect(html(keepStopsWithBoxes([{ type: 'text', value: '(1 year)' }, icon, { type: 'text', value: ', and then' }]))).toBe(
      '(1 year)<span class="term-stop"><a class="claim-link" href="#claim-x"></a>,</span> and then',
    );
    expect(html(keepStopsWithBoxes([icon, { type: 'text', value: '". If' }]))).toBe('<span class="term-stop"><a class="claim-link" href="#claim-x"></a>".</span> If');
  });

  it('finds buttons inside the author’s emphasis', () => {
    expect(html(keepStopsWithBoxes([element('em', propertiesOf({}), [button('L5'), { type: 'text', value: ';' }])]))).toBe('<em><span class="term-stop"><button class="note-phrase">L5</button>;</span></em>');
  });
});
