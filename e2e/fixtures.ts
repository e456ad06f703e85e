import { test as base, expect, type Page } from '@playwright/test';
import { EssayPage } from './essay-page';

/** Record console errors, page errors and requests to any host but the site's own. */
function watchProblems(page: Page, baseURL: string): string[] {
  const problems: string[] = [];
  const origin = new URL(baseURL).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request to another host: ${url}`);
  });
  return problems;
}

/**
 * Every test fails if the page logs an error, throws, or asks any host but
 * the site's own for anything.
 *
 * `shared` is the essay loaded once per worker (1280 × 800, light, JavaScript
 * on) for checks that only read it: a test that clicks, scrolls, resizes or
 * navigates uses its own `page` instead. Problems on it fail the test that
 * meets them.
 */
interface SharedEssay {
  essay: EssayPage;
  problems: string[];
  /** How many of the problems a test has already failed on. */
  reported: number;
}

export const test = base.extend<{ essay: EssayPage; pageProblems: string[]; shared: EssayPage }, { sharedEssay: SharedEssay }>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems = watchProblems(page, baseURL!);
      await use(problems);
      expect(problems, 'console errors, page errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
  essay: async ({ page }, use) => {
    await use(new EssayPage(page));
  },
  sharedEssay: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ ...workerInfo.project.use, viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
      const page = await context.newPage();
      const problems = watchProblems(page, workerInfo.project.use.baseURL!);
      const essay = new EssayPage(page);
      await essay.goto();
      await use({ essay, problems, reported: 0 });
      await context.close();
    },
    { scope: 'worker' },
  ],
  shared: async ({ sharedEssay }, use) => {
    await use(sharedEssay.essay);
    // Everything since the last report, the page's load included for the first test.
    const fresh = sharedEssay.problems.slice(sharedEssay.reported);
    sharedEssay.reported = sharedEssay.problems.length;
    expect(fresh, 'console errors, page errors or foreign requests on the shared page').toEqual([]);
  },
});

export { expect };
export type { Page };
