import { describe, expect, it } from 'vitest';
import { render } from 'preact-render-to-string';
import { buildTimeline, type ClaimInput } from '../../lib/timeline';
import TimelineChart from './TimelineChart';
import { contextHref, proseClaimInputs, tableClaimInputs } from './claim-inputs';

const input = (id: string, horizon: string, extra: Partial<ClaimInput> = {}): ClaimInput => ({
  id,
  kind: 'forecast',
  label: `Label ${id}`,
  phrase: `words of ${id}`,
  start: '2022-04-25',
  horizon,
  context: `#phrase-claim-${id}`,
  definedIn: id,
  hindsight: [],
  ...extra,
});

const facts = new Map([['chatgpt', { id: 'chatgpt', date: '2022-11-30', source: 'https://openai.com/index/chatgpt/' }]]);
const timeline = buildTimeline(
  [
    input('llm-lead', '~1', { kind: 'lead-time', context: '#option-openai', hindsight: [{ fact: 'chatgpt', text: 'ChatGPT came out.' }] }),
    input('agi', '20+', { kind: 'milestone', reading: 'in the coming decades' }),
  ],
  facts,
  '2026-11-26',
);

describe('the chart, rendered at build time', () => {
  const html = render(<TimelineChart timeline={timeline} />);
  const claimHtml = (id: string) => html.slice(html.indexOf(`id="claim-${id}"`)).split('</details>')[0]!;

  it('says in the lead times’ description that drawing them as running out is our reading', () => {
    expect(html).toContain('How far ahead someone is, in years. Each is drawn as running out after that many years: our reading, not the author’s words.');
  });

  it('dates the status in a sentence the long way, as the sentence’s other dates', () => {
    expect(claimHtml('llm-lead')).toContain('as of November 26, 2026.');
    expect(claimHtml('llm-lead')).not.toContain('Nov 26, 2026');
  });

  it('says each claim once: a disclosure whose summary is the row and whose body is the reading', () => {
    for (const id of ['llm-lead', 'agi']) {
      expect(html.match(new RegExp(`id="claim-${id}"`, 'g'))).toHaveLength(1);
      expect(claimHtml(id)).toMatch(/^id="claim-[^"]+"[^>]*><details name="lead-time-claim"><summary[^>]*>/);
      expect(html.match(new RegExp(`words of ${id}`, 'g'))).toHaveLength(1);
    }
  });

  it('puts a named copy link in the body, not in the summary', () => {
    const claim = claimHtml('llm-lead');
    expect(claim.split('</summary>')[0]).not.toContain('permalink');
    expect(claim).toContain('data-permalink="claim-llm-lead"');
    expect(claim).toContain('aria-label="Copy link to claim: Label llm-lead"');
  });

  it('shows status, the horizon and the dated, sourced hindsight', () => {
    expect(html).toMatch(/id="claim-llm-lead"[^>]*data-status="passed"/);
    expect(html).toMatch(/id="claim-agi"[^>]*data-status="open"/);
    expect(html).toContain('~1 yr');
    expect(html).toContain('20+ yr');
    expect(html).toContain('<time datetime="2022-11-30">November 30, 2022</time>');
    expect(html).toContain('href="https://openai.com/index/chatgpt/"');
  });

  it('marks a horizon that is our reading, in the row and in the body, and says when no source speaks to a claim', () => {
    expect(claimHtml('agi')).toContain('20+ yr (our reading)');
    expect(claimHtml('agi')).toContain('our reading of “in the coming decades”; the author gave no number');
    expect(claimHtml('llm-lead')).toContain('the author’s number');
    expect(claimHtml('llm-lead')).not.toContain('(our reading)');
    expect(claimHtml('agi')).toContain('Nothing in our sources speaks to this yet.');
  });

  it('links each claim to its place in the essay', () => {
    expect(html).toContain('href="#option-openai"');
    expect(html).toContain('href="#phrase-claim-agi"');
  });

  it('leaves the open state to the browser: nothing is open or pressed in the HTML', () => {
    expect(html).not.toContain('data-ready');
    expect(html).not.toMatch(/<details[^>]* open/);
    expect(html).not.toContain('aria-expanded');
  });

  it('draws a "~" fade with the one shared mask, not stepped bands', () => {
    expect(html.match(/<linearGradient/g)).toHaveLength(1);
    expect(claimHtml('llm-lead')).toContain('mask="url(#lt-fade)"');
    expect(html).not.toContain('lt-bar-band');
  });

  it('labels the today marker with the build date', () => {
    expect(html).toMatch(/data-date="2026-11-26"[^>]*>Today · Nov 26, 2026</);
  });

  it('sizes no axis label in pixels', () => {
    expect(html).not.toMatch(/font-size|px"/);
  });
});

describe('claim inputs', () => {
  it('reads table lead times with only the row\'s hindsight lines that speak to them', () => {
    const [lead] = tableClaimInputs([
      {
        id: 'openai',
        kind: 'AGI lab',
        option: 'OpenAI',
        pros: 'Technological lead on LLMs (~1 yr)',
        cons: '-',
        leadTimes: [{ id: 'openai-llm-lead', area: 'LLMs', horizon: '~1', phrase: 'Technological lead on LLMs (~1 yr)', facts: ['chatgpt'] }],
        authorsChoice: false,
        hindsight: [
          { fact: 'chatgpt', text: 'x' },
          { fact: 'ilya-leaves-openai', text: 'y' },
        ],
      },
    ], '2022-04-25', 'src/data/options.yaml');
    expect(lead).toMatchObject({ id: 'openai-llm-lead', kind: 'lead-time', label: 'OpenAI: LLMs', context: '#phrase-claim-openai-llm-lead', start: '2022-04-25' });
    expect(lead!.hindsight.map((line) => line.fact)).toEqual(['chatgpt']);
    expect(lead!.definedIn).toContain('src/data/options.yaml, row openai');
  });

  it('sends every claim to its marked phrase', () => {
    expect(contextHref('agi')).toBe('#phrase-claim-agi');
    const [claim] = proseClaimInputs([
      { id: 'agi', kind: 'milestone', label: 'AGI', paragraph: 'p-joined-halodi', phrase: 'solve AGI (20 years)', horizon: '20', hindsight: [] },
    ], '2022-04-25', 'src/data/claims.yaml');
    expect(claim).toMatchObject({ context: '#phrase-claim-agi', definedIn: 'src/data/claims.yaml, claim agi', start: '2022-04-25' });
  });
});
