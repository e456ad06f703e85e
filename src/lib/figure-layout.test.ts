import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { figureSchema, type Figure } from '../schemas/figure';
import { companyCount, layoutWide, nodeId, roadsOf, DESTINATION_ID, type FigureLayout, type Rect } from './figure-layout';
import { estimateWidth } from './svg-text';

const figure: Figure = figureSchema.parse(parse(readFileSync(new URL('../data/figure.yaml', import.meta.url), 'utf8')));

/** The narrowest width (CSS px) each layout is shown at: 50rem (DataMoatsFigure.css), and a 390 px phone's column. */
const NARROWEST = { wide: 800 };

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the figure data', () => {
  it('has ten roads and six 2020s nodes, as the original', () => {
    expect(figure.companies).toHaveLength(10);
    expect(figure.captures).toHaveLength(6);
  });

  it('shows eleven companies on ten roads: GitHub and Hugging Face share one', () => {
    expect(companyCount(figure)).toBe(11);
    expect(roadsOf(figure)).toHaveLength(10);
    expect(figure.companies.find((company) => company.names)?.names).toEqual(['GitHub', 'Hugging Face']);
    const one = { ...figure, companies: figure.companies.map(({ names: _names, ...company }) => company) };
    expect(companyCount(one)).toBe(10);
  });

  it('is refused when a shared road names a company its label does not', () => {
    const wrong = { ...figure, companies: figure.companies.map((c) => (c.names ? { ...c, names: ['GitHub', 'GitLab'] } : c)) };
    expect(figureSchema.safeParse(wrong).error?.issues[0]).toMatchObject({ path: ['companies', 2, 'names', 1] });
  });

  it('gives every company a road through a known 2020s node', () => {
    const roads = roadsOf(figure);
    expect(roads.map((road) => road.company.id)).toEqual(figure.companies.map((company) => company.id));
    for (const road of roads) expect(figure.groups.map((group) => group.id)).toContain(road.group);
  });

  it('is refused with an orphan 2020s node or an unknown one', () => {
    const orphan = { ...figure, captures: [...figure.captures, { id: 'orphan', label: 'Nobody leads here', group: 'blue' }] };
    expect(figureSchema.safeParse(orphan).error?.issues[0]?.message).toMatch(/orphan/);
    const lost = { ...figure, companies: [{ ...figure.companies[0]!, capture: 'nowhere' }, ...figure.companies.slice(1)] };
    expect(figureSchema.safeParse(lost).success).toBe(false);
  });
});

describe.each([
  ['wide', layoutWide(figure)],
] as const)('the %s layout', (name, layout: FigureLayout) => {
  const byKind = (kind: string) => layout.nodes.filter((node) => node.kind === kind);

  it('draws ten companies, ten businesses, six 2020s nodes and Rome', () => {
    expect(byKind('company')).toHaveLength(10);
    expect(byKind('business')).toHaveLength(10);
    expect(byKind('capture')).toHaveLength(6);
    expect(byKind('destination')).toHaveLength(1);
  });

  it('leads every company to Rome by its own road', () => {
    for (const company of figure.companies) {
      const path = [nodeId('company', company.id)];
      while (path.at(-1) !== DESTINATION_ID && path.length < 10) {
        const next = layout.edges.find((edge) => edge.from === path.at(-1) && edge.roads.includes(company.id));
        expect(next, `${company.id} stops at ${path.at(-1)}`).toBeDefined();
        path.push(next!.to);
      }
      expect(path).toEqual([nodeId('company', company.id), nodeId('business', company.id), nodeId('capture', company.capture), DESTINATION_ID]);
    }
  });

  it('leaves no node without an arrow in and an arrow out (companies have no way in, Rome no way out)', () => {
    for (const node of layout.nodes) {
      if (node.kind !== 'company') expect(layout.edges.some((edge) => edge.to === node.id), `${node.id} has no arrow in`).toBe(true);
      if (node.kind !== 'destination') expect(layout.edges.some((edge) => edge.from === node.id), `${node.id} has no arrow out`).toBe(true);
    }
    const ids = new Set(layout.nodes.map((node) => node.id));
    for (const edge of layout.edges) expect(ids.has(edge.from) && ids.has(edge.to), `${edge.from} → ${edge.to}`).toBe(true);
  });

  it('keeps every node inside the drawing and clear of the others', () => {
    for (const node of layout.nodes) {
      expect(node.box.x).toBeGreaterThanOrEqual(0);
      expect(node.box.y).toBeGreaterThanOrEqual(0);
      expect(node.box.x + node.box.width).toBeLessThanOrEqual(layout.width);
      expect(node.box.y + node.box.height).toBeLessThanOrEqual(layout.height);
    }
    const boxes = [...layout.nodes.filter((node) => node.kind !== 'destination').map((node) => [node.id, node.box] as const), ['destination drawing', layout.destination] as const];
    for (const [i, [a, boxA]] of boxes.entries()) {
      for (const [b, boxB] of boxes.slice(i + 1)) expect(overlap(boxA, boxB), `${a} overlaps ${b}`).toBe(false);
    }
  });

  it('wraps every label to fit its box', () => {
    for (const node of layout.nodes) {
      const padding = node.kind === 'company' ? 10 : 0;
      for (const line of node.text.lines) {
        expect(estimateWidth(line, node.text.size, node.text.bold), `${node.id}: "${line}"`).toBeLessThanOrEqual(node.box.width - padding);
      }
    }
  });

  it('keeps the destination caption word for word', () => {
    expect(layout.nodes.find((node) => node.id === DESTINATION_ID)!.text.lines.join(' ')).toBe(figure.destinationCaption);
  });

  it('never sets text smaller than 12 px at the narrowest width it is shown', () => {
    expect((layout.minFontSize * NARROWEST[name]) / layout.width).toBeGreaterThanOrEqual(12);
    for (const node of layout.nodes) expect(node.text.size).toBeGreaterThanOrEqual(layout.minFontSize);
  });
});
