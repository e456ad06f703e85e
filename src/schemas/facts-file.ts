import { z } from 'astro/zod';
import { checkUniqueIds } from '../lib/data-file';
import { factSchema } from './fact';

/** The whole facts file: unique ids; a source kind on every press fact and on no other. */
export const factsFileSchema = z.array(factSchema).superRefine((facts, ctx) => {
  checkUniqueIds(facts, ctx);
  facts.forEach((fact, index) => {
    if (fact.standing === 'press' && !fact.sourceKind) {
      ctx.addIssue({ code: 'custom', path: [index, 'sourceKind'], message: 'a press fact needs a sourceKind ("press report" or "reference work"), printed after its link' });
    }
    if (fact.standing !== 'press' && fact.sourceKind) {
      ctx.addIssue({ code: 'custom', path: [index, 'sourceKind'], message: 'only a press fact has a sourceKind' });
    }
  });
});
