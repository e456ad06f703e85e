// Validates the committed data files with the same schemas the build uses,
// so a bad entry is caught by the unit tests as well as by `astro build`.
import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../lib/data-file';
import { parseNoteFiles } from '../lib/notes-files';
import { DATA_FILES, readProjectFile, readReferenceContext, readRegistry, yamlFilesIn } from '../lib/reference-context';
import { claimsFileSchema } from '../schemas/claim';
import { optionsFileSchema } from '../schemas/option';
import { quotesFileSchema } from '../schemas/quote';
import { figureSchema } from '../schemas/figure';

const context = await readReferenceContext();

describe('the committed data files', () => {
  it('register every paragraph of the essay', async () => {
    const registry = await readRegistry();
    const prose = [...context.paragraphs.keys()].filter((id) => !id.startsWith('option-'));
    expect(prose.sort()).toEqual(Object.keys(registry.paragraphs).sort());
  });

  it('options.yaml is valid', async () => {
    const rows = parseDataFile(DATA_FILES.options, await readProjectFile(DATA_FILES.options), optionsFileSchema(context.factIds), 'row');
    expect(rows).toHaveLength(9);
  });

  it('claims.yaml is valid', async () => {
    const claims = parseDataFile(DATA_FILES.claims, await readProjectFile(DATA_FILES.claims), claimsFileSchema(context), 'claim');
    expect(claims.length).toBeGreaterThan(0);
  });

  it('quotes.yaml is valid', async () => {
    const quotes = parseDataFile(DATA_FILES.quotes, await readProjectFile(DATA_FILES.quotes), quotesFileSchema(context), 'quote');
    expect(quotes.length).toBeGreaterThan(0);
  });

  it('figure.yaml is valid: ten roads, six 2020s nodes, every road reaches Rome', async () => {
    const figure = parseDataFile(DATA_FILES.figure, await readProjectFile(DATA_FILES.figure), figureSchema);
    expect(figure.companies).toHaveLength(10);
    expect(figure.captures).toHaveLength(6);
    for (const mention of figure.companies.flatMap((company) => company.mention ?? [])) {
      expect(context.paragraphs.get(mention.paragraph), mention.phrase).toContain(mention.phrase);
    }
  });

  it('every note file is valid', async () => {
    const files = await Promise.all(
      (await yamlFilesIn(DATA_FILES.notesDir)).map(async (file) => ({ file, text: await readProjectFile(file) })),
    );
    expect(() => parseNoteFiles(files, context)).not.toThrow();
  });
});
