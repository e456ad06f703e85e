// The options table's rows as the rest of the essay sees them: each row is a
// place (`option-<id>`) whose text phrases are found in, and whose lead times are claims.
import type { Option } from '../schemas/option';
import type { PlacedClaim } from './essay-marks';
import { inlineText } from './markdown';
import { rowAnchor } from './places';
import { normalizeText } from './text';

/** A row's text, as phrases in it are checked: its option, pros and cons. */
export const rowText = (row: Option) => normalizeText([row.option, row.pros, row.cons].map(inlineText).join(' '));

/** The claims a row's lead times make, placed in the row. `file` is the options file, for errors. */
export function rowClaims(rows: readonly Option[], file: string): PlacedClaim[] {
  return rows.flatMap((row) =>
    row.leadTimes.map((lead) => ({
      id: lead.id,
      paragraph: rowAnchor(row.id),
      phrase: lead.phrase,
      label: `${inlineText(row.option)}: lead on ${lead.area}`,
      definedIn: `${file}: row ${row.id} → leadTimes ${lead.id}`,
    })),
  );
}
