// Where the margin notes go: a pure function of their lines, their heights and
// the full-width blocks, so the layout pass (client/margin-notes.ts) stays a
// thin loop over the DOM and this part is unit-tested.
//
// After gwern.net's sidenotes.js, where earlier notes move up when later ones
// need room: rather than pushing each note below the one before (a crowded
// paragraph then drives its last notes far from their lines), the notes share
// the room. The layout first finds the smallest distance D such that every note
// can sit within D of its line, in order, clear of each other and of the blocks;
// then puts each note as near its own line as that allows.

/** Farthest a note may sit from its line, in CSS pixels. */
export const MAX_DISTANCE = 300;
/** Space kept between notes, and between a note and a full-width block. */
export const GAP = 12;

/** A vertical span, in pixels from the top of the essay body. */
export interface Span {
  top: number;
  bottom: number;
}

/** A margin note to place: the top of its number's line, and its height. */
export interface MarginNote {
  line: number;
  height: number;
}

/** The column the notes share: where it starts and ends, and the full-width blocks they keep clear of (in order). */
export interface Column extends Span {
  blocked: readonly Span[];
}

/** The block a note at `top` would run into, if any. */
const clash = (top: number, height: number, blocked: readonly Span[]) =>
  blocked.find((block) => top < block.bottom + GAP && top + height + GAP > block.top);

/** The highest top at or below `top` where the note is clear of every block. */
function clearBelow(top: number, height: number, blocked: readonly Span[]): number {
  for (let block = clash(top, height, blocked); block; block = clash(top, height, blocked)) top = block.bottom + GAP;
  return top;
}

/** The lowest top at or above `top` where the note is clear of every block. */
function clearAbove(top: number, height: number, blocked: readonly Span[]): number {
  for (let block = clash(top, height, blocked); block; block = clash(top, height, blocked)) top = block.top - GAP - height;
  return top;
}

/**
 * Each note placed as high as it may go (within `reach` of its line, below the
 * note before): its top, or the index of the first note that cannot be placed.
 */
function earliest(notes: readonly MarginNote[], reach: number, column: Column): number[] | number {
  const tops: number[] = [];
  let floor = column.top;
  for (const [i, note] of notes.entries()) {
    const top = clearBelow(Math.max(floor, note.line - reach), note.height, column.blocked);
    if (top > note.line + reach || top + note.height > column.bottom) return i;
    tops.push(top);
    floor = top + note.height + GAP;
  }
  return tops;
}

/** Each note placed as low as it may go while every note below it still fits (assumes `earliest` succeeded). */
function latest(notes: readonly MarginNote[], reach: number, column: Column): number[] {
  const tops: number[] = [];
  let ceiling = column.bottom + GAP;
  for (let i = notes.length - 1; i >= 0; i--) {
    const note = notes[i]!;
    const top = clearAbove(Math.min(ceiling - GAP - note.height, note.line + reach), note.height, column.blocked);
    tops[i] = top;
    ceiling = top;
  }
  return tops;
}

/** The smallest whole reach up to MAX_DISTANCE at which every note fits, or null. */
function smallestReach(notes: readonly MarginNote[], column: Column): number | null {
  if (typeof earliest(notes, MAX_DISTANCE, column) === 'number') return null;
  let low = 0;
  let high = MAX_DISTANCE;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (typeof earliest(notes, mid, column) === 'number') low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Tops for `notes` (in reading order) in `column`, one per note: a number, or
 * null for a note that cannot sit within MAX_DISTANCE of its line and folds.
 * When not all fit, the first note that cannot be placed folds (earlier notes
 * keep their place) and the rest are laid out again.
 */
export function layOutNotes(notes: readonly MarginNote[], column: Column): (number | null)[] {
  const placed = notes.map((_, i) => i);
  let reach = smallestReach(notes, column);
  while (reach === null) {
    const failed = earliest(
      placed.map((i) => notes[i]!),
      MAX_DISTANCE,
      column,
    ) as number;
    placed.splice(failed, 1);
    reach = smallestReach(
      placed.map((i) => notes[i]!),
      column,
    );
  }
  const kept = placed.map((i) => notes[i]!);
  const lowest = latest(kept, reach, column);
  const tops: (number | null)[] = notes.map(() => null);
  let floor = column.top;
  for (const [k, note] of kept.entries()) {
    // As near its line as the notes above (floor) and below (lowest) allow, clear of the blocks.
    const low = clearBelow(Math.max(floor, note.line - reach), note.height, column.blocked);
    const high = lowest[k]!;
    const wanted = Math.min(Math.max(note.line, low), high);
    let top = clash(wanted, note.height, column.blocked) ? nearestClear(wanted, note.height, low, high, column.blocked) : wanted;
    top = Math.round(top);
    tops[placed[k]!] = top;
    floor = top + note.height + GAP;
  }
  return tops;
}

/** The clear top nearest `wanted` within [low, high] (low and high are clear, so one of them at worst). */
function nearestClear(wanted: number, height: number, low: number, high: number, blocked: readonly Span[]): number {
  const above = clearAbove(wanted, height, blocked);
  const below = clearBelow(wanted, height, blocked);
  const candidates = [above, below, low, high].filter((top) => top >= low && top <= high);
  return candidates.reduce((best, top) => (Math.abs(top - wanted) < Math.abs(best - wanted) ? top : best));
}
