// The timeline island. The wrapper renders the whole chart at build time and
// passes it in as static children (every panel in the HTML, shown by :target
// without JavaScript); this adds hover, focus and tap panels, arrow keys,
// Escape, and opening a claim from the URL. Wrapping the whole chart also
// means client:visible hydrates whichever part of it is on screen.
import type { ComponentChildren } from 'preact';
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { showOpen, wireChart } from './chart-events';
import { reduceOpen } from './open-state';

export interface Props {
  /** The chart, rendered at build time; never re-rendered here. */
  children?: ComponentChildren;
}

export const HINT = {
  static: 'Select a claim for the author’s words, its horizon and what happened since.',
  live: 'Hover, focus or tap a claim for the author’s words, its horizon and what happened since. Arrow keys move between claims; Escape closes.',
};

/** Every claim id on the chart, in its order, read from its rows (#claim-<id>): no list of them in the page's island props. */
function claimIds(chart: HTMLElement): string[] {
  return [...chart.querySelectorAll<HTMLElement>('.lt-row[id^="claim-"]')].map((row) => row.id.slice('claim-'.length));
}

export default function LeadTimeline({ children }: Props) {
  const chart = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const [open, dispatch] = useReducer(reduceOpen, null);

  useEffect(() => {
    setReady(true);
    return chart.current ? wireChart(chart.current, claimIds(chart.current), dispatch) : undefined;
  }, []);

  useEffect(() => {
    if (ready && chart.current) showOpen(chart.current, open);
  }, [open, ready]);

  return (
    <div class="lt-chart" ref={chart} data-ready={ready ? '' : undefined}>
      <p class="lt-hint">{ready ? HINT.live : HINT.static}</p>
      {children}
    </div>
  );
}
