// The year axis with the "today" label, and the lines drawn behind every row.
// Labels are sized in rem by the stylesheet and placed in em, so they grow with
// the reader's font size; the ticks are two paths in a stretched viewBox.
import { labelAnchor, percent, type Timeline } from '../../lib/timeline';

type AxisProps = Pick<Timeline, 'ticks' | 'todayX' | 'todayText' | 'today'>;

/** Tick x positions in a 0..1000 viewBox, as one path of vertical strokes from `top` down. */
function tickPath(xs: readonly number[], top: number): string {
  return xs.map((x) => `M${Math.round(x * 10_000) / 10} ${top}V10`).join('');
}

export function TimelineAxis({ ticks, todayX, todayText, today }: AxisProps) {
  const anchor = labelAnchor(todayX);
  const first = ticks[0]?.year;
  const major = ticks.filter((tick) => tick.major);
  return (
    <svg class="lt-axis" aria-hidden="true" focusable="false">
      <text class="lt-today-label" x={percent(todayX)} dx={anchor === 'start' ? '0.4em' : '-0.4em'} y="1em" text-anchor={anchor} data-date={today}>
        Today · {todayText}
      </text>
      {major.map((tick) => (
        <text
          key={tick.year}
          class={tick.year === first ? 'lt-year lt-year-first' : 'lt-year'}
          x={percent(tick.x)}
          y="2.45em"
          text-anchor={tick.x === 0 ? 'start' : tick.x === 1 ? 'end' : 'middle'}
        >
          {tick.year}
        </text>
      ))}
      <svg class="lt-ticks" y="80%" height="20%" viewBox="0 0 1000 10" preserveAspectRatio="none">
        <path class="lt-tick" d={tickPath(ticks.filter((tick) => !tick.major).map((tick) => tick.x), 5)} />
        <path class="lt-tick lt-tick-major" d={tickPath(major.map((tick) => tick.x), 0)} />
      </svg>
      <line class="lt-today" x1={percent(todayX)} x2={percent(todayX)} y1="0" y2="100%" />
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
