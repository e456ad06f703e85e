// Geometry of the "data moats" figure, computed at build time from its data:
// laid out left to right, like the original.
import type { Figure } from '../schemas/figure';
import { wrapBalanced } from './svg-text';

export interface Point {
  x: number;
  y: number;
}

export interface Rect extends Point {
  width: number;
  height: number;
}

/** Pre-wrapped text: baseline of the first line at (x, y), one line every `lineHeight`. */
export interface TextBlock extends Point {
  lines: string[];
  size: number;
  lineHeight: number;
  anchor: 'start' | 'middle';
  bold: boolean;
}

export type NodeKind = 'company' | 'business' | 'capture' | 'destination';

/** A box in the figure; `roads` lists the companies whose road passes through it. */
export interface FigureNode {
  id: string;
  kind: NodeKind;
  group: string;
  box: Rect;
  text: TextBlock;
  roads: string[];
}

/** An arrow: `from` and `to` are node ids; `d` is the line, `head` the arrowhead. */
export interface Edge {
  from: string;
  to: string;
  /** A colour group id, "ink" (company to business) or "destination" (into the destination). */
  colour: string;
  roads: string[];
  d: string;
  head: string;
}

export interface FigureLayout {
  name: 'wide';
  width: number;
  height: number;
  /** The smallest font size used, in viewBox units. */
  minFontSize: number;
  headings: TextBlock[];
  nodes: FigureNode[];
  edges: Edge[];
  /** Where the destination's drawing goes. */
  destination: Rect;
}

/** One company's road: company → business → what its data captures → the destination. */
export interface Road {
  company: Figure['companies'][number];
  capture: Figure['captures'][number];
  group: string;
}

export const DESTINATION_ID = 'destination';

/** Node ids: a business shares its company's id, so give each kind a prefix. */
export const nodeId = (kind: NodeKind, id: string): string => (kind === 'destination' ? DESTINATION_ID : `${kind}:${id}`);

/** Every company's road, in the figure's order. Throws on a company whose 2020s node is missing. */
export function roadsOf(figure: Figure): Road[] {
  return figure.companies.map((company) => {
    const capture = figure.captures.find((c) => c.id === company.capture);
    if (!capture) throw new Error(`figure: company "${company.id}" leads to unknown 2020s node "${company.capture}"`);
    return { company, capture, group: capture.group };
  });
}

/** How many companies the figure shows: a road shared by several counts each of them. */
export function companyCount(figure: Figure): number {
  return figure.companies.reduce((count, company) => count + (company.names?.length ?? 1), 0);
}

/** The 2020s nodes in order of first use, each with the companies that lead to it. */
function captureGroups(figure: Figure): { capture: Road['capture']; roads: Road[] }[] {
  const groups = new Map<string, { capture: Road['capture']; roads: Road[] }>();
  for (const road of roadsOf(figure)) {
    const group = groups.get(road.capture.id) ?? { capture: road.capture, roads: [] };
    group.roads.push(road);
    groups.set(road.capture.id, group);
  }
  return [...groups.values()];
}

const round = (n: number) => Math.round(n * 10) / 10;

function text(lines: string[], x: number, y: number, size: number, lineHeight: number, anchor: TextBlock['anchor'] = 'start', bold = false): TextBlock {
  return { lines, x: round(x), y: round(y), size, lineHeight, anchor, bold };
}

/** Baseline of the first of `count` lines centred on `middle`. */
const firstBaseline = (middle: number, count: number, size: number, lineHeight: number) => middle - ((count - 1) * lineHeight) / 2 + size * 0.35;

/** An arrowhead with its tip at `tip`, pointing along (dx, dy). */
function arrowhead(tip: Point, dx: number, dy: number, length = 9, halfWidth = 4.5): string {
  const norm = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / norm, dy / norm];
  const base = { x: tip.x - ux * length, y: tip.y - uy * length };
  const a = { x: base.x - uy * halfWidth, y: base.y + ux * halfWidth };
  const b = { x: base.x + uy * halfWidth, y: base.y - ux * halfWidth };
  return `M${round(tip.x)} ${round(tip.y)}L${round(a.x)} ${round(a.y)}L${round(b.x)} ${round(b.y)}Z`;
}

/** A horizontal S-curve from `from` to an arrow tip at `tip`, arriving level. */
function curve(from: Point, tip: Point, head = 9): { d: string; head: string } {
  const end = { x: tip.x - head * 0.8, y: tip.y };
  const bend = (end.x - from.x) / 2;
  return {
    d: `M${round(from.x)} ${round(from.y)}C${round(from.x + bend)} ${round(from.y)} ${round(end.x - bend)} ${round(end.y)} ${round(end.x)} ${round(end.y)}`,
    head: arrowhead(tip, 1, 0, head),
  };
}

/**
 * Left to right, as the original: companies, their 2010s businesses, the
 * 2020s nodes, then the destination with its caption. Each 2020s node sits level with the
 * middle of its companies; rows grow to fit their wrapped labels.
 */
