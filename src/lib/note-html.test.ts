import { describe, expect, it } from 'vitest';
import { noteContentHtml, sidenoteHtml, sourcesHtml, type NoteView } from './note-html';

const hindsight: NoteView = {
  id: 'hindsight-chatgpt',
  kind: 'hindsight',
  body: 'OpenAI released *ChatGPT*.',
  citations: [{ date: '2022-11-30', dateLabel: 'November 30, 2022', source: 'https://openai.com/index/chatgpt/', sourceHost: 'openai.com', standing: 'primary' }],
};

describe('note HTML', () => {
  it('shows when each cited fact happened apart from its source link', () => {
    expect(sourcesHtml(hindsight)).toBe(
      '<span class="note-sources">When: <time>November 30, 2022</time>. Source: <a href="https://openai.com/index/chatgpt/">openai.com</a></span>',
    );
  });

  it('dates a source only where the fact states its date, and says "as of" for a fact that will age', () => {
    const post: NoteView = { ...hindsight, citations: [{ ...hindsight.citations[0]!, sourceDateLabel: 'March 3, 2024', asOf: true }] };
    expect(sourcesHtml(post)).toBe(
      '<span class="note-sources">When: as of <time>November 30, 2022</time>. Source: <a href="https://openai.com/index/chatgpt/">openai.com</a> (post of <time>March 3, 2024</time>)</span>',
    );
  });

  it('marks press reports and shows a reference link for definitions', () => {
    const note: NoteView = { id: 'g', kind: 'glossary', term: 'AGI', body: 'x', citations: [], reference: 'https://en.wikipedia.org/wiki/AGI' };
    expect(sourcesHtml(note)).toBe('<span class="note-sources">Reference: <a href="https://en.wikipedia.org/wiki/AGI">en.wikipedia.org</a></span>');
    const press: NoteView = { ...hindsight, citations: [{ ...hindsight.citations[0]!, standing: 'press' }] };
    expect(sourcesHtml(press)).toContain('openai.com</a> (press report)');
  });

  it('renders the kind, the term and the body', () => {
    expect(noteContentHtml({ ...hindsight, kind: 'glossary', term: 'Chat & co' })).toMatch(/^<span class="note-kind">Glossary<\/span> <strong class="note-term">Chat &amp; co<\/strong> OpenAI released <em>ChatGPT<\/em>\./);
  });

  it('gives the sidenote its permalink id and a toggle that works without JavaScript', () => {
    const html = sidenoteHtml(hindsight);
    expect(html).toMatch(/^<span class="note" data-kind="hindsight" data-ours>/);
    expect(html).toContain('<label class="note-marker" for="note-toggle-hindsight-chatgpt"></label>');
    expect(html).toContain('<input type="checkbox" id="note-toggle-hindsight-chatgpt" class="note-toggle" aria-label="Since then note">');
    expect(html).toContain('<span class="sidenote" id="note-hindsight-chatgpt" role="note">');
  });
});
