import { describe, expect, it } from 'vitest';
import { keyTarget } from './roving';

describe('keyTarget', () => {
  it('moves between items with arrows, Home and End', () => {
    expect(keyTarget('ArrowDown', 0, 3)).toBe(1);
    expect(keyTarget('ArrowRight', 2, 3)).toBe(2);
    expect(keyTarget('ArrowUp', 0, 3)).toBe(0);
    expect(keyTarget('ArrowLeft', 2, 3)).toBe(1);
    expect(keyTarget('Home', 2, 3)).toBe(0);
    expect(keyTarget('End', 0, 3)).toBe(2);
    expect(keyTarget('Enter', 0, 3)).toBeNull();
  });


  it('stays put in a group of one', () => {
    expect(keyTarget('ArrowDown', 0, 1)).toBe(0);
    expect(keyTarget('End', 0, 1)).toBe(0);
  });
});
