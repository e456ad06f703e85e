// One claim's bar: from the essay to its horizon, its shape keeping the qualifier.
// The track is the SVG's CSS background; a "~" fade is one rect masked by the
// chart's one shared gradient (TimelineDefs), so it keeps the bar's colour.
import { percent, type BarGeometry } from '../../lib/timeline';

/** The id of the shared fade mask, drawn once per chart by TimelineDefs. */
export const FADE_MASK = 'lt-fade';

interface Props {
  bar: BarGeometry;
  /** Where today falls on the axis: marked across the bar, above it. */
  todayX: number;
}

export default function ClaimBar({ bar, todayX }: Props) {
  const width = (from: number, to: number) => percent(Math.max(to - from, 0.003));
  const at = (x: number) => ({ x1: percent(x), x2: percent(x) });
  return (
    <svg class="lt-bar" aria-hidden="true" focusable="false">
      <rect class={bar.hollow ? 'lt-bar-body lt-bar-hollow' : 'lt-bar-body'} x={percent(bar.start)} y="4" width={width(bar.start, bar.solidEnd)} height="10" rx="2" />
      {bar.band ? (
        <rect class="lt-bar-fade" x={percent(bar.band[0])} y="4" width={width(...bar.band)} height="10" mask={`url(#${FADE_MASK})`} />
      ) : (
        <line class="lt-bar-end" {...at(bar.end)} y1="1" y2="17" />
      )}
      {bar.open && <line class="lt-bar-open" x1={percent(bar.open[0])} x2={percent(bar.open[1])} y1="9" y2="9" />}
      <line class="lt-bar-today" {...at(todayX)} y1="0" y2="18" />
    </svg>
  );
}

/** What every bar shares: the fade of a "~" horizon, as a mask over the bar's own colour (a gradient's stops would take their colour from here, not from the bar). */
export function TimelineDefs() {
  return (
    <svg class="lt-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <linearGradient id={`${FADE_MASK}-gradient`}>
        <stop offset="0" stop-color="#fff" stop-opacity="0.85" />
        <stop offset="1" stop-color="#fff" stop-opacity="0" />
      </linearGradient>
      <mask id={FADE_MASK} maskContentUnits="objectBoundingBox">
        <rect width="1" height="1" fill={`url(#${FADE_MASK}-gradient)`} />
      </mask>
    </svg>
  );
}
