// The few hast helpers the essay's tree transform needs. Plain objects in,
// plain objects out: no parser, no Astro.
import type { Element, ElementContent, Properties, Root, RootContent, Text } from 'hast';

export type { Element, ElementContent, Properties, Root, RootContent, Text };

/** Any node the transform may meet: hast, and the MDX JSX and expression nodes it passes by. */
export type TreeNode = Root | RootContent | ElementContent;

export function element(tagName: string, properties: Properties = {}, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

export function text(value: string): Text {
  return { type: 'text', value };
}

export function isElement(node: unknown, ...tagNames: string[]): node is Element {
  const candidate = node as Element | undefined;
  return candidate?.type === 'element' && (tagNames.length === 0 || tagNames.includes(candidate.tagName));
}

/** The concatenated text of every text node under `node`, like the DOM's textContent. */
export function textContent(node: TreeNode): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as TreeNode[]).map(textContent).join('');
  return '';
}

/**
 * Attributes as written in HTML (`class`, `data-note`, `aria-label`) as hast
 * properties; the renderers map hyphenated names back unchanged.
 */
export function propertiesOf(attributes: Readonly<Record<string, string | boolean>>): Properties {
  const properties: Properties = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'class') properties.className = String(value).split(/\s+/).filter(Boolean);
    else if (name === 'for') properties.htmlFor = [String(value)];
    else properties[name] = value;
  }
  return properties;
}

/**
 * A plain deep copy of a node handed over by a parser (Sätteri gives lazy,
 * read-only views): only the hast fields, no positions.
 */
export function plainCopy<N extends TreeNode>(node: N): N {
  const source = node as unknown as Record<string, unknown>;
  const copy: Record<string, unknown> = { type: source.type };
  for (const key of ['tagName', 'properties', 'value', 'name', 'attributes']) {
    if (source[key] !== undefined) copy[key] = structuredClone(source[key]);
  }
  if (Array.isArray(source.children)) copy.children = (source.children as TreeNode[]).map(plainCopy);
  return copy as unknown as N;
}
