import { describe, expect, it } from 'vitest';
import {
  attributionParts,
  highwireMeta,
  bibtexEscape,
  bibtexKey,
  essayBibtex,
  essayPlainCitation,
  quoteAttribution,
  quoteBibtex,
  quoteClipboardText,
  quotePlainCitation,
  type CitableEssay,
  type CitableQuote,
} from './citation';

const essay: CitableEssay = {
  title: 'All Roads Lead to Rome: The Machine Learning Job Market in 2022',
  author: 'Eric Jang',
  published: new Date('2022-04-25'),
  originalUrl: 'https://evjang.com/2022/04/25/rome.html',
};
const edition = { name: 'Rome, annotated', url: 'https://rome.example/' };

const hamming: CitableQuote = {
  text: 'In the first place if you do some good work you will find yourself on all kinds of committees and unable to do any more work',
  speaker: 'Richard Hamming',
  work: 'You and Your Research',
  publisher: 'transcript by J. F. Kaiser',
  date: '1986-03-07',
  venue: 'Bell Communications Research (Bellcore) Colloquia Seminar',
  sourceUrl: 'https://www.cs.virginia.edu/~robins/YouAndYourResearch.html',
};
const wilbur: CitableQuote = {
  text: 'How terrifying would it be if that was true?',
  speaker: 'Applied Divinity Studies',
  work: 'The Murder of Wilbur',
  sourceUrl: 'https://applieddivinitystudies.com/murder-of-wilbur/',
  organisation: true,
};
const ilya: CitableQuote = {
  text: 'All Roads Lead to Rome - Every Successful (Tech) Company will be an AGI company',
  speaker: 'Ilya Sutskever',
  work: 'a private conversation with the author',
  sourceUrl: 'https://evjang.com/2022/04/25/rome.html',
};
const gwern: CitableQuote = {
  text: 'a good idea will draw overly-optimistic researchers or entrepreneurs to it like \u2060moths to a flame',
  speaker: 'Gwern Branwen',
  work: 'Timing',
  date: '2012',
  revisedSince: true,
  venue: 'gwern.net',
  sourceUrl: 'https://gwern.net/timing',
};

describe('attributions', () => {
  it('mark the title and the date for HTML', () => {
    expect(attributionParts(hamming, essay)).toEqual([
      { kind: 'text', text: 'Richard Hamming' },
      { kind: 'title', text: 'You and Your Research' },
      { kind: 'text', text: 'Bell Communications Research (Bellcore) Colloquia Seminar' },
      { kind: 'date', text: 'March 7, 1986', iso: '1986-03-07' },
    ]);
  });

  it('name speaker, work, venue, date and transcriber', () => {
    expect(quoteAttribution(hamming, essay)).toBe(
      'Richard Hamming, “You and Your Research”, Bell Communications Research (Bellcore) Colloquia Seminar, March 7, 1986 (transcript by J. F. Kaiser)',
    );
  });

  it('give no year where none is known', () => {
    expect(quoteAttribution(wilbur, essay)).toBe('Applied Divinity Studies, “The Murder of Wilbur”');
  });

  it('send a private remark to the essay that reports it, with no other source', () => {
    expect(attributionParts(ilya, essay)[1]).toEqual({ kind: 'text', text: 'in a private conversation with the author' });
    expect(quoteAttribution(ilya, essay)).toBe(
      'Ilya Sutskever, in a private conversation with the author, quoted in Eric Jang, “All Roads Lead to Rome: The Machine Learning Job Market in 2022” (April 25, 2022)',
    );
  });
});

describe('quoteClipboardText', () => {
  it('is the quote, the attribution and the permalink, one a line', () => {
    expect(quoteClipboardText(hamming, essay, 'https://rome.example/#quote-hamming-committees')).toBe(
      [
        '“In the first place if you do some good work you will find yourself on all kinds of committees and unable to do any more work”',
        '— Richard Hamming, “You and Your Research”, Bell Communications Research (Bellcore) Colloquia Seminar, March 7, 1986 (transcript by J. F. Kaiser)',
        'https://rome.example/#quote-hamming-committees',
      ].join('\n'),
    );
  });

  it('drops invisible joiners', () => {
    expect(quoteClipboardText(gwern, essay, 'u')).toBe(
      '“a good idea will draw overly-optimistic researchers or entrepreneurs to it like moths to a flame”\n— Gwern Branwen, “Timing”, gwern.net, begun 2012, revised since\nu',
    );
  });
});

