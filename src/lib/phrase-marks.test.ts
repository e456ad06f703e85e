import { describe, expect, it } from 'vitest';
import { applyPhraseMarks, type PhraseMark } from './phrase-marks';

const mark = (phrase: string, extra: Partial<PhraseMark> = {}): PhraseMark => ({
  phrase,
  open: '<mark>',
  close: '</mark>',
  label: `mark "${phrase}"`,
  ...extra,
});

describe('applyPhraseMarks', () => {
  it('wraps a phrase inside plain text', () => {
    expect(applyPhraseMarks('I joined Halodi Robotics as VP.', [mark('Halodi Robotics')])).toBe('I joined <mark>Halodi Robotics</mark> as VP.');
  });

  it('keeps entities and escapes text again', () => {
    expect(applyPhraseMarks('I&#39;m here &amp; there', [mark("I'm here")])).toBe("<mark>I'm here</mark> &amp; there");
  });

  it('wraps the whole text of a link inside the link', () => {
    expect(applyPhraseMarks('see <a href="x">the page</a> now', [mark('the page')])).toBe('see <a href="x"><mark>the page</mark></a> now');
  });

  it('takes in a link when the phrase runs past it', () => {
    expect(applyPhraseMarks('see <a href="x">the page</a> now', [mark('the page now')])).toBe('see <mark><a href="x">the page</a> now</mark>');
  });

  it('takes in emphasis that starts the phrase', () => {
    expect(applyPhraseMarks('<a href="y"><em>insanely</em> hard</a>, requiring', [mark('insanely hard')])).toBe(
      '<a href="y"><mark><em>insanely</em> hard</mark></a>, requiring',
    );
  });

  it('refuses a phrase that crosses the edge of a link', () => {
    expect(() => applyPhraseMarks('a <a href="z">b c</a> d', [mark('c d')])).toThrow(/mark "c d".*crosses the edge/);
  });

  it('names the mark when the phrase is missing or repeated', () => {
    expect(() => applyPhraseMarks('abc', [mark('xyz', { label: 'note glossary-agi' })])).toThrow('note glossary-agi: phrase "xyz" is not in the paragraph');
    expect(() => applyPhraseMarks('an AGI, an AGI', [mark('AGI')])).toThrow(/occurs more than once/);
  });

  it('puts `after` content after the phrase, outside any link', () => {
    const html = applyPhraseMarks('read <a href="u">You and Your Research</a>: more', [mark('Your Research', { after: '<sup>1</sup>' })]);
    expect(html).toBe('read <a href="u">You and <mark>Your Research</mark></a><sup>1</sup>: more');
  });

  it('nests a short phrase inside a longer one, and rejects half overlaps', () => {
    const nested = applyPhraseMarks('then solve AGI (20 years).', [mark('solve AGI', { open: '<i>', close: '</i>' }), mark('then solve AGI (20 years)')]);
    expect(nested).toBe('<mark>then <i>solve AGI</i> (20 years)</mark>.');
    expect(() => applyPhraseMarks('one two three four', [mark('one two three'), mark('three four')])).toThrow(/crosses/);
  });
});
