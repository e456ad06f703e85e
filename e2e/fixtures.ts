import { test as base, expect, type Page } from '@playwright/test';
import { EssayPage } from './essay-page';

/**
 * Every test fails if the page logs an error, throws, or asks any host but
 * the site's own for anything.
 */
export const test = base.extend<{ essay: EssayPage; pageProblems: string[] }>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request to another host: ${url}`);
      });
      await use(problems);
      expect(problems, 'console errors, page errors or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
  essay: async ({ page }, use) => {
    await use(new EssayPage(page));
  },
});

export { expect };
export type { Page };
