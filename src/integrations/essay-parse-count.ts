import type { AstroIntegration } from 'astro';
import { essayParseCount } from '../loaders/essay-model';

/**
 * Fails the build unless the essay's MDX was parsed exactly once for the
 * model (besides Astro's own compile): every reader of the essay shares it.
 */
export function essayParsedOnce(): AstroIntegration {
  return {
    name: 'site:essay-parse-count',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const parses = essayParseCount();
        if (parses !== 1) throw new Error(`The essay was parsed ${parses} times for its model in this build; it must be once (src/loaders/essay-model.ts).`);
        logger.info('essay parsed once for its model');
      },
    },
  };
}
