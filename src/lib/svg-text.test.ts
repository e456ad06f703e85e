import { describe, expect, it } from 'vitest';
import { estimateWidth, wrapBalanced } from './svg-text';

describe('wrapBalanced', () => {
  it('keeps a short label on one line', () => {
    expect(wrapBalanced('Developer tools', 200, 15)).toEqual(['Developer tools']);
  });

  it('uses as few lines as fit, evened out', () => {
    expect(wrapBalanced('GitHub, Hugging Face', 150, 15, true)).toEqual(['GitHub,', 'Hugging Face']);
    const lines = wrapBalanced('Capture human decision making in the real world (cars and humanoids)', 224, 15);
    expect(lines).toHaveLength(3);
    expect(lines.join(' ')).toBe('Capture human decision making in the real world (cars and humanoids)');
  });

  it('never splits a word, even one wider than the measure', () => {
    expect(wrapBalanced('Supercalifragilistic words', 40, 15)).toEqual(['Supercalifragilistic', 'words']);
  });
});

describe('estimateWidth', () => {
  it('scales with the font size and bold is wider', () => {
    expect(estimateWidth('Meta', 30)).toBeCloseTo(estimateWidth('Meta', 15) * 2);
    expect(estimateWidth('Meta', 15, true)).toBeGreaterThan(estimateWidth('Meta', 15));
  });
});
