import { z } from 'astro/zod';

/** One change to an entry's text after it was added. */
export const revisionSchema = z.object({
  /** The day the text changed, an ISO day. */
  date: z.iso.date(),
  /** What changed, in one line. */
  summary: z.string().trim().min(1, { error: 'a revision says what changed, in one line' }),
});

/** When an entry was added and each later change to its text, oldest first. */
export const entryHistorySchema = z.object({
  /** The day the entry was published, an ISO day. */
  added: z.iso.date(),
  /** Its revisions, oldest first; none while it is unchanged. */
  revised: z.array(revisionSchema).default([]),
});

export type EntryHistory = z.infer<typeof entryHistorySchema>;
export type Revision = z.infer<typeof revisionSchema>;

/** The three kinds of entry that keep a history: notes, claims' and options rows' hindsight lines. */
export const HISTORY_SECTIONS = ['notes', 'claims', 'rows'] as const;
export type HistorySection = (typeof HISTORY_SECTIONS)[number];

/** What a history file is checked against: the ids that must have a history, and the build day. */
export interface HistoryContext {
  /** Per section, the ids that keep a history (every note; claims and rows with hindsight lines). */
  ids: Record<HistorySection, ReadonlySet<string>>;
  /** No date may come after the day the site is built. */
  buildDay: string;
}

/**
 * The history file (data/history.yaml): by section, entry id → its history.
 * Fails on an id that is not one of the section's entries, an entry without a
 * history, a revision before its entry was added or out of order, and any date
 * after the build day.
 */
export function historyFileSchema(context: HistoryContext) {
  const section = z.record(z.string(), entryHistorySchema).default({});
  return z.object({ notes: section, claims: section, rows: section }).superRefine((file, ctx) => {
    for (const name of HISTORY_SECTIONS) {
      const known = context.ids[name];
      for (const [id, history] of Object.entries(file[name])) {
        if (!known.has(id)) {
          ctx.addIssue({ code: 'custom', path: [name, id], message: `"${id}" is not one of the ${name} that keep a history` });
          continue;
        }
        if (history.added > context.buildDay) {
          ctx.addIssue({ code: 'custom', path: [name, id, 'added'], message: `${history.added} is after the build date ${context.buildDay}` });
        }
        history.revised.forEach((revision, index) => {
          const path = [name, id, 'revised', index, 'date'];
          if (revision.date < history.added) ctx.addIssue({ code: 'custom', path, message: `revised ${revision.date}, before it was added (${history.added})` });
          else if (revision.date > context.buildDay) ctx.addIssue({ code: 'custom', path, message: `${revision.date} is after the build date ${context.buildDay}` });
          const previous = history.revised[index - 1];
          if (previous && revision.date <= previous.date) ctx.addIssue({ code: 'custom', path, message: `revisions go oldest first, one a day: ${revision.date} follows ${previous.date}` });
        });
      }
      for (const id of known) {
        if (!(id in file[name])) ctx.addIssue({ code: 'custom', path: [name, id], message: `has no history: add its \`added\` date` });
      }
    }
  });
}

export type HistoryFile = z.infer<ReturnType<typeof historyFileSchema>>;
