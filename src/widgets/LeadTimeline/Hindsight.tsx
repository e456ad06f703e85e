// What happened since a claim: dated lines, each with its source.
import type { HindsightLine } from '../../lib/timeline';

interface Props {
  lines: readonly HindsightLine[];
}

export default function Hindsight({ lines }: Props) {
  if (lines.length === 0) return <p class="lt-none">Nothing in our sources speaks to this yet.</p>;
  return (
    <ul class="lt-hindsight">
      {lines.map((line, index) => (
        <li key={index}>
          {line.datetime ? (
            <>
              {line.asOf && 'As of '}
              <time dateTime={line.datetime}>{line.dateText}</time>
            </>
          ) : (
            <span>Undated</span>
          )}
          {': '}
          {line.text}
          {line.source && (
            <>
              {' '}
              <a class="lt-source" href={line.source}>
                Source: {line.sourceName}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
