// What the built CSL-JSON file of citations (/citations.json) must hold,
// checked on its text: it parses as an array of items, each has the fields a
// reference manager needs, its id is unique, its URL is the essay page with
// that id as the fragment and lands on an element of the page, and its BibTeX
// and RIS come out well formed. Pure: the file's text and the page's ids
// arrive as arguments.
import { placeBibtex, placeRis, type CslPlaceItem } from './place-citation';
import { anchorOfHash } from './places';

const REQUIRED = ['id', 'type', 'title', 'author', 'issued', 'container-title', 'section', 'URL', 'available-date'] as const;

/** Braces in a BibTeX entry balance (escaped braces aside), and never close below zero. */
function bracesBalance(bibtex: string): boolean {
  let depth = 0;
  for (const char of bibtex.replace(/\\[{}]/g, '')) {
    depth += char === '{' ? 1 : char === '}' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Problems with the CSL-JSON file, each naming the file and, for an item, its
 * id. `pageUrl` is the essay page's absolute URL, `pageIds` the ids on it, and
 * `places` the anchors that must each have an item.
 */
export function citationFileProblems(json: string, file: string, pageUrl: string, pageIds: ReadonlySet<string>, places: readonly string[]): string[] {
  let items: unknown;
  try {
    items = JSON.parse(json);
  } catch (error) {
    return [`${file}: not JSON (${(error as Error).message})`];
  }
  if (!Array.isArray(items)) return [`${file}: not an array of CSL-JSON items`];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of (items as Record<string, unknown>[]).entries()) {
    const where = `${file}: item ${typeof raw?.id === 'string' ? raw.id : `#${index}`}`;
    const missing = REQUIRED.filter((field) => raw?.[field] === undefined || raw[field] === '');
    if (missing.length) {
      problems.push(`${where}: no ${missing.join(', ')}`);
      continue;
    }
    const item = raw as unknown as CslPlaceItem;
    if (seen.has(item.id)) problems.push(`${where}: id used twice`);
    seen.add(item.id);
    const url = new URL(item.URL);
    const fragment = anchorOfHash(url.hash);
    url.hash = '';
    if (url.href !== pageUrl) problems.push(`${where}: URL ${item.URL} is not on the essay page ${pageUrl}`);
    else if (fragment !== item.id) problems.push(`${where}: URL ${item.URL} names #${fragment}, not its own id`);
    else if (!pageIds.has(fragment)) problems.push(`${where}: URL ${item.URL} names #${fragment}, which the essay page does not have`);
    if (!bracesBalance(placeBibtex(item))) problems.push(`${where}: its BibTeX has unbalanced braces`);
    if (!placeRis(item).split('\n').every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))) problems.push(`${where}: its RIS has a line that is not a tag`);
  }
  for (const place of places) if (!seen.has(place)) problems.push(`${file}: no item for #${place}`);
  return problems;
}
