import { describe, expect, it } from 'vitest';
import { GAP, layOutNotes, MAX_DISTANCE } from './margin-layout';

const open = (bottom = 10_000, blocked: { top: number; bottom: number }[] = [], top = 0) => ({ top, bottom, blocked });

describe('layOutNotes', () => {
  it('puts a note at its line when nothing is in the way', () => {
    expect(layOutNotes([{ line: 200, height: 80 }], open())).toEqual([200]);
  });

  it('keeps notes at their lines when they do not meet', () => {
    expect(layOutNotes([{ line: 0, height: 80 }, { line: 200, height: 80 }], open())).toEqual([0, 200]);
  });

  it('moves an earlier note up when a later one needs the room, sharing the distance', () => {
    // Both want 300; the first moves up by half the overlap, the second down by the rest.
    const [first, second] = layOutNotes([{ line: 300, height: 100 }, { line: 300, height: 100 }], open());
    expect(second! - (first! + 100)).toBe(GAP);
    expect(300 - first!).toBe(second! - 300);
  });

  it('never moves a note above the top of the column', () => {
    expect(layOutNotes([{ line: 0, height: 100 }, { line: 10, height: 100 }], open())).toEqual([0, 100 + GAP]);
    expect(layOutNotes([{ line: 0, height: 100 }, { line: 10, height: 100 }], open(10_000, [], -30))).toEqual([-30, 82]);
  });

  it('lifts the notes above a full-width block they would run into', () => {
    const tops = layOutNotes([{ line: 400, height: 100 }, { line: 450, height: 100 }], open(10_000, [{ top: 560, bottom: 1400 }]));
    expect(tops).toEqual([560 - GAP - 100 - GAP - 100, 560 - GAP - 100]);
  });

  it('moves a note below a short block when there is no room above it, and that stays near its line', () => {
    const tops = layOutNotes([{ line: 0, height: 500 }, { line: 500, height: 100 }], open(10_000, [{ top: 560, bottom: 600 }]));
    expect(tops).toEqual([0, 600 + GAP]);
  });

  it(`folds the first note that cannot sit within ${MAX_DISTANCE}px of its line, and lays out the rest`, () => {
    const tall = { line: 0, height: 500 };
    const tops = layOutNotes([tall, { line: 10, height: 100 }, { line: 2000, height: 50 }], open(10_000, [{ top: 520, bottom: 1500 }]));
    expect(tops).toEqual([0, null, 2000]);
  });

  it('moves a note up to end with the column, and folds one taller than the room there', () => {
    expect(layOutNotes([{ line: 100, height: 50 }], open(120))).toEqual([70]);
    expect(layOutNotes([{ line: 100, height: 500 }], open(400))).toEqual([null]);
  });

  it('places crowded notes in reading order without overlap, each within the limit', () => {
    const notes = [0, 20, 40, 60].map((line) => ({ line, height: 90 }));
    const tops = layOutNotes(notes, open()) as number[];
    tops.slice(1).forEach((top, i) => expect(top - (tops[i]! + 90)).toBeGreaterThanOrEqual(GAP));
    tops.forEach((top, i) => expect(Math.abs(top - notes[i]!.line)).toBeLessThanOrEqual(MAX_DISTANCE));
  });
});
