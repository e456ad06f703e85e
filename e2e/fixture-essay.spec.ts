// The fixture essay (e2e/fixtures/essay), built into dist-fixture by the same
// code and served on its own (the `fixture essay` project in
// playwright.config.ts): every widget works and every place it registers lands,
// with each id, row, claim and road read from its own data, not from this
// file. Proof in the browser that the engine knows no particular essay.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { axeViolations } from './support/axe';
import { test, expect } from './fixtures';

const DATA = new URL('./fixtures/essay/data/', import.meta.url);
const read = <T>(name: string): T => parseYaml(readFileSync(new URL(name, DATA), 'utf8')) as T;
const registry = read<{ sections: string[]; paragraphs: Record<string, string>; anchors: string[] }>('permalinks.yaml');
const options = read<{ id: string; kind: string }[]>('options.yaml');
const claims = read<{ id: string }[]>('claims.yaml');
const quotes = read<{ id: string; speaker: string }[]>('quotes.yaml');
const figure = read<{ id: string; companies: { id: string; mention?: unknown }[] }>('figure.yaml');

test('it is the fixture essay, not the real one', async ({ essay, page }) => {
  await essay.goto();
  const title = readFileSync(new URL('../content/essay/slow-bridges.mdx', DATA), 'utf8').match(/^title: "(.*)"$/m)![1]!;
  await expect(page.locator('h1')).toContainText(title);
});

test('every place it registers lands, below the bar', async ({ essay }) => {
  // One navigation per place: slow on a busy machine.
  test.setTimeout(120_000);
  const ids = [...registry.sections, ...Object.keys(registry.paragraphs), ...registry.anchors];
  expect(ids.length).toBeGreaterThan(20);
  for (const id of ids) {
    await essay.goto(`#${id}`);
    await essay.expectLandedOn(id);
  }
});

test('the options table filters by each kind in its data', async ({ essay, page }) => {
  await essay.goto('#options-table');
  await expect(page.locator('.options-toolbar')).not.toHaveAttribute('data-pending');
  for (const kind of new Set(options.map((option) => option.kind))) {
    await page.getByRole('button', { name: kind, exact: true }).click();
    const shown = await page.locator('.options-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((row) => row.id));
    expect(shown).toEqual(options.filter((option) => option.kind === kind).map((option) => `option-${option.id}`));
    await page.getByRole('button', { name: kind, exact: true }).click();
  }
});

test('the timeline opens each claim', async ({ essay, page }) => {
  await essay.goto('#lead-time-timeline');
  await expect(page.locator('.lt-chart[data-ready]')).toHaveCount(1);
  for (const claim of claims) {
    const row = page.locator(`[id="claim-${claim.id}"]`);
    await row.locator('summary').click();
    await expect(row.locator('details')).toHaveAttribute('open', '');
  }
});

test('each quote card opens its citation', async ({ essay, page }) => {
  for (const quote of quotes) {
    await essay.goto(`#quote-${quote.id}`);
    const card = page.locator(`#quote-${quote.id}`);
    await expect(card).toContainText(quote.speaker);
    await card.locator('details.cite-panel > summary').click();
    await expect(card.locator('details.cite-panel')).toHaveAttribute('open', '');
  }
});

test('the figure lights a road from its company to the destination', async ({ essay, page }) => {
  await essay.goto(`#${figure.id}`);
  const mentioned = figure.companies.find((company) => company.mention)!;
  await page.locator(`#${figure.id} a.dm-company[data-road="${mentioned.id}"]`).focus();
  await expect(page.locator(`#${figure.id}`)).toHaveAttribute('data-road', mentioned.id);
  await expect(page.locator(`#${figure.id} .dm-destination`)).toHaveClass(/is-on-road/);
  await expect(page.locator(`#${figure.id} details li`)).toHaveCount(figure.companies.length);
});

for (const width of [1280, 390]) {
  test(`axe finds no violations at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    expect(await axeViolations(page)).toEqual([]);
  });
}
