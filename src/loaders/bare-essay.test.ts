// The bare page carries exactly the essay's words, as the essay model reads
// them, for the site's essay and for the fixture essay (another content root).
import { parse } from 'node-html-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeText } from '../lib/text';
import type { HTMLElement } from 'node-html-parser';

/** As the essay model counts blocks: a paragraph inside a list item belongs to the item. */
const notInItem = (node: HTMLElement) => !(node.tagName === 'P' && node.parentNode?.tagName === 'LI');

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The page, the essay model and the MDX source, read from `root` as a build would. */
async function bareEssayOf(root: string) {
  vi.stubEnv('CONTENT_ROOT', root);
  vi.resetModules();
  const { bareEssayPage } = await import('./bare-essay');
  const { essayModel, readProjectFile } = await import('./essay-model');
  const { essayFile } = await import('./site');
  const source = await readProjectFile(essayFile());
  return { page: await bareEssayPage(), model: await essayModel(), source };
}

describe.each(['src', 'e2e/fixtures/essay'])('the bare essay page of %s', (root) => {
  it('carries exactly the essay\'s words: its title, section headings and blocks, in order, nothing else', async () => {
    const { page, model, source } = await bareEssayOf(root);
    const document = parse(page);
    const title = source.match(/^title:\s*"?(.*?)"?\s*$/m)![1]!;
    expect(document.querySelector('h1')!.text).toBe(title);
    expect(document.querySelectorAll('h2').map((heading) => heading.text)).toEqual(model.outline.sections.map((section) => section.heading));
    // The model's blocks: paragraphs and list items.
    const blocks = document.querySelectorAll('p, li').filter(notInItem);
    expect(blocks.map((block) => normalizeText(block.text))).toEqual(model.outline.blocks.map((block) => block.text));
    // Nothing outside them: the body's text is the title's, the headings' and the blocks' in document order.
    const counted = document.querySelectorAll('h1, h2, p, li').filter(notInItem);
    expect(normalizeText(document.querySelector('body')!.text)).toBe(normalizeText(counted.map((node) => node.text).join(' ')));
  });

  it('links where the MDX links, and loads nothing: no script, stylesheet, style or image', async () => {
    const { page, source } = await bareEssayOf(root);
    const document = parse(page);
    const links = [...source.matchAll(/\]\((\S+?)\)/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    expect(document.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual(links);
    expect(document.querySelectorAll('script, style, link, img, iframe, object')).toEqual([]);
    expect(page).not.toMatch(/\sstyle=|\sclass=/);
  });
});
