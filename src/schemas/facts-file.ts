import { z } from 'astro/zod';
import { checkUniqueIds } from '../lib/data-file';
import { factSchema } from './fact';

/** The whole facts file: unique ids. */
export const factsFileSchema = z.array(factSchema).superRefine(checkUniqueIds);
