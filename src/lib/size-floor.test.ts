import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { filler, padToCompressedSize, wordsAndAddresses } from './size-floor';

const brotli = (text: string) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const PAGE = '<!doctype html><title>Rome</title><body><p>' + 'All roads lead to Rome. '.repeat(200) + '</p></body>';

describe('padToCompressedSize', () => {
  it('pads a page to the target compressed size, within the slack', () => {
    for (const target of [2_000, 14_000, 36_000]) {
      const size = brotli(padToCompressedSize(PAGE, target, brotli));
      expect(size).toBeGreaterThanOrEqual(target);
      expect(size).toBeLessThanOrEqual(target + 64);
    }
  });

  it('keeps the page as it was, the filler in one comment before </body>', () => {
    const padded = padToCompressedSize(PAGE, 10_000, brotli);
    expect(padded.replace(/<!--[A-Za-z0-9+/]+-->/, '')).toBe(PAGE);
    expect(padded).toMatch(/<!--[A-Za-z0-9+/]+--><\/body>$/);
  });

  it('leaves a page already as large as the target alone', () => {
    expect(padToCompressedSize(PAGE, brotli(PAGE), brotli)).toBe(PAGE);
  });

  it('refuses a page without a body end to pad before', () => {
    expect(() => padToCompressedSize('<p>words</p>', 10_000, brotli)).toThrow(/no <\/body>/);
  });
});

describe('filler', () => {
  it('is the same from the same seed and does not compress', () => {
    expect(filler(4_000)).toBe(filler(4_000));
    expect(filler(4_000)).not.toBe(filler(4_000, 24));
    expect(brotli(filler(40_000))).toBeGreaterThan(40_000 * 0.74);
  });
});

describe('wordsAndAddresses', () => {
  it('keeps the text and the addresses of links to other sites, and nothing of styles, scripts, comments or markup', () => {
    const page =
      '<html><head><style>p{color:red}</style><script>let x = "<b>";</script></head><body><!-- ours -->' +
      '<p class="lead">Life is <em>too</em>\n  short.</p><a href="#p-1">here</a> <a href="https://evjang.com/">Eric</a></body></html>';
    expect(wordsAndAddresses(page)).toBe('Life is too short. here Eric\nhttps://evjang.com/');
  });
});