export function layoutWide(figure: Figure): FigureLayout {
  const width = 1000;
  const size = 15;
  const lh = 19;
  const col = { company: 0, companyWidth: 170, business: 214, businessWidth: 180, capture: 474, captureWidth: 250, destination: 800, destinationWidth: 200 };
  const rowGap = 12;
  const groupGap = 18;
  const nodes: FigureNode[] = [];
  const edges: Edge[] = [];
  const headings = [
    text([figure.columns.business], col.business, 18, size, lh, 'start', true),
    text([figure.columns.capture], col.capture, 18, size, lh, 'start', true),
  ];

  let top = 36;
  const captureMiddles: number[] = [];
  for (const { capture, roads } of captureGroups(figure)) {
    const rows = roads.map((road) => {
      const name = wrapBalanced(road.company.name, col.companyWidth - 20, size, true);
      const business = wrapBalanced(road.company.business, col.businessWidth, size);
      const boxHeight = name.length * lh + 16;
      return { road, name, business, height: Math.max(boxHeight, business.length * lh + 4), boxHeight };
    });
    const rowsHeight = rows.reduce((sum, row) => sum + row.height, 0) + rowGap * (rows.length - 1);
    const label = wrapBalanced(capture.label, col.captureWidth, size);
    const blockHeight = Math.max(rowsHeight, label.length * lh + 8);
    const middle = top + blockHeight / 2;
    captureMiddles.push(middle);
    const captureTip = { x: col.capture - 8, y: middle };

    let y = top + (blockHeight - rowsHeight) / 2;
    for (const row of rows) {
      const id = row.road.company.id;
      const rowMiddle = y + row.height / 2;
      nodes.push({
        id: nodeId('company', id),
        kind: 'company',
        group: row.road.group,
        box: { x: col.company, y: round(rowMiddle - row.boxHeight / 2), width: col.companyWidth, height: row.boxHeight },
        text: text(row.name, col.company + col.companyWidth / 2, firstBaseline(rowMiddle, row.name.length, size, lh), size, lh, 'middle', true),
        roads: [id],
      });
      nodes.push({
        id: nodeId('business', id),
        kind: 'business',
        group: row.road.group,
        box: { x: col.business, y: round(rowMiddle - (row.business.length * lh) / 2), width: col.businessWidth, height: row.business.length * lh },
        text: text(row.business, col.business, firstBaseline(rowMiddle, row.business.length, size, lh), size, lh),
        roads: [id],
      });
      const tip = { x: col.business - 8, y: rowMiddle };
      edges.push({
        from: nodeId('company', id),
        to: nodeId('business', id),
        colour: 'ink',
        roads: [id],
        d: `M${col.company + col.companyWidth + 6} ${round(rowMiddle)}H${round(tip.x - 7)}`,
        head: arrowhead(tip, 1, 0, 8, 3.5),
      });
      edges.push({ from: nodeId('business', id), to: nodeId('capture', capture.id), colour: row.road.group, roads: [id], ...curve({ x: col.business + col.businessWidth + 6, y: rowMiddle }, captureTip) });
      y += row.height + rowGap;
    }
    nodes.push({
      id: nodeId('capture', capture.id),
      kind: 'capture',
      group: capture.group,
      box: { x: col.capture, y: round(middle - (label.length * lh) / 2), width: col.captureWidth, height: label.length * lh },
      text: text(label, col.capture, firstBaseline(middle, label.length, size, lh), size, lh),
      roads: roads.map((road) => road.company.id),
    });
    top += blockHeight + groupGap;
  }
  const rowsBottom = top - groupGap;

  // The destination: its drawing level with the middle of the 2020s nodes, centred in its column, the caption under it.
  const { width: drawingWidth, height: drawingHeight } = figure.destinationDrawing;
  const destinationMiddle = (captureMiddles[0]! + captureMiddles.at(-1)!) / 2;
  const destination = { x: round(col.destination + (col.destinationWidth - drawingWidth) / 2), y: round(destinationMiddle - drawingHeight / 2), width: drawingWidth, height: drawingHeight };
  const captionSize = 16;
  const caption = wrapBalanced(figure.destinationCaption, col.destinationWidth, captionSize, true);
  const arrowTip = { x: col.destination - 4, y: destinationMiddle };
  const allRoads = figure.companies.map((company) => company.id);
  const captionTop = destination.y + destination.height + 18;
  nodes.push({
    id: DESTINATION_ID,
    kind: 'destination',
    group: 'destination',
    box: { x: col.destination, y: destination.y, width: col.destinationWidth, height: destination.height + 18 + caption.length * 21 },
    text: text(caption, col.destination + col.destinationWidth / 2, captionTop + captionSize * 0.8, captionSize, 21, 'middle', true),
    roads: allRoads,
  });
  for (const [index, { capture, roads }] of captureGroups(figure).entries()) {
    const from = { x: col.capture + col.captureWidth + 8, y: captureMiddles[index]! };
    edges.push({ from: nodeId('capture', capture.id), to: DESTINATION_ID, colour: 'destination', roads: roads.map((road) => road.company.id), ...curve(from, arrowTip) });
  }

  const destinationBottom = captionTop + caption.length * 21;
  return { name: 'wide', width, height: round(Math.max(rowsBottom, destinationBottom) + 8), minFontSize: size, headings, nodes, edges, destination };
}

