import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { claimMark, noteBody, noteContent, noteMark, noteSources, numberNotes, type NoteView, type PlacedNote } from './essay-marks';
import { inReadingOrder } from './phrases';
import type { Element, ElementContent } from './tree/hast';

/** Render phrasing content to HTML with Sätteri's serialiser, as the build does. */
function html(nodes: ElementContent[]): string {
  const { html: out } = markdownToHtml('x', {
    hastPlugins: [{ name: 'render', element: { filter: ['p'], visit: (node, ctx) => ctx.replaceNode(node, nodes) } }],
  });
  return out.trim();
}

const hindsight: NoteView = {
  id: 'hindsight-chatgpt',
  kind: 'hindsight',
  body: 'OpenAI released *ChatGPT*.',
  citations: [{ date: '2022-11-30', dateLabel: 'November 30, 2022', source: 'https://openai.com/index/chatgpt/', sourceHost: 'openai.com', standing: 'primary' }],
};
const sources = (note: NoteView) => html([noteSources(note) as Element]);

describe('a note as hast', () => {
  it('shows when each cited fact happened apart from its source link', () => {
    expect(sources(hindsight)).toBe(
      '<span class="note-sources">When: November 30, 2022. Source: <a href="https://openai.com/index/chatgpt/">openai.com</a></span>',
    );
  });

  it('dates a source only where the fact states its date, and says "as of" for a fact that will age', () => {
    const post: NoteView = { ...hindsight, citations: [{ ...hindsight.citations[0]!, sourceDateLabel: 'March 3, 2024', asOf: true }] };
    expect(sources(post)).toBe(
      '<span class="note-sources">When: as of November 30, 2022. Source: <a href="https://openai.com/index/chatgpt/">openai.com</a> (post of March 3, 2024)</span>',
    );
  });

  it('carries an ageing fact\'s review day, and marks it due once past on the build day', () => {
    const aging = (due: boolean): NoteView => ({ ...hindsight, citations: [{ ...hindsight.citations[0]!, asOf: true, reviewBy: '2027-01-01', due }] });
    expect(sources(aging(false))).toContain('When: <span data-review-by="2027-01-01">as of November 30, 2022</span>.');
    expect(sources(aging(true))).toContain('When: <span data-review-by="2027-01-01" data-due="">as of November 30, 2022</span>.');
  });

  it('marks a source with its kind from the facts, and shows a reference link for definitions', () => {
    const note: NoteView = { id: 'g', kind: 'glossary', term: 'AGI', body: 'x', citations: [], reference: 'https://en.wikipedia.org/wiki/AGI' };
    expect(sources(note)).toBe('<span class="note-sources">Reference: <a href="https://en.wikipedia.org/wiki/AGI" aria-label="AGI: en.wikipedia.org">en.wikipedia.org</a></span>');
    const press: NoteView = { ...hindsight, citations: [{ ...hindsight.citations[0]!, standing: 'press', sourceKind: 'press report' }] };
    expect(sources(press)).toContain('openai.com</a> (press report)');
    const reference: NoteView = { ...hindsight, citations: [{ ...hindsight.citations[0]!, standing: 'press', sourceKind: 'reference work' }] };
    expect(sources(reference)).toContain('openai.com</a> (reference work)');
    expect(sources(reference)).not.toContain('press report');
    const dated: NoteView = { ...hindsight, citations: [{ ...hindsight.citations[0]!, dateOf: 'the release' }] };
    expect(sources(dated)).toContain('When: the release, November 30, 2022. ');
  });

  it('names a source link by what it is a source for, then its site', () => {
    expect(sources({ ...hindsight, phrase: 'as their VP of AI' })).toContain('<a href="https://openai.com/index/chatgpt/" aria-label="as their VP of AI: openai.com">openai.com</a>');
  });

  it('renders the term and the body; the kind is a label on the note', () => {
    expect(html(noteContent({ ...hindsight, kind: 'glossary', term: 'Chat & co' }))).toMatch(/^<strong class="note-term">Chat &amp; co<\/strong> OpenAI released <em>ChatGPT<\/em>\./);
  });

  const placed = (note: NoteView, phrase: string): PlacedNote => ({ ...note, paragraph: 'p', phrase, file: 'notes/' });

  it('leaves a numbered link in the sentence, tied to the margin note that follows the paragraph', () => {
    const mark = noteMark(placed(hindsight, 'as their VP of AI'), 2);
    expect(html(mark.after!)).toBe(
      '<a class="note-ref" href="#note-hindsight-chatgpt" id="ref-hindsight-chatgpt" data-kind="hindsight" aria-details="note-hindsight-chatgpt" aria-label="Note 2, since then" data-number="2" data-ours=""></a>',
    );
    const body = html([mark.body!]);
    expect(body).toMatch(/^<span class="sidenote" id="note-hindsight-chatgpt" data-kind="hindsight" data-label="Since then" data-number="2" role="note">OpenAI released/);
  });

  it('makes a glossary term a button that opens its card, without JavaScript, and hover where the browser can', () => {
    const mark = noteMark(placed({ id: 'agi', kind: 'glossary', term: 'AGI', body: 'x', citations: [], reference: 'https://en.wikipedia.org/wiki/AGI' }, 'solve AGI'));
    expect(html([mark.wrapper])).toBe(
      '<button class="note-phrase" data-note="agi" data-kind="glossary" type="button" popovertarget="note-agi" popovertargetaction="show" interestfor="note-agi"></button>',
    );
    expect(mark.after).toEqual([]);
    expect(html([mark.body!])).toMatch(/^<span class="note-card" id="note-agi" data-kind="glossary" data-label="Glossary" role="note" popover="auto">/);
  });

  it("gives a source note a marker beside the author's link, and the link its preview", () => {
    const mark = noteMark(placed({ id: 'halodi', kind: 'source', body: 'x', citations: [], reference: 'https://halodi.com' }, 'Halodi Robotics'));
    expect(html(mark.after!)).toContain('popovertarget="note-halodi" popovertargetaction="show" aria-label="Source note: Halodi Robotics"');
    expect(mark.linkProperties).toEqual({ interestfor: 'note-halodi', 'aria-details': 'note-halodi' });
  });

  it('numbers margin notes in reading order: by block, then by place in the block', () => {
    const notes = [
      placed({ ...hindsight, id: 'b' }, 'second'),
      placed({ ...hindsight, id: 'a' }, 'first'),
      { ...placed({ ...hindsight, id: 'c' }, 'x'), paragraph: 'q' },
      placed({ ...hindsight, id: 'g', kind: 'glossary' }, 'first'),
    ];
    expect(numberNotes(notes, [{ id: 'p', text: 'first then second' }, { id: 'q', text: 'x' }])).toEqual(new Map([['a', 1], ['b', 2], ['c', 3]]));
  });

  it('numbers a phrase quoted with curly quotes where the phrase stands, as the notes are ordered', () => {
    // Block texts are normalised (plain quotes); a note may quote the author's typographic ones.
    const text = 'He said "go" and then "stop", twice.';
    const notes = [placed({ ...hindsight, id: 'curly' }, '\u201cstop\u201d'), placed({ ...hindsight, id: 'plain' }, 'He said')];
    expect(numberNotes(notes, [{ id: 'p', text }])).toEqual(new Map([['plain', 1], ['curly', 2]]));
    expect(inReadingOrder(notes, new Map([['p', text]])).map((note) => note.id)).toEqual(['plain', 'curly']);
  });

  it('links a claim\'s words to the timeline', () => {
    const mark = claimMark({ id: 'agi', paragraph: 'p', phrase: 'solve AGI', label: 'Halodi: solve AGI', definedIn: 'claims.yaml: claim agi' });
    expect(html([{ ...mark.wrapper, children: [{ type: 'text', value: 'solve AGI' }] }, ...mark.after!])).toBe(
      '<span class="claim-phrase" id="phrase-claim-agi" data-claim="agi">solve AGI</span><a class="claim-link" href="#claim-agi" data-ours="" aria-label="On the timeline: Halodi: solve AGI"></a>',
    );
  });
});

describe('a note with its history', () => {
  it('carries its dates in data-dates, drawn after it by CSS, with no element of its own', () => {
    const dated: NoteView = { ...hindsight, history: { added: '2026-11-30', revised: [{ date: '2026-12-03', summary: 'x' }] } };
    const body = noteBody(dated, undefined);
    expect(body.children.filter((child) => child.type === 'element' && child.tagName !== 'em' && child.tagName !== 'span')).toEqual([]);
    expect(html([body])).toContain('data-dates="added Nov 30, 2026 · revised Dec 3, 2026"');
    expect(html([noteBody(hindsight, 1)])).not.toContain('data-dates');
  });
});
