// Where a margin note goes: a pure function of its line, its height, the notes
// above it and the full-width blocks, so the layout pass (client/margin-notes.ts)
// stays a thin loop over the DOM and this part is unit-tested.

/** Farthest a note may sit from its line, in CSS pixels. */
export const MAX_DISTANCE = 300;
/** Space kept between notes, and between a note and a full-width block. */
export const GAP = 12;

/** A vertical span, in pixels from the top of the essay body. */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * Where a note of `height` wanting to start at `wanted` goes, given the lowest
 * point the notes above reach (`floor`) and the full-width blocks (`blocked`,
 * in order): its top, or null when it must fold. Pure, for unit tests.
 */
export function fitNote(wanted: number, height: number, floor: number, blocked: readonly Span[], limit: number): number | null {
  const clash = (top: number) => blocked.find((block) => top < block.bottom + GAP && top + height + GAP > block.top);
  let top = Math.max(wanted, floor);
  let block = clash(top);
  if (block) {
    // Runs into a full-width block: sit just above it if that stays clear, else below it.
    const above = block.top - GAP - height;
    if (above >= floor && !clash(above)) top = above;
    else for (; block; block = clash(top)) top = block.bottom + GAP;
  }
  if (Math.abs(top - wanted) > MAX_DISTANCE || top + height > limit) return null;
  return top;
}
