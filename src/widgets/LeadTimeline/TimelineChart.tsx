// The chart, rendered at build time only: the axis, the lines behind the rows,
// and one row per claim (ClaimRow), grouped by kind.
import { Fragment } from 'preact';
import type { Timeline } from '../../lib/timeline';
import { TimelineDefs } from './ClaimBar';
import ClaimRow from './ClaimRow';
import { TimelineAxis, TimelineGrid } from './TimelineAxis';

export default function TimelineChart({ timeline }: { timeline: Timeline }) {
  return (
    <>
      <TimelineDefs />
      <TimelineAxis ticks={timeline.ticks} todayX={timeline.todayX} todayText={timeline.todayText} today={timeline.today} />
      {/* The claims are one roving-focus group (client/roving.ts): one Tab stop, arrows between them. */}
      <div class="lt-plot" data-roving>
        <TimelineGrid ticks={timeline.ticks} todayX={timeline.todayX} />
        {timeline.groups.map((group) => (
          <Fragment key={group.kind}>
            <h4 class="lt-group-title">
              {group.title} <span class="lt-group-note">{group.description}</span>
            </h4>
            <ol class="lt-list">
              {group.claims.map((claim) => (
                <ClaimRow key={claim.id} claim={claim} timeline={timeline} />
              ))}
            </ol>
          </Fragment>
        ))}
      </div>
    </>
  );
}
