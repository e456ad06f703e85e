// The bare essay at the essay page's size: the same page with an HTML comment
// of filler that does not compress, so that it crosses the network as many
// bytes as the essay page does. `npm run bench` measures it beside both, to
// show what the document's size alone costs a first paint under Lighthouse's
// simulated network, apart from everything else the edition adds (#23).

/** Filler characters from a fixed seed (mulberry32), so every bench pads alike. */
export function filler(length: number, seed = 23): string {
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let state = seed >>> 0;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    text += ALPHABET[((t ^ (t >>> 14)) >>> 0) % 64];
  }
  return text;
}

/**
 * `html` with a comment of filler before `</body>`, long enough that
 * `compressedSize` of the result is `target` bytes or up to `slack` more.
 * `html` already as large is returned as it is.
 */
export function padToCompressedSize(html: string, target: number, compressedSize: (text: string) => number, slack = 64): string {
  if (!html.includes('</body>')) throw new Error('padToCompressedSize: the page has no </body> to pad before');
  if (compressedSize(html) >= target) return html;
  const padded = (length: number) => html.replace('</body>', `<!--${filler(length)}--></body>`);
  // A filler character compresses to six bits or a little more: start there and close in.
  let low = 0;
  let high = Math.ceil(((target - compressedSize(html)) * 8) / 6) * 2;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (compressedSize(padded(middle)) >= target) high = middle;
    else low = middle + 1;
  }
  const result = padded(low);
  const size = compressedSize(result);
  if (size > target + slack) throw new Error(`padToCompressedSize: ${size} B compressed overshoots the target of ${target} B by more than ${slack} B`);
  return result;
}

/**
 * What no page carrying `html`'s words can leave out: its text, without markup,
 * styles or scripts (runs of white space as one space), then the addresses its
 * links to other sites point to, one per line. Its compressed size is the least
 * a document holding them all can cross the network in.
 */
export function wordsAndAddresses(html: string): string {
  const withoutCode = html.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const text = withoutCode.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  const addresses = [...withoutCode.matchAll(/\bhref="(https?:[^"]*)"/g)].map((match) => match[1]);
  return [text, ...addresses].join('\n');
}
