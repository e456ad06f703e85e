import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The rule sets every page and widget is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The rules whose verdict depends on colour: what a second colour scheme of the
 * same page can change (the site's themes differ only in colour: tokens.css).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe's violations on the page, or inside `include`, as "rule: targets" lines
 * (empty when clean); `rules` narrows the sweep to those (a second colour
 * scheme needs only COLOUR_RULES), else every rule of AXE_TAGS.
 *
 * Run in the page itself (axe.run, "legacy mode"): the default splits a run
 * into a partial run per frame and a finishing run in a fresh blank page that
 * is sent every result of the first, on a page this long about 2.5 times the
 * time. What the split adds is cross-origin frames, and there are none: any
 * request to another host fails the test (fixtures.ts). Only violations are
 * asked for: collecting every pass is most of axe's time too.
 */
export async function axeViolations(page: Page, { include, rules }: { include?: string; rules?: string[] } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  if (rules) builder.withRules(rules);
  else builder.withTags(AXE_TAGS);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Switch the colour scheme (or forced colours) in place, and wait until the colours have finished changing. */
export async function recolour(page: Page, media: { colorScheme?: 'light' | 'dark'; forcedColors?: 'active' | 'none' }): Promise<void> {
  await page.emulateMedia(media);
  // A colour that transitions would be read half-way by axe: wait for the transitions the switch started.
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => undefined))));
}
