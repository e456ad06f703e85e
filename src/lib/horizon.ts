/** How the author bounded a number of years: "~10" about, "<10" under, "5+" at least. */
export type Qualifier = 'about' | 'under' | 'over' | 'exactly';

export interface Horizon {
  years: number;
  qualifier: Qualifier;
  /** The horizon as the data gives it, e.g. "~10" or "5+" (the author's number, or our reading: see HorizonSource). */
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

/**
 * Where a horizon's number comes from: the author wrote it ("~10 yr"), or he
 * used vague words ("within a few years") and the number is our reading of them.
 */
export type HorizonSource = { stated: true } | { stated: false; reading: string };

/** The source of a horizon, given the author's vague words when the number is ours. */
export function horizonSource(reading: string | undefined): HorizonSource {
  const words = reading?.trim();
  return words ? { stated: false, reading: words } : { stated: true };
}

/** "the author's number", or "our reading of “in a few years”" for a number the author did not give. */
export function describeSource(source: HorizonSource): string {
  return source.stated ? 'the author’s number' : `our reading of “${source.reading}”`;
}
