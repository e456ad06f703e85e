import { test, expect, type Page } from './fixtures';
import { recordConfirmations } from './support/confirmations';

// The axe sweeps of the cards (panels open) are in a11y.spec.ts.

/** The five cards, their sources, and the paragraph each follows. */
const CARDS = [
  { id: 'hamming-committees', source: 'https://www.cs.virginia.edu/~robins/YouAndYourResearch.html', after: 'p-ceos-stop-tinkering' },
  { id: 'thompson', source: 'https://applieddivinitystudies.com/murder-of-wilbur/', after: 'p-ken-thompson' },
  { id: 'ilya-rome', source: 'https://evjang.com/2022/04/25/rome.html', after: 'p-asked-ilya' },
  { id: 'gwern-timing', source: 'https://gwern.net/timing', after: 'p-gwern-timing' },
  { id: 'hamming-shannon', source: 'https://www.cs.virginia.edu/~robins/YouAndYourResearch.html', after: 'p-random-code' },
];

/** Citations carry the site's canonical address, whatever host serves the page. */
async function canonical(page: Page, hash = ''): Promise<string> {
  const href = await page.locator('link[rel="canonical"]').getAttribute('href');
  return new URL(hash, href!).toString();
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('quote cards', () => {
  test('five cards, each a figure after its paragraph with a permalink and a source link', async ({ shared: essay }) => {
    const page = essay.page;
    await expect(page.locator('figure.quote-card')).toHaveCount(5);
    for (const card of CARDS) {
      const figure = page.locator(`#quote-${card.id}`);
      await expect(figure).toHaveJSProperty('tagName', 'FIGURE');
      await expect(figure).toHaveAttribute('data-ours');
      await expect(figure.locator(':scope > blockquote')).toHaveCount(1);
      await expect(figure.locator(':scope > figcaption')).toHaveCount(1);
      await expect(figure.locator(`a[data-permalink="quote-${card.id}"]`)).toHaveAttribute('href', `#quote-${card.id}`);
      await expect(figure.locator('.quote-card-sources a').first()).toHaveAttribute('href', card.source);
      // The paragraph's notes follow it; the card comes after them.
      const previous = await figure.evaluate((el) => {
        let before = el.previousElementSibling;
        while (before?.classList.contains('note-group')) before = before.previousElementSibling;
        return before?.id;
      });
      expect(previous, `#quote-${card.id} follows its paragraph`).toBe(card.after);
    }
  });

  test('captions name speaker, work, venue and date, and state no year or source the facts withhold', async ({ shared: essay }) => {
    const page = essay.page;
    await expect(page.locator('#quote-hamming-committees .quote-card-by')).toHaveText(
      'Richard Hamming, You and Your Research, Bell Communications Research (Bellcore) Colloquia Seminar, March 7, 1986 (transcript by J. F. Kaiser)',
    );
    await expect(page.locator('#quote-hamming-committees .quote-card-by time')).toHaveAttribute('datetime', '1986-03-07');
    await expect(page.locator('#quote-gwern-timing .quote-card-by')).toHaveText('Gwern Branwen, Timing, gwern.net, begun 2012, revised since');
    // The dash before a byline is drawn, not read.
    expect(await page.locator('#quote-gwern-timing .quote-card-by').evaluate((by) => getComputedStyle(by, '::before').content)).toBe('"— " / ""');
    // "The Murder of Wilbur": no year; Ilya's remark: no public source.
    await expect(page.locator('#quote-thompson .quote-card-by')).toHaveText('Applied Divinity Studies, The Murder of Wilbur');
    await expect(page.locator('#quote-ilya-rome .quote-card-by')).toHaveText('Ilya Sutskever, in a private conversation with the author');
    await expect(page.locator('#quote-ilya-rome .quote-card-sources')).toHaveText('Known only through this essay (evjang.com)');
    // The sources line: when the facts happened (not the byline's date again), the quote's source, then the facts' other sources, each once.
    await expect(page.locator('#quote-hamming-shannon .quote-card-sources')).toHaveText("When: Shannon's paper, 1948. Sources: cs.virginia.edu; en.wikipedia.org (reference work)");
    await expect(page.locator('#quote-thompson .quote-card-sources')).toHaveText('When: August 1969. Sources: applieddivinitystudies.com; news.hitb.org (press report)');
    await expect(page.locator('#quote-hamming-committees .quote-card-sources')).toHaveText('Source: cs.virginia.edu');
  });

  test('"Copy quote" copies the quote, its attribution and the card\'s permalink', async ({ essay, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const confirmations = await recordConfirmations(page);
    await essay.goto();
    const expected = {
      'hamming-committees': [
        '“In the first place if you do some good work you will find yourself on all kinds of committees and unable to do any more work”',
        '— Richard Hamming, “You and Your Research”, Bell Communications Research (Bellcore) Colloquia Seminar, March 7, 1986 (transcript by J. F. Kaiser)',
      ],
      thompson: [
        '“How terrifying would it be if that was true? Is it possible that Thompson was burdened by responsibilities his entire life, and then in a brief moment of freedom did some of the most important work anyone has ever done?”',
        '— Applied Divinity Studies, “The Murder of Wilbur”',
      ],
      'ilya-rome': [
        '“All Roads Lead to Rome - Every Successful (Tech) Company will be an AGI company”',
        '— Ilya Sutskever, in a private conversation with the author, quoted in Eric Jang, “All Roads Lead to Rome: The Machine Learning Job Market in 2022” (April 25, 2022)',
      ],
      'gwern-timing': [
        '“Launching too early means failure, but being conservative & launching later is just as bad because regardless of forecasting, a good idea will draw overly-optimistic researchers or entrepreneurs to it like moths to a flame: all get immolated but the one with the dumb luck to kiss the flame at the perfect instant, who then wins everything, at which point everyone can see that the optimal time is past.”',
        '— Gwern Branwen, “Timing”, gwern.net, begun 2012, revised since',
      ],
    };
    for (const [id, lines] of Object.entries(expected)) {
      const button = page.locator(`#quote-${id}`).getByRole('button', { name: /^Copy .+ quote$/ });
      await button.click();
      await expect.poll(() => clipboard(page)).toBe([...lines, await canonical(page, `#quote-${id}`)].join('\n'));
    }
    // Each button said so (the note lasts 1.8 s, so it is recorded rather than caught).
    await expect.poll(() => confirmations()).toEqual(Object.keys(expected).map((id) => ({ at: `quote-${id}`, message: 'Quote copied' })));
    await expect(page.locator('[data-announcer]')).toHaveText('Quote copied');
  });

  test('the Cite panel shows BibTeX and plain text, highlighted at build time, and copies each exactly', async ({ essay, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const confirmations = await recordConfirmations(page);
    await essay.goto();
    const card = page.locator('#quote-hamming-shannon');
    const panel = card.locator('details.cite-panel');
    await expect(panel.getByRole('button', { name: 'Copy BibTeX' })).toBeHidden();
    await panel.getByText("Cite Hamming's second quote", { exact: true }).click();
    const bibtex = [
      '@misc{hamming1986research,',
      '  author       = {Richard Hamming},',
      '  title        = {{You and Your Research}},',
      '  howpublished = {Bell Communications Research (Bellcore) Colloquia Seminar},',
      '  year         = {1986},',
      '  month        = mar,',
      '  note         = {Transcript by J. F. Kaiser},',
      '  url          = {https://www.cs.virginia.edu/~robins/YouAndYourResearch.html}',
      '}',
    ].join('\n');
    const plain =
      'Richard Hamming. “You and Your Research.” Bell Communications Research (Bellcore) Colloquia Seminar, March 7, 1986. Transcript by J. F. Kaiser. https://www.cs.virginia.edu/~robins/YouAndYourResearch.html';
    // Plain wrapped text, nothing but the text to copy: no markup inside, no style attributes, no tab stop of its own.
    const code = panel.locator('pre.code');
    await expect(code).toHaveCount(2);
    await expect(code.first()).toHaveAttribute('data-language', 'bibtex');
    await expect(code.locator('*')).toHaveCount(0);
    await expect(panel.locator('[style], pre[tabindex]')).toHaveCount(0);
    expect(await code.first().textContent()).toBe(bibtex);
    expect(await code.nth(1).textContent()).toBe(plain);

    await panel.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => clipboard(page)).toBe(bibtex);
    await expect.poll(() => confirmations()).toContainEqual({ at: 'quote-hamming-shannon', message: 'BibTeX copied' });
    await panel.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => clipboard(page)).toBe(plain);

    // A private remark is cited through the essay that reports it.
    const ilya = page.locator('#quote-ilya-rome details.cite-panel');
    await ilya.getByText("Cite Sutskever's quote", { exact: true }).click();
    await ilya.getByRole('button', { name: 'Copy citation' }).click();
    await expect
      .poll(() => clipboard(page))
      .toBe(
        'Ilya Sutskever, in a private conversation with the author. Quoted in Eric Jang, “All Roads Lead to Rome: The Machine Learning Job Market in 2022”, evjang.com, April 25, 2022. https://evjang.com/2022/04/25/rome.html',
      );
  });

  test('the essay\'s own Cite panel gives the original and this edition', async ({ essay, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await essay.goto();
    const panel = page.locator('#cite-essay');
    await panel.getByText('Cite this essay').click();
    await panel.getByRole('button', { name: 'Copy citation' }).click();
    const edition = await canonical(page);
    await expect
      .poll(() => clipboard(page))
      .toBe(
        `Eric Jang. “All Roads Lead to Rome: The Machine Learning Job Market in 2022.” evjang.com, April 25, 2022. https://evjang.com/2022/04/25/rome.html\nAnnotated edition: Rome, annotated. ${edition}`,
      );
    await panel.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect.poll(() => clipboard(page)).toContain(`  note         = {Annotated edition: Rome, annotated, \\url{${edition}}},`);
    await expect.poll(() => clipboard(page)).toMatch(/^@misc\{jang2022roads,\n {2}author {7}= \{Eric Jang\},/);
  });

  test('a deep link to a quote card lands on the card', async ({ essay }) => {
    await essay.goto('#quote-thompson');
    await essay.expectLandedOn('quote-thompson');
  });

  test('deep links land on a phone in the dark too', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, colorScheme: 'dark', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('./#quote-gwern-timing');
    await expect(page.locator('#quote-gwern-timing')).toBeInViewport();
    await context.close();
  });

  test('at 390 px a card fits the screen and its citation wraps', async ({ essay, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await essay.goto();
    for (const card of CARDS) {
      const figure = page.locator(`#quote-${card.id}`);
      await figure.locator('details.cite-panel > summary').click();
      const box = (await figure.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      for (const pre of await figure.locator('pre').all()) {
        expect(await pre.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      }
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });

  test('print: cards keep quote, caption and source, without buttons or panels', async ({ essay, page }) => {
    await essay.goto();
    await page.emulateMedia({ media: 'print' });
    const card = page.locator('#quote-hamming-committees');
    await expect(card.locator('blockquote')).toBeVisible();
    await expect(card.locator('.quote-card-by')).toBeVisible();
    await expect(card.getByRole('button', { name: /^Copy .+ quote$/ })).toBeHidden();
    await expect(card.locator('details.cite-panel')).toBeHidden();
    expect(await card.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    const after = await card.locator('.quote-card-sources a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('https://www.cs.virginia.edu/~robins/YouAndYourResearch.html');
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test('cards, captions and Cite panels are all there; copy buttons stay out of the way', async ({ essay, page }) => {
      await essay.goto();
      await expect(page.locator('figure.quote-card')).toHaveCount(5);
      await expect(page.locator('.quote-card button[data-copy]').first()).toBeHidden();
      const panel = page.locator('#quote-thompson details.cite-panel');
      await panel.locator('summary').click();
      await expect(panel.locator('pre').first()).toContainText('@misc{adsmurder,');
      await expect(panel.locator('pre').first()).not.toContainText('year');
      await expect(panel.locator('pre').nth(1)).toHaveText('Applied Divinity Studies. “The Murder of Wilbur.” https://applieddivinitystudies.com/murder-of-wilbur/');
    });
  });
});

test.describe('quote cards, names and keys', () => {
  test("each card's controls name its quote, from the data; a speaker with two cards is told apart", async ({ shared: essay }) => {
    const page = essay.page;
    await expect(page.locator('#quote-hamming-committees')).toMatchAriaSnapshot(`
      - button "Copy Hamming's first quote"
      - group:
        - text: Cite Hamming's first quote
      - link "Copy link to Hamming's first quote"
    `);
    for (const [id, name] of [
      ['thompson', "Applied Divinity Studies' quote"],
      ['ilya-rome', "Sutskever's quote"],
      ['gwern-timing', "Branwen's quote"],
      ['hamming-shannon', "Hamming's second quote"],
    ]) {
      const card = page.locator(`#quote-${id}`);
      await expect(card.getByRole('link', { name: `Copy link to ${name}`, exact: true })).toHaveCount(1);
      await expect(card.getByRole('button', { name: `Copy ${name}`, exact: true })).toHaveCount(1);
      await expect(card.locator('summary')).toHaveText(`Cite ${name}`);
    }
    // No vague name repeated across cards.
    await expect(page.getByRole('button', { name: 'Copy quote', exact: true })).toHaveCount(0);
    await expect(page.locator('summary', { hasText: /^Cite$/ })).toHaveCount(0);
  });

  test('after a copy the button keeps its name and the confirmation is announced once', async ({ essay, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const confirmations = await recordConfirmations(page);
    await essay.goto();
    const card = page.locator('#quote-thompson');
    const button = card.getByRole('button', { name: "Copy Applied Divinity Studies' quote" });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => confirmations()).toEqual([{ at: 'quote-thompson', message: 'Quote copied' }]);
    await expect(page.locator('[data-announcer]')).toHaveText('Quote copied');
    // Seen beside the button while it shows, but not said again as part of its name. It shows for
    // 1.8 s, which a loaded machine can outlast before the next line: held here as the page set it,
    // and set again at once should the page's timer take it away between two of the lines below.
    await button.evaluate((el) => {
      const hold = () => {
        if (el.dataset.confirm !== 'Quote copied') el.dataset.confirm = 'Quote copied';
      };
      hold();
      new MutationObserver(hold).observe(el, { attributes: true, attributeFilter: ['data-confirm'] });
    });
    expect(await button.evaluate((el) => getComputedStyle(el, '::after').content)).toContain('Quote copied');
    expect(await button.ariaSnapshot()).toBe(`- button "Copy Applied Divinity Studies' quote"`);
  });

  test('the Cite panel holds the share link, reached by Tab and copied by Enter', async ({ essay, page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await essay.goto();
    const card = page.locator('#quote-gwern-timing');
    // The card's stops: its source links, then Copy, Cite and its link as one stop, arrow keys between them (client/roving.ts).
    await card.getByRole('link', { name: 'gwern.net' }).focus();
    await page.keyboard.press('Tab');
    await expect(card.getByRole('button', { name: "Copy Branwen's quote" })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(card.locator('summary')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(card.getByRole('link', { name: "Copy link to Branwen's quote" })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(card.locator('summary')).toBeFocused();
    await page.keyboard.press('Enter');
    for (const name of ['Copy BibTeX', 'Copy citation']) {
      await page.keyboard.press('Tab');
      await expect(card.getByRole('button', { name })).toBeFocused();
    }
    await page.keyboard.press('Tab');
    const share = card.getByRole('link', { name: "Copy share link to Branwen's quote" });
    await expect(share).toBeFocused();
    await expect(share).toHaveAttribute('href', '/s/quote-gwern-timing/');
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(new URL('s/quote-gwern-timing/', baseURL).toString());
    await expect(page.locator('[data-announcer]')).toHaveText('Share link copied');
  });
});

test.describe('quote cards, focus', () => {
  test('copy buttons and Cite show a visible focus ring', async ({ essay, page }) => {
    await essay.goto();
    const summary = page.locator('#quote-thompson details.cite-panel > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#quote-thompson details.cite-panel')).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    const focused = page.locator('#quote-thompson').getByRole('button', { name: 'Copy BibTeX' });
    await expect(focused).toBeFocused();
    expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  });
});
