// "What happened since": dated lines ("As of" for a fact that will age, "due for
// review" once past its review day), each
// with its source (and the source's own date only where the facts state it), shown the same way
// wherever they appear (an options-table row, a timeline claim). Static: rendered
// at build time by Astro, or inside a Preact tree, never hydrated on its own.
import type { HindsightLine } from '../lib/facts';

interface Props {
  lines: readonly HindsightLine[];
  /** The list's class, for the widget's own spacing. */
  class: string;
}

export default function HindsightList({ lines, class: className }: Props) {
  return (
    <ul class={`hindsight-lines ${className}`}>
      {lines.map((line, index) => (
        <li key={index}>
          {line.datetime ? (
            <>
              {line.asOf && 'As of '}
              {/* A fact past its review day says so (drawn from data-due by the stylesheet; the page marks it on the reader's day too). */}
              <time dateTime={line.datetime} data-review-by={line.reviewBy} data-due={line.due ? '' : undefined}>
                {line.dateText}
              </time>
            </>
          ) : (
            <span>Undated</span>
          )}
          {': '}
          {line.text}
          {line.source && (
            <>
              {' '}
              <a class="source-link" href={line.source}>
                Source: {line.sourceName}
                {line.sourceKind && ` (${line.sourceKind})`}
              </a>
              {line.sourceDateText && <> (post of {line.sourceDateText})</>}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
