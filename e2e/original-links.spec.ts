import { test, expect } from './fixtures';

/** The 18 links of the original, in order, with their exact targets (site-relative ones resolved). */
const ORIGINAL_LINKS: [text: string, href: string][] = [
  ['open to suggestions on what I should do next', 'https://evjang.com/2022/03/21/leaving-google-brain.html'],
  ['Halodi Robotics', 'https://halodi.com'],
  ['No waiting in line for coffee', 'https://twitter.com/rabois/status/1514601392178040836'],
  ['Robotics startups tend to die', 'https://www.freshconsulting.com/insights/white-papers/why-robotics-companies-fail/'],
  ['Bay Area native', 'https://www.hbo.com/silicon-valley'],
  ['You and Your Research', 'https://www.cs.virginia.edu/~robins/YouAndYourResearch.html'],
  ['The Murder of Wilbur', 'https://applieddivinitystudies.com/murder-of-wilbur/'],
  ['insanely hard', 'https://www.youtube.com/watch?v=5Ge2RcvDlgw'],
  ['ultrapure water', 'https://www.youtube.com/watch?v=Dq04GpzRZ0g&t=651s'],
  ['tremendous breakthroughs in deep learning', 'https://ai.googleblog.com/2017/12/tacotron-2-generating-human-like-speech.html'],
  ['trained on a single computer', 'http://karpathy.github.io/2015/05/21/rnn-effectiveness/'],
  ['metaphorically lighting datacenters on fire', 'https://ai.googleblog.com/2022/04/pathways-language-model-palm-scaling-to.html'],
  ['similar ideas on this as well', 'https://twitter.com/russelljkaplan/status/1513128005828165634?s=20&t=QePcsbrR-QVHtegU-3KvrQ'],
  ['still doing pick-and-place with unacceptable success rates', 'https://sites.google.com/view/bc-z/home'],
  ['Reality has a surprising amount of detail', 'http://johnsalvatier.org/blog/2017/reality-has-a-surprising-amount-of-detail'],
  ['email', 'https://evjang.com/resume'],
  ['conspire to favor specialization of hardware', "https://en.wikipedia.org/wiki/Samuel_Wendell_Williston#Williston's_law"],
  ["Gwern's essay on timing", 'https://www.gwern.net/Timing'],
];

test('all 18 links of the original are there, in order, with their exact targets', async ({ shared: essay }) => {
  const page = essay.page;
  // The author's links: inside the essay body, outside anything the site adds.
  const links = await page.evaluate(() => {
    // innerText leaves out what content-visibility: auto is skipping off screen: render it for the reading.
    const skipped = [...document.querySelectorAll<HTMLElement>('[data-essay-body] *')].filter((el) => getComputedStyle(el).contentVisibility === 'auto');
    for (const el of skipped) el.style.contentVisibility = 'visible';
    const found = [...document.querySelectorAll<HTMLAnchorElement>('[data-essay-body] a[href]')]
      .filter((a) => !a.closest('[data-ours]') && !a.hasAttribute('data-ours'))
      .map((a) => [a.innerText.replace(/\s+/g, ' ').trim(), a.getAttribute('href')]);
    for (const el of skipped) el.style.contentVisibility = '';
    return found;
  });
  expect(links).toEqual(ORIGINAL_LINKS);
});

test('external links are safe and never fetched by the page', async ({ shared: essay }) => {
  const page = essay.page;
  const unsafe = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[target]')]
      .filter((a) => !/\bnoopener\b/.test(a.rel))
      .map((a) => a.href),
  );
  expect(unsafe).toEqual([]);
  // The fixture fails the test if any request left the site's own host.
});
