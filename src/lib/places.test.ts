import { describe, expect, it } from 'vitest';
import {
  anchorOfHash,
  placeKindOf,
  anchorOfSharePage,
  claimAnchor,
  claimPhraseAnchor,
  idOf,
  noteAnchor,
  noteIdOf,
  noteRefAnchor,
  quoteAnchor,
  rowAnchor,
  sharePageImage,
  sharePagePath,
} from './places';

describe('places', () => {
  it('builds each kind of anchor and parses it back', () => {
    expect(idOf('note', noteAnchor('x'))).toBe('x');
    expect(idOf('note-ref', noteRefAnchor('x'))).toBe('x');
    expect(idOf('claim', claimAnchor('openai-llm-lead'))).toBe('openai-llm-lead');
    expect(idOf('claim-phrase', claimPhraseAnchor('agi'))).toBe('agi');
    expect(idOf('row', rowAnchor('tesla'))).toBe('tesla');
    expect(idOf('quote', quoteAnchor('thompson'))).toBe('thompson');
  });

  it('never reads a claim phrase as a claim, nor a bare prefix as an id', () => {
    expect(idOf('claim', claimPhraseAnchor('agi'))).toBeNull();
    expect(idOf('note', 'note-')).toBeNull();
    expect(idOf('row', 'p-job-market')).toBeNull();
  });

  it('reads a note from its anchor or its reference', () => {
    expect(noteIdOf('note-a')).toBe('a');
    expect(noteIdOf('ref-a')).toBe('a');
    expect(noteIdOf('option-a')).toBeNull();
  });

  it('decodes fragments, and keeps a malformed one as it is', () => {
    expect(anchorOfHash('#caf%C3%A9')).toBe('café');
    expect(anchorOfHash('note-x')).toBe('note-x');
    expect(anchorOfHash('#100%')).toBe('100%');
  });

  it('builds share pages under a base and parses them back', () => {
    expect(sharePagePath('option-tesla')).toBe('/s/option-tesla/');
    expect(sharePagePath('option-tesla', '/rome/')).toBe('/rome/s/option-tesla/');
    expect(sharePagePath('option-tesla', '/rome')).toBe('/rome/s/option-tesla/');
    expect(sharePageImage('quote-thompson', '/rome/')).toBe('/rome/s/quote-thompson.png');
    expect(anchorOfSharePage('/rome/s/option-tesla/', '/rome/')).toBe('option-tesla');
    expect(anchorOfSharePage('/s/option-tesla/index.html')).toBe('option-tesla');
    expect(anchorOfSharePage('/s/')).toBeNull();
    expect(anchorOfSharePage('/elsewhere/x/')).toBeNull();
  });
});

describe('placeKindOf', () => {
  it('names the kind of a prefixed anchor, the longer prefix first, and nothing for others', () => {
    expect(placeKindOf('phrase-claim-agi')).toBe('claim-phrase');
    expect(placeKindOf('claim-agi')).toBe('claim');
    expect(placeKindOf('ref-agi')).toBe('note-ref');
    expect(placeKindOf('option-tesla')).toBe('row');
    expect(placeKindOf('options-considered')).toBeNull();
    expect(placeKindOf('toc-heading')).toBeNull();
  });
});
