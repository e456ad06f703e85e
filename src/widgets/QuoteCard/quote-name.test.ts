import { describe, expect, it } from 'vitest';
import { quoteName } from './quote-name';

const hamming1 = { id: 'a', speaker: 'Richard Hamming' };
const hamming2 = { id: 'b', speaker: 'Richard Hamming' };
const blog = { id: 'c', speaker: 'Applied Divinity Studies', organisation: true };
const gwern = { id: 'd', speaker: 'Gwern Branwen' };

describe('quoteName', () => {
  it("names a person's quote by surname", () => {
    expect(quoteName(gwern, [gwern, blog])).toBe("Branwen's quote");
  });

  it('keeps an organisation whole, with the plural possessive after an s', () => {
    expect(quoteName(blog, [gwern, blog])).toBe("Applied Divinity Studies' quote");
  });

  it("tells a speaker's cards apart by their order on the page", () => {
    const all = [hamming1, blog, hamming2];
    expect(quoteName(hamming1, all)).toBe("Hamming's first quote");
    expect(quoteName(hamming2, all)).toBe("Hamming's second quote");
  });
});
