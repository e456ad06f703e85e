import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';

/** A project-relative path ("src/data/options.yaml") as a file URL; builds and tests run from the project root. */
export function projectUrl(path: string): URL {
  return new URL(path, `file://${process.cwd()}/`);
}

/** A data file failed validation; the message names the file, the entry and the field. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

type Issue = { path: PropertyKey[]; message: string };

/** Describe where an issue sits: `row 5 (tesla) → pros`. */
export function describeIssuePath(data: unknown, path: readonly PropertyKey[], entryName: string): string {
  const [first, ...rest] = path;
  if (typeof first === 'number' && Array.isArray(data)) {
    const entry = data[first] as { id?: unknown } | undefined;
    const id = entry && typeof entry === 'object' && typeof entry.id === 'string' ? ` (${entry.id})` : '';
    const field = rest.length ? ` → ${rest.map(String).join('.')}` : '';
    return `${entryName} ${first + 1}${id}${field}`;
  }
  return path.length ? path.map(String).join('.') : '(whole file)';
}

/** One line per issue, each naming the file, the entry and the field. */
export function formatIssues(file: string, data: unknown, issues: readonly Issue[], entryName: string): string {
  const lines = issues.map((issue) => `  ${file}: ${describeIssuePath(data, issue.path, entryName)}: ${issue.message}`);
  return `Invalid data in ${file}:\n${lines.join('\n')}`;
}

/**
 * Parse YAML text and validate it against a schema, throwing a DataFileError
 * whose message lists every problem with its file, entry and field.
 */
export function parseDataFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  entryName = 'entry',
): z.output<S> {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new DataFileError(`Invalid YAML in ${file}: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new DataFileError(formatIssues(file, data, result.error.issues, entryName));
  return result.data;
}

/** Zod refinement helper: flag every entry whose `id` repeats an earlier one. */
export function checkUniqueIds(entries: readonly { id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = seen.get(entry.id);
    if (first === undefined) seen.set(entry.id, index);
    else ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${entry.id}" (first used by entry ${first + 1})` });
  });
}

/** Ids that appear in more than one place across several files, each described with both places. */
export function duplicateIdsAcrossFiles(files: readonly { file: string; entries: readonly { id: string }[] }[], entryName = 'entry'): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { file, entries } of files) {
    entries.forEach((entry, index) => {
      const place = `${file}: ${entryName} ${index + 1} (${entry.id})`;
      const first = seen.get(entry.id);
      if (first) problems.push(`  ${place} → id: duplicate id "${entry.id}", already used at ${first}`);
      else seen.set(entry.id, place);
    });
  }
  return problems;
}
