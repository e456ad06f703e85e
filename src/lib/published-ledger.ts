// The ledger of published links: every fragment id and every share page the
// site has ever published, one per line, appended to and never pruned. A
// link in it must keep landing, on a live id or through an alias; an id the
// page publishes must be in it. Written with erasable types only, so the dist
// checks and the script that appends to it import it under plain Node.
import { anchorOfSharePage, placeKindOf, sharePagePath } from './places.ts';

/** A ledger line: `#<id>` for a place on the essay page, `/s/<id>/` for its share page (base-independent). */
export type LedgerEntry = string;

/** What the built site publishes now. */
export interface PublishedSite {
  /** Every id on the essay page. */
  pageIds: ReadonlySet<string>;
  /** The registry's ids (sections, paragraphs, anchors): published though no prefix says so. */
  registered: Iterable<string>;
  /** The places with a share page. */
  sharePages: ReadonlySet<string>;
}

const COMMENT = /^#\s|^\s*$/;

/** The entries of a ledger file's text, in order (comment lines start with "# "). */
export function readLedger(text: string): LedgerEntry[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => !COMMENT.test(line));
}

/** Every link the site publishes now, sorted: places named by the vocabulary, registered ids, share pages. */
export function publishedEntries(site: PublishedSite): LedgerEntry[] {
  const registered = new Set(site.registered);
  const ids = [...site.pageIds].filter((id) => registered.has(id) || placeKindOf(id) !== null);
  return [...ids.map((id) => `#${id}`).sort(), ...[...site.sharePages].map((id) => sharePagePath(id)).sort()];
}

/** The ledger with what is published now appended (new entries only, in order): never reordered, never pruned. */
export function appendToLedger(ledger: readonly LedgerEntry[], now: readonly LedgerEntry[]): LedgerEntry[] {
  const known = new Set(ledger);
  return [...ledger, ...now.filter((entry) => !known.has(entry))];
}

/**
 * Problems, each naming the file and the link: a ledger entry that no longer
 * lands (its id is neither on the page nor aliased to one that is; its share
 * page is gone), and a link published now that the ledger lacks.
 */
export function ledgerProblems(ledger: readonly LedgerEntry[], site: PublishedSite, aliases: Readonly<Record<string, string>>, file: string): string[] {
  const problems: string[] = [];
  for (const entry of ledger) {
    if (entry.startsWith('#')) {
      const id = entry.slice(1);
      if (site.pageIds.has(id)) continue;
      const target = aliases[id];
      if (target === undefined) problems.push(`${file}: "${entry}" was published and no longer lands (restore the id, or alias it in permalinks.yaml)`);
      else if (!site.pageIds.has(target)) problems.push(`${file}: "${entry}" is aliased to "${target}", which is not on the essay page`);
    } else {
      const id = anchorOfSharePage(entry);
      if (id === null) problems.push(`${file}: "${entry}" is neither "#<id>" nor "/s/<id>/"`);
      else if (!site.sharePages.has(id)) problems.push(`${file}: share page "${entry}" was published and is gone`);
    }
  }
  const known = new Set(ledger);
  const missing = publishedEntries(site).filter((entry) => !known.has(entry));
  if (missing.length) problems.push(`${file}: ${missing.length} published link(s) not yet in the ledger (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}): run \`npm run ledger\` after the build and commit it`);
  return problems;
}
