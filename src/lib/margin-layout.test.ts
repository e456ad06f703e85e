import { describe, expect, it } from 'vitest';
import { fitNote, GAP, MAX_DISTANCE } from './margin-layout';

const LIMIT = 10_000;

describe('fitNote', () => {
  it('puts a note at its line when nothing is in the way', () => {
    expect(fitNote(200, 80, 0, [], LIMIT)).toBe(200);
  });

  it('pushes a note below the one before it', () => {
    expect(fitNote(200, 80, 250, [], LIMIT)).toBe(250);
  });

  it('lifts a note above a full-width block it would run into, when the notes above leave room', () => {
    expect(fitNote(500, 100, 0, [{ top: 560, bottom: 1400 }], LIMIT)).toBe(560 - GAP - 100);
  });

  it('folds a note that could only sit past a block, far from its line', () => {
    expect(fitNote(500, 100, 480, [{ top: 560, bottom: 1400 }], LIMIT)).toBeNull();
  });

  it('moves a note below a short block when that stays near its line', () => {
    expect(fitNote(500, 100, 480, [{ top: 560, bottom: 600 }], LIMIT)).toBe(600 + GAP);
  });

  it(`folds a note pushed more than ${MAX_DISTANCE}px from its line, or past the end of the text`, () => {
    expect(fitNote(100, 50, 100 + MAX_DISTANCE + 1, [], LIMIT)).toBeNull();
    expect(fitNote(100, 50, 0, [], 120)).toBeNull();
  });
});
