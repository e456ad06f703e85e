// The details of one claim: the author's words, the horizon, what happened since.
import type { TimelineClaim } from '../../lib/timeline';
import Hindsight from './Hindsight';

export const STATUS_TEXT = { passed: 'horizon passed', open: 'still open' } as const;

interface Props {
  claim: TimelineClaim;
  todayText: string;
}

export default function ClaimPanel({ claim, todayText }: Props) {
  return (
    <div class="lt-panel" id={`lt-panel-${claim.id}`}>
      {/* Shown only once the island runs: without JavaScript there is nothing to close. */}
      <button type="button" class="lt-close" aria-label={`Close: ${claim.label}`}>
        <span aria-hidden="true">×</span>
      </button>
      <blockquote class="lt-quote">
        <p>“{claim.phrase}”</p>
      </blockquote>
      <dl class="lt-facts">
        <div>
          <dt>Horizon</dt>
          <dd>
            {claim.horizon.short} ({claim.horizon.description}) from {claim.startText}: {claim.horizon.source}
            {!claim.horizon.stated && '; the author gave no number'}
          </dd>
        </div>
        <div>
          <dt>Ends</dt>
          <dd>{claim.endText}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            {STATUS_TEXT[claim.status]}, as of {todayText}
          </dd>
        </div>
      </dl>
      <p class="lt-subhead">What happened since</p>
      <Hindsight lines={claim.hindsight} />
      <p class="lt-actions">
        <a class="lt-context" href={claim.context}>
          Read in context<span class="visually-hidden">: {claim.label}</span>
        </a>
      </p>
    </div>
  );
}
