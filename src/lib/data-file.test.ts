import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { DataFileError, checkUniqueIds, describeIssuePath, duplicateIdsAcrossFiles, parseDataFile } from './data-file';
import { claimsFileSchema } from '../schemas/claim';
import { optionsFileSchema } from '../schemas/option';
import type { ReferenceContext } from '../schemas/anchored';

/** A small world to check data against: two facts and two paragraphs. */
const context: ReferenceContext = {
  factIds: new Set(['chatgpt', 'palm']),
  paragraphs: new Map([
    ['p-15-year-lead', 'OpenAI has a 15 year lead, stronger than GPT-3 by far.'],
    ['p-joined-halodi', 'I joined Halodi Robotics to solve AGI (20 years) and solve manipulation (5 years).'],
  ]),
};

/** The error a parse throws, so its message can be read. */
function errorOf(parse: () => unknown): DataFileError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return error as DataFileError;
  }
  throw new Error('expected a DataFileError, but the data parsed');
}

const row = (fields: Record<string, string>) =>
  `- id: ${fields.id ?? 'tesla'}\n  kind: Big tech\n  option: "${fields.option ?? 'Tesla'}"\n  pros: "${fields.pros ?? 'technological lead on data engine (~2 yrs)'}"\n  cons: "${fields.cons ?? 'Hard work'}"\n`;

describe('parseDataFile', () => {
  it('returns the data with the schema\'s defaults', () => {
    const rows = parseDataFile('src/data/options.yaml', row({}), optionsFileSchema(context.factIds), 'row');
    expect(rows).toEqual([expect.objectContaining({ id: 'tesla', leadTimes: [], hindsight: [], authorsChoice: false })]);
  });

  it('names the file on a YAML syntax error', () => {
    expect(errorOf(() => parseDataFile('src/data/options.yaml', '- id: [unclosed', z.unknown())).message).toMatch(/^Invalid YAML in src\/data\/options\.yaml: /);
  });

  it('a table row with an empty cell: names the file, the row and the cell', () => {
    const text = row({ id: 'faang', option: 'FAANG' }) + row({ id: 'tesla', cons: '  ' });
    const { message } = errorOf(() => parseDataFile('src/data/options.yaml', text, optionsFileSchema(context.factIds), 'row'));
    expect(message).toContain("src/data/options.yaml: row 2 (tesla) → cons: must not be empty (the author's words)");
    expect(message).not.toContain('row 1');
  });

  it('a row citing an unknown fact: names the file, the row and the hindsight line', () => {
    const text = `${row({})}  hindsight:\n    - fact: no-such-fact\n      text: Something happened.\n`;
    const { message } = errorOf(() => parseDataFile('src/data/options.yaml', text, optionsFileSchema(context.factIds), 'row'));
    expect(message).toContain('src/data/options.yaml: row 1 (tesla) → hindsight.0.fact: unknown fact id "no-such-fact"');
  });

  it('a claim with a malformed horizon: names the file, the claim and the field', () => {
    const text = [
      '- id: halodi-agi',
      '  kind: milestone',
      '  label: "Halodi: solve AGI"',
      '  paragraph: p-joined-halodi',
      '  phrase: "solve AGI (20 years)"',
      '  horizon: "about twenty"',
    ].join('\n');
    const { message } = errorOf(() => parseDataFile('src/data/claims.yaml', text, claimsFileSchema(context), 'claim'));
    expect(message).toContain('src/data/claims.yaml: claim 1 (halodi-agi) → horizon: must be a number of years such as "~10", "<10" or "5+"');
  });

  it('a duplicate id within a file: names the file, the second entry and its id field', () => {
    const schema = z.array(z.object({ id: z.string() })).superRefine(checkUniqueIds);
    const { message } = errorOf(() => parseDataFile('src/data/quotes.yaml', '- id: thompson\n- id: gwern\n- id: thompson\n', schema, 'quote'));
    expect(message).toBe('Invalid data in src/data/quotes.yaml:\n  src/data/quotes.yaml: quote 3 (thompson) → id: duplicate id "thompson" (first used by entry 1)');
  });
});

describe('describeIssuePath', () => {
  it('names the entry by position and id, then the field', () => {
    expect(describeIssuePath([{ id: 'a' }, { id: 'b' }], [1, 'hindsight', 0, 'fact'], 'row')).toBe('row 2 (b) → hindsight.0.fact');
    expect(describeIssuePath([{}], [0], 'row')).toBe('row 1');
    expect(describeIssuePath({ companies: [] }, ['companies'], 'entry')).toBe('companies');
    expect(describeIssuePath(null, [], 'entry')).toBe('(whole file)');
  });
});

describe('duplicateIdsAcrossFiles', () => {
  it('names both places of an id used in two files', () => {
    const problems = duplicateIdsAcrossFiles(
      [
        { file: 'src/content/notes/context.yaml', entries: [{ id: 'palm' }] },
        { file: 'src/content/notes/source.yaml', entries: [{ id: 'bcz' }, { id: 'palm' }] },
      ],
      'note',
    );
    expect(problems).toEqual(['  src/content/notes/source.yaml: note 2 (palm) → id: duplicate id "palm", already used at src/content/notes/context.yaml: note 1 (palm)']);
  });
});
