import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it('makes URL-safe slugs', () => {
    expect(slugify('Big tech')).toBe('big-tech');
    expect(slugify('AGI lab')).toBe('agi-lab');
    expect(slugify('  Not ML!  ')).toBe('not-ml');
    expect(slugify('Café + DeFi')).toBe('cafe-defi');
  });
});
