import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { claimMark, noteContent, noteSources, sidenote, type NoteView } from './essay-marks';
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
      '<span class="note-sources">When: <time>November 30, 2022</time>. Source: <a href="https://openai.com/index/chatgpt/">openai.com</a></span>',
    );
  });

  it('dates a source only where the fact states its date, and says "as of" for a fact that will age', () => {
    const post: NoteView = { ...hindsight, citations: [{ ...hindsight.citations[0]!, sourceDateLabel: 'March 3, 2024', asOf: true }] };
    expect(sources(post)).toBe(
      '<span class="note-sources">When: as of <time>November 30, 2022</time>. Source: <a href="https://openai.com/index/chatgpt/">openai.com</a> (post of <time>March 3, 2024</time>)</span>',
    );
  });

  it('marks press reports and shows a reference link for definitions', () => {
    const note: NoteView = { id: 'g', kind: 'glossary', term: 'AGI', body: 'x', citations: [], reference: 'https://en.wikipedia.org/wiki/AGI' };
    expect(sources(note)).toBe('<span class="note-sources">Reference: <a href="https://en.wikipedia.org/wiki/AGI">en.wikipedia.org</a></span>');
    const press: NoteView = { ...hindsight, citations: [{ ...hindsight.citations[0]!, standing: 'press' }] };
    expect(sources(press)).toContain('openai.com</a> (press report)');
  });

  it('renders the kind, the term and the body', () => {
    expect(html(noteContent({ ...hindsight, kind: 'glossary', term: 'Chat & co' }))).toMatch(
      /^<span class="note-kind">Glossary<\/span> <strong class="note-term">Chat &amp; co<\/strong> OpenAI released <em>ChatGPT<\/em>\./,
    );
  });

  it('gives the sidenote its permalink id and a toggle that works without JavaScript', () => {
    const out = html([sidenote(hindsight)]);
    expect(out).toMatch(/^<span class="note" data-kind="hindsight" data-ours(="")?>/);
    expect(out).toContain('<label class="note-marker" for="note-toggle-hindsight-chatgpt"></label>');
    expect(out).toContain('<input type="checkbox" id="note-toggle-hindsight-chatgpt" class="note-toggle" aria-label="Since then note">');
    expect(out).toContain('<span class="sidenote" id="note-hindsight-chatgpt" role="note">');
  });

  it('links a claim\'s words to the timeline', () => {
    const mark = claimMark({ id: 'agi', paragraph: 'p', phrase: 'solve AGI', label: 'Halodi: solve AGI', definedIn: 'claims.yaml: claim agi' });
    expect(html([{ ...mark.wrapper, children: [{ type: 'text', value: 'solve AGI' }] }, ...mark.after!])).toBe(
      '<span class="claim-phrase" id="phrase-claim-agi" data-claim="agi">solve AGI</span><a class="claim-link" href="#claim-agi" data-ours="" aria-label="On the timeline: Halodi: solve AGI"></a>',
    );
  });
});
