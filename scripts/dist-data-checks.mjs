// Per-id promises of the data, checked once on the built essay page's HTML
// (what a reader without JavaScript gets, and what the islands start from).
// Each problem names the data file, the entry and what is missing. The data
// is the essay model the site was built from (src/loaders/essay-model.ts).
import { normalizeText } from '../src/lib/text.ts';

/** An element's text without anything the site adds inside it (marked data-ours). */
export function authorsText(node) {
  if (node.nodeType === 3) return node.text;
  if (node.nodeType !== 1 || node.hasAttribute('data-ours')) return '';
  return node.childNodes.map(authorsText).join('');
}

const text = (node) => normalizeText(node?.text ?? '');
const byId = (root, id) => root.querySelector(`[id="${id}"]`);

/** Ids of the essay body's own paragraphs and list items, and of its sections, in page order. */
function essayOrder(body) {
  const paragraphs = [];
  for (const child of body.childNodes) {
    if (child.nodeType !== 1) continue;
    if (child.tagName === 'P') paragraphs.push(child.id);
    if (child.tagName === 'UL') for (const li of child.childNodes) if (li.nodeType === 1 && li.tagName === 'LI') paragraphs.push(li.id);
  }
  return { paragraphs, sections: body.querySelectorAll('h2[id]').map((h) => h.id) };
}

/** A fact's visible traces (source link, date) inside an element. */
function factProblems(where, element, fact, place) {
  const problems = [];
  if (!fact) return [`${place}: unknown fact`];
  if (fact.source && !element.querySelector(`a[href="${fact.source}"]`)) problems.push(`${place}: ${where} has no link to ${fact.source}`);
  const date = fact.date?.replace(/^by /, '');
  if (date && !element.querySelector(`time[datetime="${date}"]`)) problems.push(`${place}: ${where} has no <time datetime="${date}">`);
  return problems;
}

/**
 * Every per-id problem on the essay page, against `model` (the essay model the
 * site was built from). `files.root` is its content root (default src);
 * `files.page` names the built page in messages.
 */
