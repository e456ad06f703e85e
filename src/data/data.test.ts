// Validates the committed data files with the same functions the build uses,
// so a bad entry is caught by the unit tests as well as by `astro build`.
import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../lib/data-file';
import { CONTENT_FILES } from '../loaders/content-root';
import { essayModel, readProjectFile } from '../loaders/essay-model';
import { claimsFileSchema } from '../schemas/claim';
import { optionsFileSchema } from '../schemas/option';
import { quotesFileSchema } from '../schemas/quote';
import { figureSchema } from '../schemas/figure';
import { factsFileSchema } from '../schemas/facts-file';

// The model validates every file with its schema (a bad one throws, naming it).
const model = await essayModel();
const { context } = model;

describe('the committed data files', () => {
  it('register every paragraph of the essay', async () => {
    const { registry } = model;
    const prose = [...context.paragraphs.keys()].filter((id) => !id.startsWith('option-'));
    expect(prose.sort()).toEqual(Object.keys(registry.paragraphs).sort());
  });

  it('options.yaml is valid', async () => {
    expect(model.rows.length).toBeGreaterThan(0);
  });

  it('claims.yaml is valid', async () => {
    expect(model.claims.length).toBeGreaterThan(0);
  });

  it('quotes.yaml is valid', async () => {
    const quotes = parseDataFile(CONTENT_FILES.quotes, await readProjectFile(CONTENT_FILES.quotes), quotesFileSchema(context), 'quote');
    expect(quotes.length).toBeGreaterThan(0);
  });

  it('figure.yaml is valid: ten roads, six 2020s nodes, and its mentions quote the essay', async () => {
    const figure = parseDataFile(CONTENT_FILES.figure, await readProjectFile(CONTENT_FILES.figure), figureSchema);
    expect(figure.companies).toHaveLength(10);
    expect(figure.captures).toHaveLength(6);
    for (const mention of figure.companies.flatMap((company) => company.mention ?? [])) {
      expect(context.paragraphs.get(mention.paragraph), mention.phrase).toContain(mention.phrase);
    }
  });

  it("a destination drawing that is not SVG path data fails, naming the file and the field", async () => {
    const figure = parseDataFile(CONTENT_FILES.figure, await readProjectFile(CONTENT_FILES.figure), figureSchema);
    const bad = { ...figure, destinationDrawing: { ...figure.destinationDrawing, detail: 'M0 0 <script>' } };
    expect(() => parseDataFile(CONTENT_FILES.figure, JSON.stringify(bad), figureSchema)).toThrow(/src\/data\/figure\.yaml.*destinationDrawing\.detail: SVG path data/s);
  });

  it('every note file is valid', async () => {
    expect(model.notes.length).toBeGreaterThan(0);
  });

  it('every note and claim phrase can be marked in its paragraph', async () => {
    expect([...model.marks.values()].flat().length).toBeGreaterThan(0);
  });

  it('facts.yaml is valid, and the facts that age are the plans and predictions', async () => {
    const facts = parseDataFile(CONTENT_FILES.facts, await readProjectFile(CONTENT_FILES.facts), factsFileSchema, 'fact');
    expect(facts.filter((fact) => fact.reviewBy).map((fact) => fact.id).sort()).toEqual(['1x-neo-preorders', 'author-home-robots-2027']);
    // Reference works (Wikipedia, the DefiLlama wiki) are not press reports.
    const kinds = new Map(facts.filter((fact) => fact.sourceKind).map((fact) => [new URL(fact.source!).hostname, fact.sourceKind]));
    expect(kinds.get('en.wikipedia.org')).toBe('reference work');
    expect(kinds.get('wiki.defillama.com')).toBe('reference work');
    expect(kinds.get('www.theverge.com')).toBe('press report');
  });
});

describe('a bad entry names the file, the entry and the field', () => {
  const claims = [{ id: 'moat', kind: 'forecast', label: 'Moat', paragraph: 'p-compression-moat', phrase: 'in a few years', horizon: '~3' }];
  it('a horizon read from words that are not in the claim\'s phrase', () => {
    const yaml = JSON.stringify([{ ...claims[0], reading: 'within a decade' }]);
    expect(() => parseDataFile(CONTENT_FILES.claims, yaml, claimsFileSchema(context), 'claim')).toThrow(
      'src/data/claims.yaml: claim 1 (moat) → reading: "within a decade" is not in this claim\'s phrase',
    );
  });

  it('a lead time citing a fact its row does not report', () => {
    const row = { id: 'faang', kind: 'Big tech', option: 'FAANG', pros: 'lead (~10 yr)', cons: '-', leadTimes: [{ id: 'l', area: 'compute', horizon: '~10', phrase: 'lead (~10 yr)', facts: ['chatgpt'] }] };
    expect(() => parseDataFile(CONTENT_FILES.options, JSON.stringify([row]), optionsFileSchema(context.factIds), 'row')).toThrow(
      'src/data/options.yaml: row 1 (faang) → leadTimes.0.facts.0: "chatgpt" is not one of this row\'s hindsight facts',
    );
  });

  it('a review day that is not a date', () => {
    const fact = { id: 'plan', group: 'g', date: '2025-10-28', fact: 'f', reviewBy: 'next year' };
    expect(() => parseDataFile(CONTENT_FILES.facts, JSON.stringify([fact]), factsFileSchema, 'fact')).toThrow(/src\/data\/facts\.yaml: fact 1 \(plan\) → reviewBy: /);
  });

  it('a press fact without the kind of its source', () => {
    const fact = { id: 'wiki', group: 'g', fact: 'f', source: 'https://en.wikipedia.org/wiki/X', standing: 'press' };
    expect(() => parseDataFile(CONTENT_FILES.facts, JSON.stringify([fact]), factsFileSchema, 'fact')).toThrow(/src\/data\/facts\.yaml: fact 1 \(wiki\) → sourceKind: a press fact needs a sourceKind/);
    expect(() => parseDataFile(CONTENT_FILES.facts, JSON.stringify([{ ...fact, standing: 'primary', sourceKind: 'press report' }]), factsFileSchema, 'fact')).toThrow(/fact 1 \(wiki\) → sourceKind: only a press fact/);
  });
});
