import { describe, expect, it } from 'vitest';
import { describeSource, horizonSource } from './horizon';

describe('horizon source: the author’s number or our reading', () => {
  it('is the author’s number when no vague words are given', () => {
    expect(horizonSource(undefined)).toEqual({ stated: true });
    expect(horizonSource('  ')).toEqual({ stated: true });
    expect(describeSource(horizonSource(undefined))).toBe('the author’s number');
  });

  it('is our reading, quoting his words, when he gave no number', () => {
    expect(horizonSource(' in a few years ')).toEqual({ stated: false, reading: 'in a few years' });
    expect(describeSource(horizonSource('in a few years'))).toBe('our reading of “in a few years”');
  });
});
