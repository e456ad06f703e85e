import { describe, expect, it } from 'vitest';
import { DataFileError } from './data-file';
import { parseNoteFiles } from './notes-files';
import { inReadingOrder } from './phrases';
import type { ReferenceContext } from '../schemas/anchored';
import { notesFileSchema } from '../schemas/note';

/** A small world to check notes against: two facts and two paragraphs. */
const context: ReferenceContext = {
  factIds: new Set(['chatgpt', 'palm']),
  paragraphs: new Map([
    ['p-job-market', 'The job market for machine learning is hot, and OpenAI and Google and DeepMind are hiring.'],
    ['p-15-year-lead', 'OpenAI has a 15 year lead, stronger than GPT-3 by far.'],
  ]),
};

/** One note as YAML, with any field replaced or (given undefined) left out. */
function note(fields: Record<string, string | undefined> = {}): string {
  const all: Record<string, string | undefined> = {
    id: 'hindsight-chatgpt',
    kind: 'hindsight',
    paragraph: 'p-15-year-lead',
    phrase: '"stronger than GPT-3"',
    body: 'OpenAI released ChatGPT as a free research preview.',
    facts: '[chatgpt]',
    ...fields,
  };
  const lines = Object.entries(all).filter(([, value]) => value !== undefined);
  return lines.map(([key, value], i) => `${i === 0 ? '- ' : '  '}${key}: ${value}`).join('\n') + '\n';
}

const FILE = 'src/content/notes/hindsight.yaml';

function messageOf(files: { file: string; text: string }[]): string {
  try {
    parseNoteFiles(files, notesFileSchema(context), context);
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as Error).message;
  }
  throw new Error('expected a DataFileError, but the notes parsed');
}

describe('parseNoteFiles', () => {
  it('returns valid notes from every file, in reading order', () => {
    const notes = parseNoteFiles(
      [
        { file: FILE, text: note() },
        {
          file: 'src/content/notes/context.yaml',
          text: note({ id: 'context-deepmind', kind: 'context', paragraph: 'p-job-market', phrase: 'Google and DeepMind', facts: undefined, reference: 'https://deepmind.google/' }),
        },
      ],
      notesFileSchema(context),
      context,
    );
    expect(notes.map((n) => n.id)).toEqual(['context-deepmind', 'hindsight-chatgpt']);
  });

  it('a phrase that is not in its paragraph: names the file, the note and the phrase field', () => {
    const message = messageOf([{ file: FILE, text: note({ phrase: '"weaker than GPT-2"' }) }]);
    expect(message).toContain(`${FILE}: note 1 (hindsight-chatgpt) → phrase: phrase "weaker than GPT-2" is not in paragraph p-15-year-lead`);
  });

  it('an unknown paragraph: names the file, the note and the paragraph field', () => {
    const message = messageOf([{ file: FILE, text: note({ paragraph: 'p-no-such-paragraph' }) }]);
    expect(message).toContain(`${FILE}: note 1 (hindsight-chatgpt) → paragraph: unknown paragraph id "p-no-such-paragraph"`);
  });

  it('an unknown fact: names the file, the note and which of its facts', () => {
    const message = messageOf([{ file: FILE, text: note({ facts: '[chatgpt, gpt-5]' }) }]);
    expect(message).toContain(`${FILE}: note 1 (hindsight-chatgpt) → facts.1: unknown fact id "gpt-5"`);
  });

  it('a hindsight note with no fact: names the file, the note and the facts field', () => {
    const message = messageOf([{ file: FILE, text: note({ facts: '[]', reference: 'https://openai.com/blog/chatgpt' }) }]);
    expect(message).toContain(`${FILE}: note 1 (hindsight-chatgpt) → facts: a hindsight note must cite at least one fact`);
  });

  it('a duplicate id within a file: names the file, the second note and the id field', () => {
    const text = note() + note({ phrase: '"15 year lead"' });
    expect(messageOf([{ file: FILE, text }])).toContain(`${FILE}: note 2 (hindsight-chatgpt) → id: duplicate id "hindsight-chatgpt" (first used by entry 1)`);
  });

  it('a duplicate id across note files: names both files, both notes and the id field', () => {
    const other = 'src/content/notes/context.yaml';
    const message = messageOf([
      { file: other, text: note({ kind: 'context', phrase: '"15 year lead"' }) },
      { file: FILE, text: note() },
    ]);
    expect(message).toContain(`${FILE}: note 1 (hindsight-chatgpt) → id: duplicate id "hindsight-chatgpt", already used at ${other}: note 1 (hindsight-chatgpt)`);
  });

  it('two notes on overlapping words: names the file and both notes', () => {
    const text = note() + note({ id: 'hindsight-gpt-3', phrase: '"than GPT-3 by far"' });
    expect(messageOf([{ file: FILE, text }])).toContain(`${FILE}: note hindsight-gpt-3: phrase "than GPT-3 by far" overlaps note hindsight-chatgpt`);
  });
});

describe('inReadingOrder', () => {
  it('orders by paragraph, then by where the phrase starts; unknown paragraphs last', () => {
    const notes = [
      { id: 'c', paragraph: 'p-15-year-lead', phrase: 'GPT-3' },
      { id: 'x', paragraph: 'p-elsewhere', phrase: 'anything' },
      { id: 'b', paragraph: 'p-15-year-lead', phrase: 'OpenAI' },
      { id: 'a', paragraph: 'p-job-market', phrase: 'DeepMind' },
    ];
    expect(inReadingOrder(notes, context.paragraphs).map((n) => n.id)).toEqual(['a', 'b', 'c', 'x']);
  });
});
