import { describe, expect, it } from 'vitest';
import { claimInHash, reduceOpen, type Open } from './open-state';

const pinned = (id: string): Open => ({ id, mode: 'pinned' });
const peek = (id: string): Open => ({ id, mode: 'peek' });

describe('reduceOpen', () => {
  it('previews on hover and hides the preview on leaving', () => {
    expect(reduceOpen(null, { type: 'hover', id: 'a' })).toEqual(peek('a'));
    expect(reduceOpen(peek('a'), { type: 'hover', id: 'b' })).toEqual(peek('b'));
    expect(reduceOpen(peek('a'), { type: 'leave', id: 'a' })).toBeNull();
    expect(reduceOpen(peek('b'), { type: 'leave', id: 'a' })).toEqual(peek('b'));
  });

  it('never lets a preview cover a pinned claim, nor leaving close it', () => {
    const state = pinned('a');
    expect(reduceOpen(state, { type: 'hover', id: 'b' })).toBe(state);
    expect(reduceOpen(state, { type: 'leave', id: 'a' })).toBe(state);
  });

  it('pins on focus; a click toggles', () => {
    expect(reduceOpen(peek('a'), { type: 'focus', id: 'a' })).toEqual(pinned('a'));
    expect(reduceOpen(pinned('a'), { type: 'focus', id: 'b' })).toEqual(pinned('b'));
    expect(reduceOpen(null, { type: 'toggle', id: 'a' })).toEqual(pinned('a'));
    expect(reduceOpen(peek('a'), { type: 'toggle', id: 'a' })).toEqual(pinned('a'));
    expect(reduceOpen(pinned('a'), { type: 'toggle', id: 'a' })).toBeNull();
    expect(reduceOpen(pinned('a'), { type: 'close' })).toBeNull();
  });

  it('returns the same state when nothing changes, so nothing re-renders', () => {
    const preview = peek('a');
    expect(reduceOpen(preview, { type: 'hover', id: 'a' })).toBe(preview);
    const state = pinned('a');
    expect(reduceOpen(state, { type: 'focus', id: 'a' })).toBe(state);
  });
});

describe('claimInHash', () => {
  it('finds one of our claims in a fragment', () => {
    expect(claimInHash('#claim-agi', ['agi'])).toBe('agi');
    expect(claimInHash('#claim-other', ['agi'])).toBeNull();
    expect(claimInHash('#phrase-claim-agi', ['agi'])).toBeNull();
    expect(claimInHash('', ['agi'])).toBeNull();
  });
});
