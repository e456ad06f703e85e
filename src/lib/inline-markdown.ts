import { escapeHtml } from './text';

const TOKEN = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|\*([^*]+)\*/g;

/**
 * Render the inline Markdown used in data files (links, **strong**, *emphasis*)
 * to HTML; everything else is escaped text.
 */
export function inlineMarkdown(source: string): string {
  let html = '';
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    html += escapeHtml(source.slice(last, match.index));
    const [, linkText, href, strong, em] = match;
    if (linkText !== undefined && href !== undefined) html += `<a href="${escapeHtml(href)}">${inlineMarkdown(linkText)}</a>`;
    else if (strong !== undefined) html += `<strong>${inlineMarkdown(strong)}</strong>`;
    else if (em !== undefined) html += `<em>${inlineMarkdown(em)}</em>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(source.slice(last));
}

/** The plain text of inline Markdown (link targets and markers dropped). */
export function inlineMarkdownText(source: string): string {
  return source.replace(TOKEN, (_whole, linkText?: string, _href?: string, strong?: string, em?: string) =>
    inlineMarkdownText(linkText ?? strong ?? em ?? ''),
  );
}
