import { describe, expect, it } from 'vitest';
import { bareEssayHtml } from './bare-essay';
import { element, text, type Root } from './tree/hast';

/** A node of the MDX parse (a component, an expression, an import), written loosely: it goes wherever the parser may put it. */
const mdx = (node: Record<string, unknown>) => node as never;

const body: Root = {
  type: 'root',
  children: [
    mdx({ type: 'mdxjsEsm', value: "import Chart from './chart';" }),
    element('h2', { id: 'options' }, [text('Options & Choices')]),
    element('p', { className: ['lead'] }, [
      text('See '),
      element('a', { href: 'https://example.org/?a=1&b="2"', className: ['ours'] }, [text('the <source>')]),
      text(', '),
      element('em', {}, [text('then')]),
      text(' a '),
      mdx({ type: 'mdxJsxTextElement', name: 'Term', attributes: [], children: [text('term')] }),
      mdx({ type: 'mdxTextExpression', value: '" "' }),
      text('.'),
    ]),
    mdx({ type: 'mdxJsxFlowElement', name: 'OptionsTable', attributes: [], children: [element('p', {}, [text('widget words')])] }),
    element('ul', {}, [element('li', {}, [text('one')]), element('li', {}, [text('two'), element('br')])]),
  ],
};

describe('bareEssayHtml', () => {
  const page = bareEssayHtml({ title: 'A "Title" <here>', body });

  it('is a whole document with a phone viewport, the title as title and heading', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain('<title>A &quot;Title&quot; &lt;here&gt;</title>');
    expect(page).toContain('<h1>A &quot;Title&quot; &lt;here&gt;</h1>');
  });

  it('keeps the words, links and emphasis, escaped, and nothing of the edition', () => {
    expect(page).toContain('<h2>Options &amp; Choices</h2>');
    expect(page).toContain('<p>See <a href="https://example.org/?a=1&amp;b=&quot;2&quot;">the &lt;source&gt;</a>, <em>then</em> a term.</p>');
    expect(page).toContain('<ul><li>one</li><li>two<br></li></ul>');
  });

  it('drops block components with their contents, expressions and imports', () => {
    expect(page).not.toContain('widget words');
    expect(page).not.toContain('import');
    expect(page).not.toContain('" "');
  });

  it('has no script, style, stylesheet, class or id', () => {
    expect(page).not.toMatch(/<script|<style|<link|\sclass=|\sid=|\sstyle=/);
  });

  it('takes another language', () => {
    expect(bareEssayHtml({ title: 'T', body: { type: 'root', children: [] }, lang: 'fr' })).toContain('<html lang="fr">');
  });
});
