// A short smoke suite in a second engine: Firefox (Debian's firefox-esr, or the
// one named by FIREFOX_PATH) driven by puppeteer-core over WebDriver BiDi,
// against the built site served as a static host would. Prints one line per
// check and ends with `firefox smoke: N passed, M failed`. On a machine with no
// Firefox it is skipped with one line saying so, unless REQUIRE_FIREFOX=1 (CI
// sets it), when a missing Firefox fails the run: CI never passes on one engine.
// Usage: node e2e-firefox/smoke.mjs [--dir dist]
import { execFileSync, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { firstDifference, textOfRecord, visibleEssayText } from '../e2e/support/text-of-record.ts';
import { normalizeText } from '../src/lib/text.ts';

const { values: options } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });
const TIMEOUT = 15_000;

function findFirefox() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  for (const dir of [...(process.env.PATH ?? '').split(delimiter), '/usr/bin']) {
    for (const name of ['firefox-esr', 'firefox']) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {}
    }
  }
  return null;
}

/** Serve the built site on a free port; resolve with its base URL and a stop function. */
function serve(dir) {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, ['scripts/serve-dist.mjs', '--dir', dir, '--base', '/', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    server.on('error', reject);
    server.stdout.on('data', (chunk) => {
      const url = /at (http:\/\/\S+)/.exec(String(chunk))?.[1];
      if (url) resolve({ url, stop: () => server.kill() });
    });
  });
}

/**
 * The oldest Firefox the smoke has run with: Debian 12's ESR 140 (2026-12-04).
 * Older ones are treated as missing rather than failing check by check.
 */
const OLDEST_FIREFOX = 140;

/** The major version `firefox --version` reports, or null. */
function majorVersion(firefox) {
  try {
    return Number(/Firefox (\d+)\./.exec(execFileSync(firefox, ['--version'], { encoding: 'utf8' }))?.[1]) || null;
  } catch {
    return null;
  }
}

/** Skip the smoke, saying why, or fail it where CI requires Firefox. */
function withoutFirefox(reason) {
  const fix = '`apt-get install firefox-esr` (ESR ' + OLDEST_FIREFOX + ' or later), or set FIREFOX_PATH';
  if (process.env.REQUIRE_FIREFOX === '1') {
    console.log(`firefox smoke: 0 passed, 1 failed (${reason} and REQUIRE_FIREFOX=1: ${fix})`);
    process.exit(1);
  }
  console.log(`firefox smoke: skipped (${reason}: ${fix})`);
  process.exit(0);
}

const firefox = findFirefox();
if (!firefox) withoutFirefox('no Firefox on this machine');
const major = majorVersion(firefox);
if (major !== null && major < OLDEST_FIREFOX) withoutFirefox(`Firefox ${major} at ${firefox} is older than ${OLDEST_FIREFOX}`);

const { url: base, stop } = await serve(options.dir);
// However this ends, the server goes with it (it holds the output `npm test` waits on).
process.on('exit', stop);
const origin = new URL(base).origin;
let browser;
try {
  // The async clipboard's readText, for the clipboard checks (the page itself only writes).
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true, protocol: 'webDriverBiDi', extraPrefsFirefox: { 'dom.events.testing.asyncClipboard': true, 'dom.events.asyncClipboard.readText': true } });
} catch (error) {
  console.log(`firefox smoke: 0 passed, 1 failed (Firefox at ${firefox} did not start: ${error.message.split('\n').find((line) => line.trim() && !/^(Failed to launch|stderr:)/.test(line.trim()))?.trim() ?? error.message})`);
  process.exit(1);
}
const problems = []; // console errors, page errors and requests to other hosts, from every page
const results = { passed: 0, failed: 0 };

/**
 * Puppeteer sends a screen orientation with every viewport, a command Firefox
 * ESR 140 (Debian 12's) does not know; there the viewport alone is set, through
 * the page's WebDriver BiDi browsing context.
 */
async function setViewport(page, { width, height }) {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!/setScreenOrientationOverride/.test(error.message)) throw error;
    await page.mainFrame().browsingContext.setViewport({ viewport: { width, height } });
  }
}

async function newPage({ width = 1280, height = 900 } = {}) {
  const page = await browser.newPage();
  await setViewport(page, { width, height });
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob|about):/.test(url)) problems.push(`request to another host: ${url}`);
  });
  return page;
}

