import { describe, expect, it } from 'vitest';
import { codeHighlightProblems } from './code-highlights-check';

const file = 'dist/code-highlights.json';
const text = '@misc{a,\n  year = {1986}\n}';
const entry = { text, ranges: { 'tok-keyword': [0, 5, 16, 17], 'tok-function': [6, 7, 11, 15] } };

describe('codeHighlightProblems', () => {
  it("passes a file that colours each of the page's blocks", () => {
    expect(codeHighlightProblems(JSON.stringify([entry]), file, [text])).toEqual([]);
  });

  it('names a block of the page the file does not hold word for word', () => {
    expect(codeHighlightProblems(JSON.stringify([entry]), file, [`${text} `, '@misc{b,\n}'])).toEqual([
      `${file}: no colours for the page's BibTeX block "@misc{a,"`,
      `${file}: no colours for the page's BibTeX block "@misc{b,"`,
    ]);
  });

  it('names ranges outside their text or out of order, and text that is not a list', () => {
    const bad = [{ text, ranges: { 'tok-keyword': [0, 5, 3, 4], 'tok-function': [6, 99], 'tok-constant': [1] } }, { ranges: {} }];
    expect(codeHighlightProblems(JSON.stringify(bad), file, [])).toEqual([
      `${file}: entry 0, tok-keyword: ranges are not ordered pairs inside its text`,
      `${file}: entry 0, tok-function: ranges are not ordered pairs inside its text`,
      `${file}: entry 0, tok-constant: ranges are not ordered pairs inside its text`,
      `${file}: entry 1 has no text or ranges`,
    ]);
    expect(codeHighlightProblems('{}', file, [])).toEqual([`${file}: not an array of { text, ranges }`]);
  });
});
