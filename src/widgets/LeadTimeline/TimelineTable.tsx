// The timeline's data as a table: rendered at build time only, no JavaScript.
// Explicit ARIA roles keep it a table when narrow screens restyle rows as cards.
import type { Timeline } from '../../lib/timeline';
import { STATUS_TEXT } from './ClaimPanel';
import Hindsight from './Hindsight';

const KIND_WORDS = { 'lead-time': 'lead time', forecast: 'forecast', milestone: 'milestone' } as const;

export default function TimelineTable({ timeline }: { timeline: Timeline }) {
  const claims = timeline.groups.flatMap((group) => group.claims);
  return (
    <table class="lt-table" role="table">
      <caption>
        Every time-boxed claim in the essay, its horizon counted from the essay’s date, and its status on {timeline.todayText}
      </caption>
      <thead>
        <tr role="row">
          {['Claim', 'The author’s words', 'Horizon', 'Ends', 'Status', 'What happened since'].map((name) => (
            <th key={name} scope="col" role="columnheader">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {claims.map((claim) => (
          <tr key={claim.id} role="row" data-claim={claim.id} data-status={claim.status}>
            <th scope="row" role="rowheader">
              {claim.label} <span class="lt-kind">({KIND_WORDS[claim.kind]})</span>
            </th>
            <td role="cell" data-label="The author’s words">
              “{claim.phrase}”{' '}
              <a href={claim.context}>
                Read in context<span class="visually-hidden">: {claim.label}</span>
              </a>
            </td>
            <td role="cell" data-label="Horizon">
              {claim.horizon.short}{' '}
              <span class="lt-muted">
                ({claim.horizon.description}; {claim.horizon.source})
              </span>
            </td>
            <td role="cell" data-label="Ends">
              {claim.endText}
            </td>
            <td role="cell" data-label="Status">
              {STATUS_TEXT[claim.status]}
            </td>
            <td role="cell" data-label="What happened since">
              <Hindsight lines={claim.hindsight} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
