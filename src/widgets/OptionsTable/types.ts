/**
 * A row as the island receives it: plain data for filtering, sorting and
 * labels. The author's cells and our notes arrive as slots (`option<n>`,
 * `pros<n>`, `cons<n>`, `since<n>`, n = `slot`), so their HTML is sent once.
 */
export interface OptionRowView {
  id: string;
  /** Index of the row's slots: its place in the author's order. */
  slot: number;
  kind: string;
  kindSlug: string;
  /** Plain text of the Option cell, for labels. */
  optionText: string;
  /** Longest claimed lead in years, or null. */
  lead: number | null;
  /** "about 10 years on compute; about 10 years on manufacturing", or null. */
  leadLabel: string | null;
  authorsChoice: boolean;
  /** How many hindsight lines the row has. */
  hindsightCount: number;
}

export interface KindView {
  slug: string;
  label: string;
}