describe('plain-text citations', () => {
  it('cite a talk with its venue, date and transcriber', () => {
    expect(quotePlainCitation(hamming, essay)).toBe(
      'Richard Hamming. “You and Your Research.” Bell Communications Research (Bellcore) Colloquia Seminar, March 7, 1986. Transcript by J. F. Kaiser. https://www.cs.virginia.edu/~robins/YouAndYourResearch.html',
    );
  });

  it('cite an undated essay without a date', () => {
    expect(quotePlainCitation(wilbur, essay)).toBe('Applied Divinity Studies. “The Murder of Wilbur.” https://applieddivinitystudies.com/murder-of-wilbur/');
  });

  it('cite a private remark through the essay', () => {
    expect(quotePlainCitation(ilya, essay)).toBe(
      'Ilya Sutskever, in a private conversation with the author. Quoted in Eric Jang, “All Roads Lead to Rome: The Machine Learning Job Market in 2022”, evjang.com, April 25, 2022. https://evjang.com/2022/04/25/rome.html',
    );
  });

  it('cite the essay and this edition', () => {
    expect(essayPlainCitation(essay, edition)).toBe(
      'Eric Jang. “All Roads Lead to Rome: The Machine Learning Job Market in 2022.” evjang.com, April 25, 2022. https://evjang.com/2022/04/25/rome.html\nAnnotated edition: Rome, annotated. https://rome.example/',
    );
  });
});

describe('BibTeX', () => {
  it('makes keys from last name, year and the first significant title word', () => {
    expect(bibtexKey('Richard Hamming', '1986', 'You and Your Research')).toBe('hamming1986research');
    expect(bibtexKey('Applied Divinity Studies', undefined, 'The Murder of Wilbur', true)).toBe('adsmurder');
    expect(bibtexKey('Eric Jang', '2022', 'All Roads Lead to Rome')).toBe('jang2022roads');
  });

  it('escapes TeX specials', () => {
    expect(bibtexEscape('Search & Ad Ranking, 100% of $5 #1 a_b ~ ^ {x} \\')).toBe(
      'Search \\& Ad Ranking, 100\\% of \\$5 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\{x\\} \\textbackslash{}',
    );
  });

  it('cites a talk', () => {
    expect(quoteBibtex(hamming, essay)).toBe(`@misc{hamming1986research,
  author       = {Richard Hamming},
  title        = {{You and Your Research}},
  howpublished = {Bell Communications Research (Bellcore) Colloquia Seminar},
  year         = {1986},
  month        = mar,
  note         = {Transcript by J. F. Kaiser},
  url          = {https://www.cs.virginia.edu/~robins/YouAndYourResearch.html}
}`);
  });

  it('keeps an organisation whole and leaves out an unknown year', () => {
    expect(quoteBibtex(wilbur, essay)).toBe(`@misc{adsmurder,
  author       = {{Applied Divinity Studies}},
  title        = {{The Murder of Wilbur}},
  url          = {https://applieddivinitystudies.com/murder-of-wilbur/}
}`);
  });

  it('cites an essay begun in a year and revised since, saying so', () => {
    expect(quoteBibtex(gwern, essay)).toBe(`@misc{branwen2012timing,
  author       = {Gwern Branwen},
  title        = {{Timing}},
  howpublished = {gwern.net},
  year         = {2012},
  note         = {Begun 2012, revised since},
  url          = {https://gwern.net/timing}
}`);
    expect(quotePlainCitation(gwern, essay)).toBe('Gwern Branwen. “Timing.” gwern.net, begun 2012, revised since. https://gwern.net/timing');
    expect(quoteBibtex({ ...gwern, revisedSince: false }, essay)).not.toContain('note');
  });

  it('cites a private remark as the essay, with a note', () => {
    expect(quoteBibtex(ilya, essay)).toBe(`@misc{jang2022roads,
  author       = {Eric Jang},
  title        = {{All Roads Lead to Rome: The Machine Learning Job Market in 2022}},
  howpublished = {evjang.com},
  year         = {2022},
  month        = apr,
  note         = {Quoting Ilya Sutskever, in a private conversation with the author},
  url          = {https://evjang.com/2022/04/25/rome.html}
}`);
  });

  it('cites the essay with this edition in the note', () => {
    expect(essayBibtex(essay, edition)).toBe(`@misc{jang2022roads,
  author       = {Eric Jang},
  title        = {{All Roads Lead to Rome: The Machine Learning Job Market in 2022}},
  howpublished = {evjang.com},
  year         = {2022},
  month        = apr,
  note         = {Annotated edition: Rome, annotated, \\url{https://rome.example/}},
  url          = {https://evjang.com/2022/04/25/rome.html}
}`);
  });
});

describe('highwireMeta', () => {
  it('gives reference managers the essay’s title, author, date and home', () => {
    const essay = { title: 'All Roads Lead to Rome', author: 'Eric Jang', published: new Date('2022-04-25'), originalUrl: 'https://evjang.com/2022/04/25/rome.html' };
    expect(highwireMeta(essay)).toEqual([
      { name: 'citation_title', content: 'All Roads Lead to Rome' },
      { name: 'citation_author', content: 'Eric Jang' },
      { name: 'citation_publication_date', content: '2022/04/25' },
      { name: 'citation_public_url', content: 'https://evjang.com/2022/04/25/rome.html' },
    ]);
  });
});
