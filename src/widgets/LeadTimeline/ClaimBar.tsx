// One claim's bar: from the essay to its horizon, its shape keeping the qualifier.
import { percent, type BarGeometry } from '../../lib/timeline';

/** Slices of the "~" fade: stepped rather than a gradient, so no SVG ids are needed. */
const FADE_STEPS = 5;
const MID = 9;

interface Props {
  bar: BarGeometry;
  /** Where today falls on the axis: marked across the bar, above it. */
  todayX: number;
}

export default function ClaimBar({ bar, todayX }: Props) {
  const width = (from: number, to: number) => percent(Math.max(to - from, 0.003));
  return (
    <svg class="lt-bar" width="100%" height="18" aria-hidden="true" focusable="false">
      <line class="lt-bar-track" x1="0" x2="100%" y1={MID} y2={MID} />
      <rect class={bar.hollow ? 'lt-bar-body lt-bar-hollow' : 'lt-bar-body'} x={percent(bar.start)} y="4" width={width(bar.start, bar.solidEnd)} height="10" rx="2" />
      {bar.band &&
        Array.from({ length: FADE_STEPS }, (_, step) => {
          const [from, to] = bar.band!;
          const slice = (to - from) / FADE_STEPS;
          return (
            <rect key={step} class="lt-bar-band" x={percent(from + step * slice)} y="4" width={width(0, slice)} height="10" fill-opacity={((FADE_STEPS - step) / (FADE_STEPS + 1)).toFixed(2)} />
          );
        })}
      {bar.open && (
        <>
          <line class="lt-bar-open" x1={percent(bar.open[0])} x2={percent(bar.open[1])} y1={MID} y2={MID} />
          <svg x="100%" y={MID} overflow="visible">
            <path class="lt-bar-arrow" d="M-7 -4.5 L-1 0 L-7 4.5" />
          </svg>
        </>
      )}
      {!bar.band && <line class="lt-bar-end" x1={percent(bar.end)} x2={percent(bar.end)} y1="1" y2="17" />}
      <line class="lt-bar-today" x1={percent(todayX)} x2={percent(todayX)} y1="0" y2="18" />
    </svg>
  );
}
