// Our own line drawing of the Colosseum, in a 200 × 110 box: three arcaded
// tiers under an attic, the outer ring broken away on the right as it is today.

/** The silhouette (filled) and the arches, windows and cornices (stroked). */
export interface ColosseumDrawing {
  body: string;
  detail: string;
}

const GROUND = 104;
/** Cornice heights, top to bottom, and how far right each level still stands. */
const LEVELS = [
  { top: 6, bottom: 30, right: 130 },
  { top: 30, bottom: 54, right: 165 },
  { top: 54, bottom: 78, right: 200 },
  { top: 78, bottom: GROUND, right: 200 },
];
const PITCH = 19.6;

function arches(top: number, bottom: number, right: number): string {
  let d = '';
  for (let x = 5; x + 12 <= right - 3; x += PITCH) {
    // An opening with a round head, open at the foot.
    d += `M${x.toFixed(1)} ${bottom - 2}V${top + 10}A6 6 0 0 1 ${(x + 12).toFixed(1)} ${top + 10}V${bottom - 2}`;
  }
  return d;
}

function windows(top: number, right: number): string {
  let d = '';
  for (let x = 9; x + 6 <= right - 4; x += PITCH * 2) d += `M${x.toFixed(1)} ${top + 8}h6v8h-6z`;
  return d;
}

export function colosseum(): ColosseumDrawing {
  const [attic, third, second, first] = LEVELS as [(typeof LEVELS)[number], (typeof LEVELS)[number], (typeof LEVELS)[number], (typeof LEVELS)[number]];
  const body = `M0 ${GROUND}V${attic.top}H${attic.right}V${third.top}H${third.right}V${second.top}H${second.right}V${GROUND}Z`;
  const cornices = LEVELS.slice(1).map((level) => `M0 ${level.top}H${level.right}`).join('');
  const detail =
    cornices +
    `M-6 ${GROUND}H206` +
    windows(attic.top, attic.right) +
    arches(third.top, third.bottom, third.right) +
    arches(second.top, second.bottom, second.right) +
    arches(first.top, first.bottom, first.right);
  return { body, detail };
}
