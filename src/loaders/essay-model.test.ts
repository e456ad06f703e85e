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

describe('the history file', () => {
  const file = 'src/data/history.yaml';
  /** The model built with one note's history replaced by `entry` (YAML lines under its id). */
  async function withNoteHistory(entry: string, buildDay = '2026-12-04', id?: string) {
    const sources = await readSources();
    const note = (await essayModel()).notes[0]!;
    const history = sources.history.replace(new RegExp(`\\n  ${note.id}:\\n(    .*\\n)+`), `\n  ${id ?? note.id}:\n${entry}`);
    expect(history).not.toBe(sources.history);
    return { note, build: () => buildEssayModel({ ...sources, history }, buildDay) };
  }

  it('gives every note its history', async () => {
    const model = await essayModel();
    for (const note of model.notes) expect(note.history.added, note.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(model.history.claims).length).toBeGreaterThan(0);
    expect(Object.keys(model.history.rows).length).toBeGreaterThan(0);
  });

  it('a revision dated before the addition names the file, the entry and the field', async () => {
    const { note, build } = await withNoteHistory('    added: 2026-11-30\n    revised:\n      - date: 2026-11-29\n        summary: Reworded.\n');
    expect(build).toThrow(`${file}: notes.${note.id}.revised.0.date: revised 2026-11-29, before it was added (2026-11-30)`);
  });

  it('a revision without a summary names the file, the entry and the field', async () => {
    const { note, build } = await withNoteHistory('    added: 2026-11-30\n    revised:\n      - date: 2026-12-01\n');
    expect(build).toThrow(`${file}: notes.${note.id}.revised.0.summary:`);
  });

  it('a date after the build date names the file, the entry and the field', async () => {
    const { note, build } = await withNoteHistory('    added: 2026-11-30\n    revised:\n      - date: 2026-12-05\n        summary: Reworded.\n', '2026-12-04');
    expect(build).toThrow(`${file}: notes.${note.id}.revised.0.date: 2026-12-05 is after the build date 2026-12-04`);
    const added = await withNoteHistory('    added: 2026-12-05\n', '2026-12-04');
    expect(added.build).toThrow(`${file}: notes.${added.note.id}.added: 2026-12-05 is after the build date 2026-12-04`);
  });

  it('a history for an unknown note names the file and the entry, and the note left without one', async () => {
    const { note, build } = await withNoteHistory('    added: 2026-11-30\n', '2026-12-04', 'no-such-note');
    expect(build).toThrow(`${file}: notes.no-such-note: "no-such-note" is not one of the notes that keep a history`);
    expect(build).toThrow(`${file}: notes.${note.id}: has no history`);
  });
});
