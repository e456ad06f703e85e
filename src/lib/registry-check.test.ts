import { describe, expect, it } from 'vitest';
import { registryProblems, type RegistryIds } from './registry-check';

const registry: RegistryIds = {
  sections: ['options-considered'],
  paragraphs: { 'p-job-market': 'The job market', 'p-moravec': 'Moravec' },
  anchors: ['option-tesla'],
  aliases: { 'p-old-name': 'p-moravec' },
};
const page = (ids: string[], permalinkTargets: string[] = []) => ({
  idCounts: new Map(ids.map((id) => [id, ids.filter((other) => other === id).length])),
  permalinkTargets,
});
const live = ['options-considered', 'p-job-market', 'p-moravec', 'option-tesla'];

describe('registryProblems', () => {
  it('is quiet when every id resolves once and the aliases point to live ids', () => {
    expect(registryProblems(registry, page(live, ['p-moravec']), registry)).toEqual([]);
  });

  it('names a permalink removed from the registry without an alias, with its field', () => {
    const { 'p-moravec': _gone, ...paragraphs } = registry.paragraphs;
    const now = { ...registry, paragraphs, aliases: {} };
    const problems = registryProblems(now, page(live.filter((id) => id !== 'p-moravec')), registry);
    expect(problems).toContainEqual(expect.stringMatching(/^src\/data\/permalinks\.yaml: paragraphs → "p-moravec" was removed without an alias/));
    expect(problems).toContainEqual(expect.stringMatching(/^src\/data\/permalinks\.yaml: aliases → "p-old-name" was removed/));
  });

  it('accepts a removal that leaves an alias behind', () => {
    const now = { ...registry, anchors: ['option-tesla-bot'], aliases: { ...registry.aliases, 'option-tesla': 'option-tesla-bot' } };
    const ids = [...live.filter((id) => id !== 'option-tesla'), 'option-tesla-bot'];
    expect(registryProblems(now, page(ids), registry)).toEqual([]);
  });

  it('names a registered id the page no longer has, or has twice', () => {
    const problems = registryProblems(registry, page(['options-considered', 'p-job-market', 'p-job-market', 'option-tesla']));
    expect(problems).toEqual([
      'src/data/permalinks.yaml: paragraphs → "p-job-market" occurs 2 times on the essay page',
      'src/data/permalinks.yaml: paragraphs → "p-moravec" no longer resolves on the essay page (restore it, or rename it through aliases)',
    ]);
  });

  it('names an alias that is still live or points to an unregistered id', () => {
    const now = { ...registry, aliases: { 'p-moravec': 'p-nowhere' } };
    expect(registryProblems(now, page(live))).toEqual([
      'src/data/permalinks.yaml: aliases → "p-moravec" points to "p-nowhere", which is not registered',
      'src/data/permalinks.yaml: aliases → "p-moravec" is still a live id on the essay page',
    ]);
  });

  it('names a permalink the page offers that nobody registered', () => {
    expect(registryProblems(registry, page([...live, 'quote-new'], ['quote-new']))).toEqual([
      'src/data/permalinks.yaml: "quote-new" offers a permalink on the essay page but is not registered (add it to anchors)',
    ]);
  });
});
