/** Who wrote the words and where, as the page's citation meta tags give them. */
export interface QuoteSource {
  author: string;
  title: string;
}

/**
 * A ready quote of the author's words, to paste anywhere Markdown or plain text
 * is read: the words as a block quote, then who wrote them, where, and a link
 * to that exact place.
 *
 *   > the words
 *   — Eric Jang, “All Roads Lead to Rome…”, https://…#p-id
 */
export function quoteText(words: string, source: QuoteSource, link: string): string {
  const quoted = words.replace(/\s+/g, ' ').trim();
  return `> ${quoted}\n— ${source.author}, “${source.title}”, ${link}`;
}
