// The chart itself, rendered at build time only: the axis, the lines behind the
// rows, and one row per claim with its bar and (hidden) panel.
import type { Timeline, TimelineClaim } from '../../lib/timeline';
import ClaimBar from './ClaimBar';
import ClaimPanel, { STATUS_TEXT } from './ClaimPanel';
import { TimelineAxis, TimelineGrid } from './TimelineAxis';

function ClaimRow({ claim, timeline }: { claim: TimelineClaim; timeline: Timeline }) {
  return (
    <li id={`claim-${claim.id}`} class="lt-row anchored" data-status={claim.status} data-end={claim.end}>
      <a class="permalink" href={`#claim-${claim.id}`} data-permalink={`claim-${claim.id}`} data-ours aria-label="Copy link to this claim"></a>
      <a class="lt-claim" href={`#claim-${claim.id}`} aria-controls={`lt-panel-${claim.id}`}>
        <span class="lt-label">{claim.label}</span>
        <span class="lt-meta">
          <span class="lt-horizon">
            {claim.horizon.short}
            {!claim.horizon.stated && ' (our reading)'}
          </span>{' '}
          · <span class="lt-status">{STATUS_TEXT[claim.status]}</span>
        </span>
      </a>
      <ClaimBar bar={claim.bar} todayX={timeline.todayX} />
      <ClaimPanel claim={claim} todayText={timeline.todayText} />
    </li>
  );
}

export default function TimelineChart({ timeline }: { timeline: Timeline }) {
  return (
    <>
      <div class="lt-axis-row">
        <TimelineAxis ticks={timeline.ticks} todayX={timeline.todayX} todayText={timeline.todayText} today={timeline.today} />
      </div>
      <div class="lt-plot">
        <TimelineGrid ticks={timeline.ticks} todayX={timeline.todayX} />
        {timeline.groups.map((group) => (
          <div class="lt-group" key={group.kind}>
            <h4 class="lt-group-title">
              {group.title} <span class="lt-group-note">{group.description}</span>
            </h4>
            <ol class="lt-list">
              {group.claims.map((claim) => (
                <ClaimRow key={claim.id} claim={claim} timeline={timeline} />
              ))}
            </ol>
          </div>
        ))}
      </div>
    </>
  );
}