/** Wait until a function of the page returns true (it is retried; no fixed sleeps). */
async function until(page, description, fn, ...args) {
  // Polled from here, each look one evaluation: puppeteer's waitForFunction
  // builds its poller with eval in the page, which the page's CSP forbids in
  // Firefox ESR 140.
  const deadline = Date.now() + TIMEOUT;
  let last;
  while (Date.now() < deadline) {
    try {
      // A handle, so a predicate may answer with an element (truthy) as well as a value.
      const answer = await page.evaluateHandle(fn, ...args);
      const met = answer.asElement() !== null || Boolean(await answer.jsonValue());
      await answer.dispose();
      if (met) return;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting until ${description}`, last ? { cause: last } : undefined);
}

/**
 * The first element `selector` matches (whose text is `text`, if given) once it
 * is shown, as a handle to click or hover: puppeteer's locators wait with its
 * eval-built poller (see until).
 */
async function shown(page, selector, text = null) {
  // Evaluated in the page: the element, or (asked for a yes or no) whether there is one.
  const find = (selector, text, element) => {
    const found = [...document.querySelectorAll(selector)].find((el) => (text === null || el.textContent.trim() === text) && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden') ?? null;
    return element ? found : found !== null;
  };
  await until(page, `${selector}${text === null ? '' : ` "${text}"`} is shown`, find, selector, text, false);
  return (await page.evaluateHandle(find, selector, text, true)).asElement();
}

/** The element with this id is the :target, on screen and below the sticky bar. */
const landedOn = (page, id) =>
  until(page, `#${id} is the target, on screen, below the bar`, (id) => {
    const el = document.getElementById(id);
    const bar = document.querySelector('.top-bar')?.getBoundingClientRect();
    if (!el || !el.matches(':target')) return false;
    const box = el.getBoundingClientRect();
    return box.top >= (bar ? bar.bottom - 1 : 0) && box.top < innerHeight;
  }, id);

async function check(name, body) {
  const page = await newPage();
  const started = performance.now();
  try {
    await body(page);
    results.passed++;
    console.log(`  ok    ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.failed++;
    console.log(`  FAIL  ${name}: ${error.message}${error.cause ? ` (${error.cause.message})` : ''}`);
  } finally {
    await page.close();
  }
}

console.log(`firefox smoke: ${(await browser.version()).trim()} at ${firefox}, against ${base}`);
try {
  await check('the essay matches the text of record, word for word', async (page) => {
    await page.goto(base);
    const difference = firstDifference(textOfRecord(), normalizeText(await page.evaluate(visibleEssayText)));
    if (difference) throw new Error(difference);
  });

  for (const [kind, id] of [
    ['section', 'honest-concerns'],
    ['paragraph', 'p-rags-to-riches'],
    ['list item', 'p-autonomous-driving'],
    ['quote', 'quote-thompson'],
    ['figure', 'figure-data-moats'],
  ]) {
    await check(`a deep link to a ${kind} lands on it (#${id})`, async (page) => {
      await page.goto(`${base}#${id}`);
      await landedOn(page, id);
    });
  }

  await check('a deep link to a table row lands on it with its notes open (#option-crypto-defi)', async (page) => {
    await page.goto(`${base}#option-crypto-defi`);
    await landedOn(page, 'option-crypto-defi');
    await until(page, "the row's notes are open", () => document.querySelector('#option-crypto-defi details')?.open === true);
  });

  await check('a deep link to a claim lands on it and opens it (#claim-halodi-manipulation)', async (page) => {
    await page.goto(`${base}#claim-halodi-manipulation`);
    await landedOn(page, 'claim-halodi-manipulation');
    await until(page, 'the claim is open and its words show', () => {
      const details = document.querySelector('[id="claim-halodi-manipulation"] details');
      const quote = details?.querySelector('.lt-quote');
      return details?.open === true && quote && quote.getBoundingClientRect().height > 0 && quote.textContent.includes('solve manipulation (5 years)');
    });
  });

  await check('a deep link to a note opens it and marks its phrase (#note-hindsight-google-deepmind)', async (page) => {
    await page.goto(`${base}#note-hindsight-google-deepmind`);
    await until(page, 'the note is visible and its phrase marked', () => {
      const note = document.getElementById('note-hindsight-google-deepmind');
      const box = note?.getBoundingClientRect();
      const phrase = document.querySelector('[data-essay-body] [data-note="hindsight-google-deepmind"]');
      return box && box.height > 0 && box.top >= 0 && box.top < innerHeight && phrase?.classList.contains('is-target');
    });
  });

  await check('on a phone a note opens in place from its number', async (page) => {
    await setViewport(page, { width: 390, height: 844 });
    await page.goto(base);
    const visible = () => {
      const box = document.getElementById('note-hindsight-vp-of-ai')?.getBoundingClientRect();
      return !!box && box.height > 0;
    };
    if (await page.evaluate(visible)) throw new Error('the note shows before its number is used');
    await (await shown(page, '#ref-hindsight-vp-of-ai')).click();
    await until(page, 'the note opens', visible);
  });

  await check('margin notes sit beside their words at 1280 px', async (page) => {
    await setViewport(page, { width: 1280, height: 900 });
    await page.goto(base);
    await until(page, 'every margin note is placed within 300 px of its line, or folded', () => {
      const notes = [...document.querySelectorAll('.sidenote')];
      return notes.some((note) => note.hasAttribute('data-placed')) && notes.every((note) => {
        if (note.hasAttribute('data-folded')) return true;
        const ref = document.getElementById(`ref-${note.id.slice('note-'.length)}`);
        return note.hasAttribute('data-placed') && Math.abs(note.getBoundingClientRect().top - ref.getBoundingClientRect().top) <= 300;
      });
    });
  });

  await check('no marker starts a line of its own, in the essay or the options table', async (page) => {
    await page.goto(base);
    /** How many markers show, and those not on the last line of what they follow. */
    const strays = () => {
      const markers = [...document.querySelectorAll('[data-essay-body] :is(.note-ref-card, .claim-link)')].filter((marker) => marker.getClientRects().length > 0);
      const phraseOf = (marker) =>
        marker.matches('.claim-link') ? document.getElementById(`phrase-${marker.getAttribute('href').slice(1)}`) : document.querySelector(`.note-phrase[data-note="${marker.id.slice('ref-'.length)}"]`);
      const alone = markers.filter((marker) => {
        const last = [...phraseOf(marker).getClientRects()].at(-1);
        const box = marker.getBoundingClientRect();
        const middle = (box.top + box.bottom) / 2;
        return middle < last.top - 2 || middle > last.bottom + 2 || box.left < last.left - 1;
      });
      return { shown: markers.length, alone: alone.map((marker) => marker.id || marker.getAttribute('href')) };
    };
    // Widths at which a ↗ wrapped alone (in a table cell while its phrase kept its room as a margin; with the
    // author's period after it, as after "what I should do next"), Firefox ESR 140.
    for (const width of [664, 744, 814, 850, 1010, 1080, 1280]) {
      await setViewport(page, { width, height: 900 });
      const { shown, alone } = await page.evaluate(strays);
      if (shown < 30) throw new Error(`at ${width} px only ${shown} markers show`);
      if (alone.length > 0) throw new Error(`at ${width} px: ${alone.join(', ')}`);
    }
  });

  await check('a glossary term opens its card by click, and by hover without interestfor', async (page) => {
    await setViewport(page, { width: 1280, height: 900 });
    await page.goto(base);
    const open = () => document.getElementById('note-glossary-agi')?.matches(':popover-open');
    await (await shown(page, 'button.note-phrase[data-note="glossary-agi"]')).click();
    await until(page, 'the card opens on click', open);
    await page.keyboard.press('Escape');
    await until(page, 'Escape closes it', () => !document.getElementById('note-glossary-agi').matches(':popover-open'));
    await (await shown(page, 'a[interestfor="note-source-halodi-site"]')).hover();
    await until(page, 'the source card opens on hover', () => document.getElementById('note-source-halodi-site')?.matches(':popover-open'));
  });

  await check('a passage link highlights the linked words (text fragment and our fallback)', async (page) => {
    await page.goto(`${base}#p-asked-ilya~All%20Roads%20Lead%20to%20Rome%20%2D%20Every,be%20an%20AGI%20company`);
    await until(page, 'the passage is highlighted and on screen', () => {
      const highlight = CSS.highlights?.get('linked-passage');
      const text = highlight ? [...highlight].map((range) => range.toString()).join('') : '';
      const box = document.getElementById('p-asked-ilya').getBoundingClientRect();
      return text === 'All Roads Lead to Rome - Every Successful (Tech) Company will be an AGI company' && box.top < innerHeight && box.bottom > 0;
    });
    await page.goto('about:blank');
    await page.goto(`${base}#p-rags-to-riches~rags%20to%20riches%20back%20to%20rags:~:text=rags%20to%20riches%20back%20to%20rags`);
    await until(page, 'the text-fragment link is highlighted', () => {
      const highlight = CSS.highlights?.get('linked-passage');
      return highlight && [...highlight].map((range) => range.toString()).join('') === 'rags to riches back to rags';
    });
  });

  await check('find in page reaches a skipped widget (content-visibility: auto) and scrolls to it', async (page) => {
    await setViewport(page, { width: 390, height: 844 });
    await page.goto(base);
    const phrase = await page.evaluate(() => document.querySelector('.notes-appendix li:last-of-type')?.textContent.trim().split(/\s+/).slice(0, 6).join(' '));
    if (!phrase) throw new Error('no note in the appendix');
    if (!(await page.evaluate((text) => window.find(text, true), phrase))) throw new Error(`window.find did not find "${phrase}"`);
    await until(page, 'the found words are in the appendix and on screen', () => {
      const node = getSelection().anchorNode?.parentElement;
      const box = node?.getBoundingClientRect();
      return !!node?.closest('.notes-appendix') && box.top >= 0 && box.bottom <= innerHeight;
    });
  });

  /** The author's words of a block: its text without what the site adds. */
  const authorsWords = (page, id) =>
    page.evaluate((id) => {
      const copy = document.getElementById(id).cloneNode(true);
      copy.querySelectorAll('[data-ours]').forEach((ours) => ours.remove());
      return copy.textContent.replace(/\s+/g, ' ').trim();
    }, id);
  const press = async (page, modifier, key) => {
    await page.keyboard.down(modifier);
    await page.keyboard.press(key);
    await page.keyboard.up(modifier);
  };

  await check('copying a paragraph gives the author\'s words only, no note numbers (real clipboard)', async (page) => {
    await page.goto(base);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('p-joined-halodi'));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await press(page, 'Control', 'c');
    const words = await authorsWords(page, 'p-joined-halodi');
    await until(page, 'the clipboard holds the paragraph', (expected) => navigator.clipboard.readText().then((text) => text.replace(/\s+/g, ' ').trim() === expected), words);
    if (/[a-z][0-9]/.test(words)) throw new Error(`a number is glued to a word: ${words}`);
  });

  await check('Alt+Q copies the focused paragraph as a ready quote with its permalink (real clipboard)', async (page) => {
    await page.goto(base);
    await page.focus('#p-joined-halodi a[href="https://halodi.com"]');
    await until(page, 'the passage links are offered', () => document.querySelector('.passage-tool') !== null);
    await press(page, 'Alt', 'q');
    const words = await authorsWords(page, 'p-joined-halodi');
    const expected = `> ${words}\n— Eric Jang, “All Roads Lead to Rome: The Machine Learning Job Market in 2022”, ${base}#p-joined-halodi`;
    await until(page, 'the clipboard holds the quote', (expected) => navigator.clipboard.readText().then((text) => text === expected), expected);
    await until(page, 'the copy is announced', () => document.querySelector('[data-announcer]')?.textContent === 'Quote copied');
  });

  await check('Alt+C cites the focused table row: RIS with its locator and permalink, copied (real clipboard)', async (page) => {
    await page.goto(base);
    await page.focus('#option-tesla a[data-permalink]');
    await until(page, 'the Cite button joins the row\'s links', () => document.querySelector('#option-tesla .cite-place[data-cite="option-tesla"]') !== null);
    await press(page, 'Alt', 'c');
    await until(page, 'the Cite dialog opens, styled', () => {
      const dialog = document.querySelector('dialog.cite-dialog');
      return dialog?.open && getComputedStyle(dialog).borderTopStyle === 'solid';
    });
    await (await shown(page, 'dialog button', 'RIS')).click();
    const permalink = `${await page.evaluate(() => document.querySelector('link[rel="canonical"]').href)}#option-tesla`;
    await until(page, 'the RIS shows the row and its permalink', (permalink) => document.querySelector('dialog pre')?.textContent.includes(`SE  - row Tesla\nUR  - ${permalink}\n`), permalink);
    await (await shown(page, 'dialog button', 'Copy RIS')).click();
    await until(page, 'the clipboard holds the RIS', () => navigator.clipboard.readText().then((text) => text === document.querySelector('dialog pre').textContent));
    await until(page, 'the copy is announced', () => document.querySelector('[data-announcer]')?.textContent === 'RIS copied');
  });

  await check('the options table filters by kind', async (page) => {
    await page.goto(`${base}#options-table`);
    await until(page, 'the table is interactive', () => {
      const toolbar = document.querySelector('.options-toolbar');
      return toolbar && !toolbar.hasAttribute('data-pending');
    });
    await (await shown(page, 'button[aria-pressed]', 'Startup')).click();
    const ids = 'own-company,llm-startup,robotics-startups,ml-healthcare,ml-applications';
    await until(page, `the rows are ${ids}`, (ids) => [...document.querySelectorAll('.options-table tbody tr:not([hidden])')].map((tr) => tr.id.replace('option-', '')).join() === ids, ids);
    await until(page, 'the count is announced', () => document.querySelector('.options-result')?.textContent.trim() === "Showing 5 of 9 options, in the author's order, with our notes since 2022.");
  });

  await check('the timeline opens a claim on click and closes it with Escape', async (page) => {
    await page.goto(`${base}#lead-time-timeline`);
    await until(page, 'the timeline is interactive', () => document.querySelector('.lt-chart[data-ready]'));
    await (await shown(page, '[id="claim-halodi-agi"] summary')).click();
    await until(page, 'the claim opens', () => document.querySelector('[id="claim-halodi-agi"] details')?.open === true);
    await page.keyboard.press('Escape');
    await until(page, 'Escape closes it, focus on its summary', () => document.querySelector('[id="claim-halodi-agi"] details')?.open === false && document.activeElement === document.querySelector('[id="claim-halodi-agi"] summary'));
  });

  await check('a quote card: Cite opens the citation and Copy citation copies it', async (page) => {
    await page.goto(`${base}#quote-hamming-shannon`);
    await (await shown(page, '#quote-hamming-shannon details.cite-panel > summary')).click();
    await until(page, 'the Cite panel is open', () => document.querySelector('#quote-hamming-shannon details.cite-panel')?.open);
    await until(page, 'the copy button shows (clipboard available)', () =>
      [...document.querySelectorAll('#quote-hamming-shannon button')].some((b) => b.textContent.trim() === 'Copy citation' && !b.hidden),
    );
    await (await shown(page, '#quote-hamming-shannon button', 'Copy citation')).click();
    await until(page, 'the copy is announced', () => document.querySelector('[data-announcer]')?.textContent === 'Citation copied');
  });

  await check('the figure: focusing a company by keyboard lights its road', async (page) => {
    await page.goto(`${base}#figure-data-moats`);
    await page.focus('a[data-permalink="figure-data-moats"]');
    await page.keyboard.press('Tab');
    await until(page, "Google's road is lit", () => document.getElementById('figure-data-moats')?.getAttribute('data-road') === 'google');
    await page.keyboard.press('Escape');
    await until(page, 'Escape clears it', () => !document.getElementById('figure-data-moats')?.hasAttribute('data-road'));
  });

  await check('the page offers no popover it cannot open', async (page) => {
    await page.goto(base);
    const unopened = await page.evaluate(() =>
      [...document.querySelectorAll('[popovertarget]')].filter((b) => !document.getElementById(b.getAttribute('popovertarget'))?.hasAttribute('popover')).length,
    );
    if (unopened) throw new Error(`${unopened} popover buttons point at nothing`);
  });

  const before = problems.length;
  await check('no console errors, page errors or requests to other hosts on any page above', async () => {
    if (before) throw new Error(problems.join('; '));
  });
} finally {
  await browser.close();
  stop();
}
console.log(`firefox smoke: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
