// The adapter on the committed essay, through Sätteri's MDX compiler as Astro runs it.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { mdxToJs } from 'satteri';
import { projectUrl } from '../lib/data-file';
import { ESSAY_FEATURES } from '../lib/markdown';
import { essayModel } from '../loaders/essay-model';
import { essayFile } from '../loaders/site';
import { essayAnnotations } from './essay-annotations';

const compile = async (source: string, file: string) =>
  (await mdxToJs(source, { features: ESSAY_FEATURES, hastPlugins: [essayAnnotations({ sharePath: '/s/' })], fileURL: projectUrl(file), jsxImportSource: 'astro', elementAttributeNameCase: 'html' })).code;

describe('essayAnnotations', () => {
  it('gives every registered paragraph and section of the essay its id, and marks every phrase', async () => {
    const code = await compile(await readFile(projectUrl(essayFile()), 'utf8'), essayFile());
    const { registry } = await essayModel();
    for (const id of [...Object.keys(registry.paragraphs), ...registry.sections]) expect(code, id).toContain(`id: "${id}"`);
    // Sections carry their permalink beside the heading; paragraphs share one, added by script.
    expect(code).toContain(`"data-permalink": "${registry.sections[0]}"`);
    expect(code).not.toContain('"data-permalink": "p-job-market"');
    expect(code.match(/class: "note-phrase"/g)?.length).toBeGreaterThan(0);
    expect(code.match(/class: "claim-link"/g)?.length).toBeGreaterThan(0);
  });

  it('leaves other documents alone', async () => {
    const code = await compile('A paragraph nobody registered.\n\n## A heading', 'src/content/other.mdx');
    expect(code).not.toContain('anchored');
  });
});
