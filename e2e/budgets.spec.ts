import { test, expect } from './fixtures';
import { budgetProblems, measurePage } from '../scripts/page-weight.mjs';

test('the essay page stays within its byte budgets (bench/budgets.json)', async ({ browser, baseURL }) => {
  const weight = await measurePage(browser, baseURL!);
  expect(weight.firstView.total.requests).toBeGreaterThan(1);
  // The page module comes as one file, nothing it waits for split out (src/integrations/page-module.ts).
  expect(weight.firstView.js.requests).toBe(1);
  expect(await budgetProblems(weight)).toEqual([]);
});
