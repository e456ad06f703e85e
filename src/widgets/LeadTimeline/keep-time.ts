// The chart on the reader's day. Built, it shows the build day; once it nears
// the screen, today becomes the reader's own calendar day (never one before the
// build): the today line and label, each claim's status and its sentence, and
// the legend's counts are said again by the same pure rules the build uses
// (lib/timeline). It runs before the chart is on screen, so nothing shifts in
// view, and it changes attributes and text only, never an element.
import { formatDay, labelAnchor, legendText, percent, positionOf, restate, statusOn, TODAY_SOURCE, type ClaimStatus } from '../../lib/timeline';
import { pageToday } from '../../lib/today';

export function keepTime(chart: HTMLElement, now = new Date()): void {
  const section = chart.closest<HTMLElement>('[data-build-date]');
  const buildDay = section?.dataset.buildDate;
  if (!section || !buildDay) return;
  const today = pageToday(buildDay, now);
  if (today === buildDay) return;

  const at = positionOf(today, { from: chart.dataset.from!, to: chart.dataset.to! });
  const x = percent(at);
  for (const line of section.querySelectorAll('.lt-today, .lt-bar-today')) {
    line.setAttribute('x1', x);
    line.setAttribute('x2', x);
  }
  const label = section.querySelector<SVGTextElement>('.lt-today-label');
  if (label) {
    const anchor = labelAnchor(at);
    label.setAttribute('x', x);
    label.setAttribute('text-anchor', anchor);
    label.setAttribute('dx', anchor === 'start' ? '0.4em' : '-0.4em');
    label.setAttribute('data-date', today);
    label.textContent = `Today · ${formatDay(today, 'short')}`;
  }
  const time = section.querySelector<HTMLTimeElement>('time[data-today]');
  if (time) {
    time.dateTime = today;
    time.textContent = formatDay(today);
    if (time.nextSibling?.nodeType === Node.TEXT_NODE) time.nextSibling.textContent = TODAY_SOURCE.reader;
  }

  const counts: Record<ClaimStatus, number> = { open: 0, passed: 0 };
  for (const row of section.querySelectorAll<HTMLElement>('.lt-row[data-end]')) {
    const status = statusOn(row.dataset.end!, today);
    counts[status]++;
    row.dataset.status = status;
    for (const said of row.querySelectorAll('.lt-meta, .lt-facts')) said.textContent = restate(said.textContent ?? '', status, today);
  }
  for (const key of section.querySelectorAll<HTMLElement>('.lt-legend [data-status]')) {
    const status = key.dataset.status as ClaimStatus;
    key.textContent = legendText(status, counts[status]);
  }
}
