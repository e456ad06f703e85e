// One claim, said once: a native disclosure whose summary is the chart's row
// (label, horizon, status, bar) and whose body is the whole reading (the
// author's words, the horizon and its provenance, the end, the status, what
// happened since, the way back to the essay). Every claim shares one `name`,
// so opening one closes the other (an exclusive accordion, no JavaScript).
import { permalinkAttributes } from '../../lib/anchors';
import { claimAnchor } from '../../lib/places';
import { STATUS_TEXT, statusSentence, type Timeline, type TimelineClaim } from '../../lib/timeline';
import ClaimBar from './ClaimBar';
import Hindsight from './Hindsight';

/** The `name` every claim's <details> shares. */
export const ACCORDION = 'lead-time-claim';

interface Props {
  claim: TimelineClaim;
  timeline: Pick<Timeline, 'todayX' | 'today'>;
}

export default function ClaimRow({ claim, timeline }: Props) {
  const { horizon } = claim;
  // The shared permalink (copied by src/client/permalinks.ts), named for this claim below.
  const copyLink = permalinkAttributes(claimAnchor(claim.id), 'claim');
  return (
    <li id={claimAnchor(claim.id)} class="lt-row" data-status={claim.status} data-end={claim.end}>
      <details name={ACCORDION}>
        <summary class="lt-claim" data-roving-item>
          <span class="lt-label">{claim.label}</span>
          <span class="lt-meta">
            {horizon.short}
            {!horizon.stated && ' (our reading)'} · {STATUS_TEXT[claim.status]}
          </span>
          <ClaimBar bar={claim.bar} todayX={timeline.todayX} />
        </summary>
        <blockquote class="lt-quote">“{claim.phrase}”</blockquote>
        <p class="lt-facts">
          Horizon: {horizon.short} ({horizon.description}) from {claim.startText}, {horizon.source}
          {!horizon.stated && '; the author gave no number'}. Ends: {claim.endText}. {statusSentence(claim.status, timeline.today)}
        </p>
        <p class="lt-subhead">What happened since</p>
        <Hindsight lines={claim.hindsight} />
        <p class="lt-actions">
          <a class="lt-context" href={claim.context} aria-label={`Read in context: ${claim.label}`}>
            Read in context
          </a>
          <a {...copyLink} aria-label={`Copy link to claim: ${claim.label}`}></a>
        </p>
      </details>
    </li>
  );
}
