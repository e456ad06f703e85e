// What an Atom feed must hold (RFC 4287 §4.1), checked on its text: it parses
// as XML, the feed and each entry have their required elements, entry ids are
// unique, and each entry links to a place that exists. Pure: the feed's text
// and the page's ids arrive as arguments.
import sax from 'sax';
import { anchorOfHash } from './places.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
/** RFC 3339 date-time, as Atom's updated requires. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** The feed as a tree of elements, or the parser's error. */
function parseXml(xml: string): XmlElement | string {
  const parser = sax.parser(true, { xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let error: string | undefined;
  parser.onerror = (problem) => {
    error ??= problem.message.split('\n')[0];
    parser.resume();
  };
  parser.onopentag = (tag) => {
    const node = tag as sax.QualifiedTag;
    const attributes = Object.fromEntries(Object.values(node.attributes).map((attribute) => [attribute.local || attribute.name, attribute.value]));
    const element: XmlElement = { name: node.local, uri: node.uri, attributes, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => {
    const open = stack.at(-1);
    if (open) open.text += text;
  };
  parser.write(xml).close();
  return error ?? root ?? 'no root element';
}

const childrenNamed = (element: XmlElement, name: string) => element.children.filter((child) => child.name === name && child.uri === ATOM);

/**
 * Problems with an Atom feed, each naming the feed and, for an entry, its id.
 * `pageIds` are the ids on the page entries link to (at `pageUrl`); an entry
 * linking elsewhere, or to an id not on it, is a problem.
 */
export function atomProblems(xml: string, where: string, pageUrl: string, pageIds: ReadonlySet<string>): string[] {
  const feed = parseXml(xml);
  if (typeof feed === 'string') return [`${where}: not well-formed XML: ${feed}`];
  if (feed.name !== 'feed' || feed.uri !== ATOM) return [`${where}: the root is <${feed.name}> in "${feed.uri}", not an Atom <feed>`];
  const problems: string[] = [];
  const required = (element: XmlElement, label: string, feedAuthor: boolean) => {
    for (const name of ['id', 'title', 'updated']) {
      const found = childrenNamed(element, name);
      if (found.length !== 1) problems.push(`${where}: ${label} has ${found.length} <${name}>, not 1`);
      else if (!found[0]!.text.trim()) problems.push(`${where}: ${label} has an empty <${name}>`);
    }
    const updated = childrenNamed(element, 'updated')[0]?.text.trim();
    if (updated && !DATE_TIME.test(updated)) problems.push(`${where}: ${label}: <updated> "${updated}" is not an RFC 3339 date-time`);
    const authors = childrenNamed(element, 'author');
    if (!feedAuthor && authors.length === 0) problems.push(`${where}: ${label} has no <author> (nor has the feed)`);
    for (const author of authors) if (!childrenNamed(author, 'name')[0]?.text.trim()) problems.push(`${where}: ${label}: an <author> without a <name>`);
  };
  required(feed, 'the feed', false);
  const feedAuthor = childrenNamed(feed, 'author').length > 0;
  const entries = childrenNamed(feed, 'entry');
  if (entries.length === 0) problems.push(`${where}: no entries`);
  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    const id = childrenNamed(entry, 'id')[0]?.text.trim() ?? '';
    const label = `entry ${index + 1} (${id || 'no id'})`;
    required(entry, label, feedAuthor);
    if (id && ids.has(id)) problems.push(`${where}: ${label}: duplicate id`);
    ids.add(id);
    const content = childrenNamed(entry, 'content')[0];
    if (!content || content.attributes['type'] !== 'html' || !content.text.trim()) problems.push(`${where}: ${label}: no <content type="html"> with the entry's text`);
    const link = childrenNamed(entry, 'link').find((candidate) => (candidate.attributes['rel'] ?? 'alternate') === 'alternate');
    const href = link?.attributes['href'];
    if (!href) {
      problems.push(`${where}: ${label}: no <link rel="alternate"> to its place`);
      return;
    }
    const target = new URL(href, pageUrl);
    const fragment = anchorOfHash(target.hash);
    if (`${target.origin}${target.pathname}` !== new URL(pageUrl).href || !pageIds.has(fragment)) {
      problems.push(`${where}: ${label}: links to ${href}, not to an id on ${pageUrl}`);
    }
  });
  return problems;
}

/** The fragment ids every entry of a feed links to, in order (to check that each note appears). */
export function atomEntryTargets(xml: string): string[] {
  const feed = parseXml(xml);
  if (typeof feed === 'string') return [];
  return childrenNamed(feed, 'entry').flatMap((entry) => {
    const href = childrenNamed(entry, 'link')[0]?.attributes['href'];
    return href ? [anchorOfHash(new URL(href, 'http://x.invalid/').hash)] : [];
  });
}