export function checkDataOnPage(root, model, files = {}) {
  const contentRoot = files.root ?? 'src';
  const page = files.page ?? 'dist/index.html';
  const data = (name) => `${contentRoot}/data/${name}`;
  const { registry } = model;
  const problems = [];
  const body = root.querySelector('[data-essay-body]');
  if (!body) return [`${page}: no [data-essay-body]`];

  // Sections and paragraphs carry their registered ids, in the registry's order.
  const order = essayOrder(body);
  if (order.paragraphs.join() !== Object.keys(registry.paragraphs).join()) {
    problems.push(`${data('permalinks.yaml')}: paragraphs → the essay's paragraphs and list items carry [${order.paragraphs.join(', ')}], not the registry's ids in order`);
  }
  if (order.sections.join() !== registry.sections.join()) {
    problems.push(`${data('permalinks.yaml')}: sections → the essay's section ids are [${order.sections.join(', ')}]`);
  }

  // Notes: the phrase is marked in its paragraph; the note's body is of its kind and
  // sits outside the author's sentence (after the paragraph, in its note group);
  // a margin note has a numbered link tied to it, a card a control that opens it
  // without JavaScript; and the appendix links to it.
  const appendix = byId(root, 'notes');
  for (const note of model.notes) {
    const place = `${note.file}: note ${note.id}`;
    const mark = byId(root, note.paragraph)?.querySelector(`[data-note="${note.id}"]`);
    if (!mark) problems.push(`${place}: paragraph → #${note.paragraph} has no mark for the note`);
    else if (normalizeText(authorsText(mark)) !== normalizeText(note.phrase)) problems.push(`${place}: phrase → marked "${text(mark)}", not "${note.phrase}"`);
    const element = byId(root, `note-${note.id}`);
    if (!element) problems.push(`${place}: id → #note-${note.id} is not on the page`);
    else {
      if (element.getAttribute('data-kind') !== note.kind) problems.push(`${place}: kind → #note-${note.id} is not a ${note.kind} note`);
      if (!element.parentNode?.classList?.contains('note-group') || element.closest('p')) problems.push(`${place}: id → #note-${note.id} is inside the author's sentence, not in a note group after it`);
      const margin = model.noteNumbers.has(note.id);
      const control = margin
        ? root.querySelector(`a.note-ref[href="#note-${note.id}"][aria-details="note-${note.id}"]`)
        : element.hasAttribute('popover') && root.querySelector(`[popovertarget="note-${note.id}"]`);
      if (!control) problems.push(`${place}: id → no ${margin ? 'numbered link tied to' : 'control that opens'} #note-${note.id}`);
    }
    if (!appendix?.querySelector(`a[href="#note-${note.id}"]`)) problems.push(`${place}: id → the appendix (#notes) does not link to it`);
  }

  // Claims: each on the timeline once, its reading (words, horizon, end, status,
  // facts, the way back) in its own disclosure, its words marked in the essay,
  // and a claim link in the essay.
  const { facts, rows } = model;
  const claims = [
    ...rows.flatMap((row) => row.leadTimes.map((lead) => ({ file: data('options.yaml'), id: lead.id, phrase: lead.phrase, facts: row.hindsight.map((h) => h.fact).filter((fact) => lead.facts.includes(fact)) }))),
    ...model.claims.map((claim) => ({ file: data('claims.yaml'), id: claim.id, phrase: claim.phrase, facts: claim.hindsight.map((h) => h.fact) })),
  ];
  const timeline = byId(root, 'lead-time-timeline');
  const registeredClaims = registry.anchors.filter((id) => id.startsWith('claim-')).sort();
  const dataClaims = claims.map((claim) => `claim-${claim.id}`).sort();
  if (registeredClaims.join() !== dataClaims.join()) problems.push(`${data('permalinks.yaml')}: anchors → claim ids [${registeredClaims.join(', ')}] differ from the data's [${dataClaims.join(', ')}]`);
  const claimLinks = body.querySelectorAll('a.claim-link');
  if (claimLinks.length !== claims.length) problems.push(`${page}: ${claimLinks.length} claim links in the essay for ${claims.length} claims`);
  for (const claim of claims) {
    const place = `${claim.file}: claim ${claim.id}`;
    if (!timeline?.querySelector(`[id="claim-${claim.id}"]`)) problems.push(`${place}: id → #claim-${claim.id} is not on the timeline`);
    const reading = timeline?.querySelector(`[id="claim-${claim.id}"] > details`);
    if (!reading || !reading.querySelector('summary')) problems.push(`${place}: id → #claim-${claim.id} is not a disclosure (<details> with a <summary>)`);
    else {
      const readingText = text(reading);
      if (!text(reading.querySelector('.lt-quote') ?? reading).includes(normalizeText(claim.phrase))) problems.push(`${place}: phrase → the claim does not quote it`);
      if (!/Horizon: .+yr.+(the author's number|our reading of).+Ends: .+Status: (horizon passed|still open)/s.test(readingText)) problems.push(`${place}: horizon → the claim lacks its horizon and its provenance, end or status`);
      if (!reading.querySelector(`a[href="#phrase-claim-${claim.id}"]`)) problems.push(`${place}: phrase → the claim does not link to its words`);
      if (!reading.querySelector(`a[data-permalink="claim-${claim.id}"]`)) problems.push(`${place}: id → the claim has no copy link`);
      for (const fact of claim.facts) problems.push(...factProblems('the claim', reading, facts.get(fact), `${place}: hindsight → ${fact}`));
    }
    const words = byId(root, `phrase-claim-${claim.id}`);
    if (!words) problems.push(`${place}: phrase → #phrase-claim-${claim.id} ("read in context") is not on the page`);
    else {
      if (normalizeText(authorsText(words)) !== normalizeText(claim.phrase)) problems.push(`${place}: phrase → #phrase-claim-${claim.id} marks "${text(words)}"`);
      let up = words.parentNode;
      while (up && !['P', 'LI', 'TR'].includes(up.tagName)) up = up.parentNode;
      if (!up) problems.push(`${place}: phrase → #phrase-claim-${claim.id} is not inside a paragraph, list item or row`);
    }
    const links = body.querySelectorAll(`a.claim-link[href="#claim-${claim.id}"]`);
    if (links.length !== 1 || !/^On the timeline: /.test(links[0].getAttribute('aria-label') ?? '')) problems.push(`${place}: id → the essay needs one claim link named "On the timeline: …" (found ${links.length})`);
  }

  // Options rows: each in the table, in the author's order; rows with hindsight carry it in a disclosure.
  const tableRows = root.querySelectorAll('.options-table tbody tr').map((tr) => tr.id);
  if (tableRows.join() !== rows.map((row) => `option-${row.id}`).join()) problems.push(`${data('options.yaml')}: the table's rows are [${tableRows.join(', ')}]`);
  for (const row of rows) {
    const tr = byId(root, `option-${row.id}`);
    if (tr && row.hindsight.length && tr.querySelectorAll('details li').length !== row.hindsight.length) {
      problems.push(`${data('options.yaml')}: row ${row.id}: hindsight → the row's disclosure does not list its ${row.hindsight.length} notes`);
    }
  }

  // Quotes: each card is a figure of ours, with a permalink to itself.
  for (const quote of model.quotes) {
    const card = byId(root, `quote-${quote.id}`);
    const place = `${data('quotes.yaml')}: quote ${quote.id}`;
    if (!card || card.tagName !== 'FIGURE' || !card.hasAttribute('data-ours')) problems.push(`${place}: id → #quote-${quote.id} is not a figure marked as ours`);
    else if (!card.querySelector(`a[data-permalink="quote-${quote.id}"][href="#quote-${quote.id}"]`)) problems.push(`${place}: id → the card has no permalink to itself`);
  }
  return problems;
}
