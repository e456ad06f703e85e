// The one essay model: built once, shared, and rebuilt only when a file changes.
import { describe, expect, it } from 'vitest';
import { buildEssayModel, essayModel, essayParseCount, readSources } from './essay-model';

describe('essayModel', () => {
  it('parses the essay once however often it is asked for', async () => {
    const before = essayParseCount();
    const [first, second] = await Promise.all([essayModel(), essayModel()]);
    const third = await essayModel();
    expect(second).toBe(first);
    expect(third).toBe(first);
    // Once in this test process, whoever asked first.
    expect(essayParseCount()).toBe(Math.max(before, 1));
  });

  it('the counter counts: building from the sources again parses again', async () => {
    const sources = await readSources();
    const before = essayParseCount();
    const model = buildEssayModel({ ...sources, essay: `${sources.essay}\n` });
    expect(essayParseCount()).toBe(before + 1);
    expect(model.outline.blocks).toEqual((await essayModel()).outline.blocks);
  });

  it('yields the outline, notes in reading order with their numbers and marks, claims, rows, quotes and facts', async () => {
    const model = await essayModel();
    expect(model.outline.blocks.length).toBeGreaterThan(0);
    expect(model.notes.length).toBeGreaterThan(0);
    expect(model.claims.length).toBeGreaterThan(0);
    expect(model.rows.length).toBeGreaterThan(0);
    expect(model.quotes.length).toBeGreaterThan(0);
    expect(model.facts.size).toBeGreaterThan(0);
    // Margin notes are numbered 1..n in the order of the notes.
    const numbered = model.notes.flatMap((note) => model.noteNumbers.get(note.id) ?? []);
    expect(numbered).toEqual(numbered.map((_, index) => index + 1));
    for (const note of model.notes) expect(model.marks.get(note.paragraph)?.some((mark) => mark.phrase === note.phrase), note.id).toBe(true);
  });

  it('a note citing an unknown fact names the note file, the entry and the field', async () => {
    const sources = await readSources();
    const [first, ...rest] = sources.notes;
    const broken = { ...first!, text: first!.text.replace(/facts: \[([a-z0-9-]+)/, 'facts: [no-such-fact') };
    expect(broken.text).not.toBe(first!.text);
    expect(() => buildEssayModel({ ...sources, notes: [broken, ...rest] })).toThrow(new RegExp(`${first!.file}: note \\d+ \\([a-z0-9-]+\\) → facts\\.0: unknown fact id "no-such-fact"`));
  });
});
