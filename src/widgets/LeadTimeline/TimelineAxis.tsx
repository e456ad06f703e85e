// The year axis with the "today" label, and the lines drawn behind every row.
import { labelAnchor, percent, type Timeline } from '../../lib/timeline';

type AxisProps = Pick<Timeline, 'ticks' | 'todayX' | 'todayText' | 'today'>;

export function TimelineAxis({ ticks, todayX, todayText, today }: AxisProps) {
  const anchor = labelAnchor(todayX);
  const first = ticks[0]?.year;
  return (
    <svg class="lt-axis" width="100%" height="46" aria-hidden="true" focusable="false">
      <text class="lt-today-label" x={percent(todayX)} dx={anchor === 'start' ? 5 : -5} y="12" text-anchor={anchor} data-date={today}>
        Today · {todayText}
      </text>
      {ticks
        .filter((tick) => tick.major)
        .map((tick) => (
          <text
            key={tick.year}
            class={tick.year === first ? 'lt-year lt-year-first' : 'lt-year'}
            x={percent(tick.x)}
            y="32"
            text-anchor={tick.x === 0 ? 'start' : tick.x === 1 ? 'end' : 'middle'}
          >
            {tick.year}
          </text>
        ))}
      {ticks.map((tick) => (
        <line key={tick.year} class={tick.major ? 'lt-tick lt-tick-major' : 'lt-tick'} x1={percent(tick.x)} x2={percent(tick.x)} y1={tick.major ? 37 : 41} y2="46" />
      ))}
      <line class="lt-today" x1={percent(todayX)} x2={percent(todayX)} y1="0" y2="46" />
    </svg>
  );
}

export function TimelineGrid({ ticks, todayX }: Pick<Timeline, 'ticks' | 'todayX'>) {
  return (
    <svg class="lt-grid" aria-hidden="true" focusable="false">
      {ticks
        .filter((tick) => tick.major)
        .map((tick) => (
          <line key={tick.year} class="lt-gridline" x1={percent(tick.x)} x2={percent(tick.x)} y1="0" y2="100%" />
        ))}
      <line class="lt-today" data-today x1={percent(todayX)} x2={percent(todayX)} y1="0" y2="100%" />
    </svg>
  );
}
