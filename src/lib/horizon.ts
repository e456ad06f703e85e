/** How the author bounded a number of years: "~10" about, "<10" under, "5+" at least. */
export type Qualifier = 'about' | 'under' | 'over' | 'exactly';

export interface Horizon {
  years: number;
  qualifier: Qualifier;
  /** The horizon as written in the data, e.g. "~10" or "5+". */
  text: string;
}

export const HORIZON_PATTERN = /^(~|<|>)?(\d+(?:\.\d+)?)(\+)?$/;

/** Parse a horizon such as "~10", "<10", "5+" or "20"; throws on anything else. */
export function parseHorizon(text: string): Horizon {
  const match = HORIZON_PATTERN.exec(text.trim());
  if (!match) throw new Error(`not a horizon: "${text}" (use e.g. "~10", "<10", "5+" or "20")`);
  const [, prefix, number, plus] = match;
  if (prefix && plus) throw new Error(`a horizon takes one qualifier, not two: "${text}"`);
  const qualifier: Qualifier =
    prefix === '~' ? 'about' : prefix === '<' ? 'under' : prefix === '>' || plus ? 'over' : 'exactly';
  return { years: Number(number), qualifier, text: text.trim() };
}

/** "about 10 years", "under 10 years", "5+ years", "1 year". */
export function describeHorizon({ years, qualifier }: Horizon): string {
  const unit = years === 1 ? 'year' : 'years';
  switch (qualifier) {
    case 'about':
      return `about ${years} ${unit}`;
    case 'under':
      return `under ${years} ${unit}`;
    case 'over':
      return `${years}+ ${unit}`;
    default:
      return `${years} ${unit}`;
  }
}
