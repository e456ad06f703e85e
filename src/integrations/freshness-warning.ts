import type { AstroIntegration } from 'astro';
import { freshnessWarnings } from '../lib/freshness';
import { findDueFacts } from '../loaders/freshness-files';
import { buildDate } from '../lib/timeline/calendar';

/**
 * Warns during a build for every fact whose `reviewBy` is within 30 days of the
 * build date or past it, naming it and the lines that cite it. The build goes
 * on: a dated fact stays true as of its date; `npm run check:freshness` is the
 * check that fails, once the day has passed.
 */
export function freshnessWarning(): AstroIntegration {
  return {
    name: 'site:freshness',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        for (const warning of freshnessWarnings(await findDueFacts(buildDate(process.env.BUILD_DATE)))) logger.warn(warning);
      },
    },
  };
}
