import { describe, expect, it } from 'vitest';
import { appendToLedger, ledgerProblems, publishedEntries, readLedger, type PublishedSite } from './published-ledger';

const site = (pageIds: string[], sharePages: string[] = ['option-tesla']): PublishedSite => ({
  pageIds: new Set(pageIds),
  registered: ['options-considered', 'p-job-market', 'option-tesla'],
  sharePages: new Set(sharePages),
});
const live = ['options-considered', 'p-job-market', 'option-tesla', 'note-agi', 'ref-agi', 'phrase-claim-agi', 'toc-heading', 'cite-essay'];
const FILE = 'src/data/published-links.txt';

describe('publishedEntries', () => {
  it('lists the places the vocabulary or the registry names, and the share pages, never a page’s working ids', () => {
    expect(publishedEntries(site(live))).toEqual([
      '#note-agi',
      '#option-tesla',
      '#options-considered',
      '#p-job-market',
      '#phrase-claim-agi',
      '#ref-agi',
      '/s/option-tesla/',
    ]);
  });
});

describe('readLedger and appendToLedger', () => {
  it('reads entries, skipping comments and blank lines', () => {
    expect(readLedger('# Published links.\n\n#p-job-market\n/s/option-tesla/\n')).toEqual(['#p-job-market', '/s/option-tesla/']);
  });

  it('appends only what is new, keeping the order and every retired entry', () => {
    expect(appendToLedger(['#claim-gone', '#p-job-market'], ['#note-agi', '#p-job-market'])).toEqual(['#claim-gone', '#p-job-market', '#note-agi']);
  });
});

describe('ledgerProblems', () => {
  const ledger = publishedEntries(site(live));

  it('is quiet when every published link lands and the ledger holds them all', () => {
    expect(ledgerProblems(ledger, site(live), {}, FILE)).toEqual([]);
  });

  it('names an id that was published and no longer lands', () => {
    const problems = ledgerProblems([...ledger, '#phrase-claim-rags-to-riches'], site(live), {}, FILE);
    expect(problems).toEqual([`${FILE}: "#phrase-claim-rags-to-riches" was published and no longer lands (restore the id, or alias it in permalinks.yaml)`]);
  });

  it('accepts a retired id aliased to a live one, and names an alias to nothing', () => {
    expect(ledgerProblems([...ledger, '#phrase-claim-rags-to-riches'], site(live), { 'phrase-claim-rags-to-riches': 'p-job-market' }, FILE)).toEqual([]);
    expect(ledgerProblems([...ledger, '#claim-x'], site(live), { 'claim-x': 'p-gone' }, FILE)).toEqual([
      `${FILE}: "#claim-x" is aliased to "p-gone", which is not on the essay page`,
    ]);
  });

  it('names a share page that is gone, and a line it cannot read', () => {
    expect(ledgerProblems(ledger, site(live, []), {}, FILE)).toEqual([`${FILE}: share page "/s/option-tesla/" was published and is gone`]);
    expect(ledgerProblems([...ledger, 'option-tesla'], site(live), {}, FILE)).toEqual([`${FILE}: "option-tesla" is neither "#<id>" nor "/s/<id>/"`]);
  });

  it('names links published now that the ledger lacks, and says how to add them', () => {
    const problems = ledgerProblems(ledger, site([...live, 'note-new']), {}, FILE);
    expect(problems).toEqual([`${FILE}: 1 published link(s) not yet in the ledger (#note-new): run \`npm run ledger\` after the build and commit it`]);
  });
});
