// A text fragment's words, read from an address (client/passage-arrival.ts).
import type { PassageLink } from './selection-link';

/**
 * The words a text fragment names (`…#id:~:text=[prefix-,]start[,end][,-suffix]`),
 * read from a whole address, or null when it carries none. Only the first
 * `text=` directive counts; its prefix and suffix are context, not the words.
 */
export function textDirectiveOf(address: string): Pick<PassageLink, 'start' | 'end'> | null {
  const directive = address.split(':~:')[1];
  const text = directive?.split('&').find((part) => part.startsWith('text='));
  if (!text) return null;
  const parts = text.slice('text='.length).split(',');
  if (parts[0]?.endsWith('-')) parts.shift();
  if (parts.at(-1)?.startsWith('-')) parts.pop();
  if (parts.length < 1 || parts.length > 2 || parts.some((part) => !part)) return null;
  try {
    const [start, end] = parts.map((part) => decodeURIComponent(part).replace(/\s+/g, ' ').trim());
    if (!start) return null;
    return end ? { start, end } : { start };
  } catch {
    return null;
  }
}
