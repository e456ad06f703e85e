// A Lighthouse audit for `node scripts/paint-probe.mjs lantern`: what
// Lighthouse's simulation (Lantern) charged to a simulated first contentful
// paint. Each node of the graph it simulated (its optimistic one; for a page
// whose first paint waits on no script the pessimistic one is the same), with
// the simulated start and end, and what the node is: a request (its priority
// and bytes) or a main-thread task (its length at full speed and the work in it).
import { Audit } from 'lighthouse/core/audits/audit.js';
import { LanternFirstContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-first-contentful-paint.js';

/** The work a task did that a first paint waits for, with its full-speed milliseconds. */
const WORK = new Set(['ParseHTML', 'UpdateLayoutTree', 'Layout', 'Paint', 'EvaluateScript', 'v8.evaluateModule', 'DocumentLoader::CommitNavigation']);

function describe(node) {
  if (node.type === 'network') return `request ${node.request.url} (${node.request.priority}, ${node.request.transferSize} B)`;
  const work = new Map();
  for (const event of node.childEvents.filter((child) => WORK.has(child.name))) work.set(event.name, (work.get(event.name) ?? 0) + event.dur / 1000);
  const parts = [...work].filter(([, ms]) => ms >= 0.5).map(([name, ms]) => `${name} ${ms.toFixed(0)}`);
  return `task ${(node.duration / 1000).toFixed(0)} ms at full speed${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

export default class LanternFirstPaint extends Audit {
  static get meta() {
    return {
      id: 'lantern-first-paint',
      title: 'What the simulated first contentful paint waits for',
      description: 'The nodes of the graph Lighthouse simulated for FCP.',
      scoreDisplayMode: Audit.SCORING_MODES.INFORMATIVE,
      supportedModes: ['navigation'],
      requiredArtifacts: ['Trace', 'DevtoolsLog', 'GatherContext', 'URL', 'SourceMaps', 'HostDPR'],
    };
  }

  static async audit(artifacts, context) {
    const data = { trace: artifacts.Trace, devtoolsLog: artifacts.DevtoolsLog, gatherContext: artifacts.GatherContext, settings: context.settings, URL: artifacts.URL, SourceMaps: artifacts.SourceMaps, HostDPR: artifacts.HostDPR, simulator: null };
    const fcp = await LanternFirstContentfulPaint.request(data, context);
    const nodes = [...fcp.optimisticEstimate.nodeTimings]
      .map(([node, timing]) => ({ start: timing.startTime, end: timing.endTime, what: describe(node) }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    return { score: null, details: { type: 'debugdata', timing: fcp.timing, optimistic: fcp.optimisticEstimate.timeInMs, pessimistic: fcp.pessimisticEstimate.timeInMs, nodes } };
  }
}
