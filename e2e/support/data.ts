// The project's data, read through the same schemas and parsers the build uses.
import { essayModel } from '../../src/loaders/essay-model';

const model = await essayModel();

/** The permalink registry (src/data/permalinks.yaml). */
export const registry = model.registry;

/** Every id a reader may have linked to, aliases aside. */
export const liveIds = [...registry.sections, ...Object.keys(registry.paragraphs), ...registry.anchors];

/** Every note, in reading order. */
export const notes = model.notes;

export const facts = model.facts;

export const optionRows = model.rows;

/** When each note, and each claim's and row's hindsight, was added and revised (src/data/history.yaml). */
export const history = model.history;

/** Every claim on the timeline: the options table's lead times, then the prose's claims. */
export const claims = [
  ...optionRows.flatMap((row) => row.leadTimes.map((lead) => ({ id: lead.id, phrase: lead.phrase, facts: row.hindsight.map((line) => line.fact).filter((fact) => lead.facts.includes(fact)) }))),
  ...model.claims.map((claim) => ({
    id: claim.id,
    phrase: claim.phrase,
    facts: claim.hindsight.map((line) => line.fact),
  })),
];
