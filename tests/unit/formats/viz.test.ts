/**
 * What users made in Gephi and yEd survives: colour, size, shape, position and edge weight are kept
 * on import (x-… keys and `positions`) and written back on export (GEXF viz:, GraphML Gephi keys).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportDataset, importDataset } from '../../../src/formats/index.ts';
import { parseXml, type XmlElement } from '../../../src/formats/xml.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { byId, datasetOf, fixture, warningsOf } from './helpers.ts';

const EXTERNAL = readdirSync(fileURLToPath(new URL('../../fixtures/external/', import.meta.url)))
  .filter((f) => f.endsWith('.gexf'))
  .sort();

interface Graphics {
  color?: string;
  a?: number;
  size?: number;
  shape?: string;
  x?: number;
  y?: number;
  z?: number;
  thickness?: number;
  weight?: number;
}

function parse(text: string): XmlElement {
  const xml = parseXml(text);
  if (!xml.ok) throw new Error(xml.problems.map((p) => p.message).join('; '));
  return xml.root;
}

function n(el: XmlElement, k: string): number | undefined {
  return el.attrs[k] === undefined ? undefined : Number(el.attrs[k]);
}

/** The viz children of a GEXF node or edge, as numbers (colours as #rrggbb). */
function graphicsOf(el: XmlElement): Graphics {
  const g: Graphics = {};
  const w = n(el, 'weight');
  if (w !== undefined) g.weight = w;
  for (const c of el.children) {
    if (c.name === 'color') {
      const hex = c.attrs.hex;
      g.color =
        hex?.toLowerCase() ??
        `#${[n(c, 'r'), n(c, 'g'), n(c, 'b')].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
      if (c.attrs.a !== undefined) g.a = n(c, 'a');
    } else if (c.name === 'position') {
      g.x = n(c, 'x');
      g.y = n(c, 'y');
      const z = n(c, 'z');
      if (z !== undefined && z !== 0) g.z = z;
    } else if (c.name === 'size') g.size = n(c, 'value');
    else if (c.name === 'thickness') g.thickness = n(c, 'value');
    else if (c.name === 'shape') g.shape = c.attrs.value;
  }
  return g;
}

function gexfGraphics(text: string): {
  nodes: Map<string, Graphics>;
  edges: { source: string; target: string; g: Graphics }[];
} {
  const graph = parse(text).children.find((c) => c.name === 'graph');
  const nodes = new Map<string, Graphics>();
  const walk = (container: XmlElement): void => {
    for (const node of container.children.filter((c) => c.name === 'node')) {
      const id = node.attrs.id ?? '';
      if (!nodes.has(id)) nodes.set(id, graphicsOf(node));
      for (const inner of node.children.filter((c) => c.name === 'nodes')) walk(inner);
    }
  };
  const edges: { source: string; target: string; g: Graphics }[] = [];
  for (const block of graph?.children ?? []) {
    if (block.name === 'nodes') walk(block);
    if (block.name === 'edges')
      for (const e of block.children.filter((c) => c.name === 'edge'))
        edges.push({
          source: e.attrs.source ?? '',
          target: e.attrs.target ?? '',
          g: graphicsOf(e),
        });
  }
  return { nodes, edges };
}

function gexfRoundTrip(text: string, name: string): { ds: Dataset; out: string } {
  const ds = datasetOf(importDataset(text, name));
  const out = exportDataset(ds, 'gexf')[0]?.text ?? '';
  return { ds, out };
}

describe('Gephi → Backchannel → Gephi keeps colour, size, shape, position and weight', () => {
  it.each([...EXTERNAL.map((f) => `external/${f}`), 'formats/viz.gexf'])('%s', (path) => {
    const text = fixture(path);
    const { ds, out } = gexfRoundTrip(text, path);
    const before = gexfGraphics(text);
    const after = gexfGraphics(out);
    // Every node's graphics, by the actor it became.
    const newId = new Map(
      ds.actors.map((a) => [String(a['x-source-id' as keyof typeof a] ?? a.id), a.id]),
    );
    let compared = 0;
    for (const [id, g] of before.nodes) {
      expect(after.nodes.get(newId.get(id) ?? id), `node ${id}`).toEqual(g);
      compared++;
    }
    expect(compared).toBe(before.nodes.size);
    // Every edge's weight and graphics, in order (self-loops are not relations).
    const kept = before.edges.filter((e) => newId.get(e.source) !== newId.get(e.target));
    expect(after.edges.map((e) => e.g)).toEqual(kept.map((e) => e.g));
    // And Backchannel → GEXF → Backchannel gives the same dataset.
    expect(datasetOf(importDataset(out, path))).toEqual(ds);
  });

  it.each([...EXTERNAL.map((f) => `external/${f}`), 'formats/viz.gexf', 'formats/viz.graphml'])(
    '%s through GraphML (Gephi keys r, g, b, x, y, size, weight) gives the same dataset',
    (path) => {
      const ds = datasetOf(importDataset(fixture(path), path));
      const out = exportDataset(ds, 'graphml')[0]?.text ?? '';
      const back = datasetOf(importDataset(out, path));
      expect({ ...back, actors: byId(back.actors) }).toEqual({ ...ds, actors: byId(ds.actors) });
    },
  );
});

describe('what the importers keep', () => {
  it('GEXF viz: colour (r/g/b/a or hex), size, shape, position (y turned downwards), z when not 0; edge weight, colour, thickness', () => {
    const r = importDataset(fixture('formats/viz.gexf'), 'viz.gexf');
    const ds = datasetOf(r);
    expect(warningsOf(r)).toEqual([]);
    const [a, b, c] = ds.actors;
    expect(a).toEqual({
      id: 'a',
      name: 'A',
      kind: 'other',
      'x-color': '#ff3333',
      'x-opacity': 0.8,
      'x-size': 12.5,
      'x-shape': 'square',
    });
    expect(b).toMatchObject({ 'x-color': '#00aaff', 'x-size': 4, 'x-z': 2 });
    expect(c).toEqual({ id: 'c', name: 'C', kind: 'other' });
    expect(ds.positions).toEqual({ actors: { a: { x: -10.25, y: -40 }, b: { x: 0, y: 3.5 } } });
    expect(ds.relations[0]).toMatchObject({
      'x-weight': 2.5,
      'x-color': '#0a141e',
      'x-thickness': 3,
      'x-certainty': 'unstated',
    });
    expect(ds.relations[1]).toMatchObject({ 'x-weight': 1 });
    expect(ds.relations[2]).not.toHaveProperty('x-weight');
  });

  it("GraphML: Gephi's r/g/b/x/y/size keys and yEd's ShapeNode geometry, fill and shape, and edge line style", () => {
    const r = importDataset(fixture('formats/viz.graphml'), 'viz.graphml');
    const ds = datasetOf(r);
    expect(warningsOf(r)).toEqual([]);
    const [p, q, y1, y2] = ds.actors;
    expect(p).toEqual({ id: 'p', name: 'P', kind: 'other', 'x-color': '#0080ff', 'x-size': 15 });
    expect(q).toEqual({ id: 'q', name: 'Q', kind: 'other' });
    expect(y1).toEqual({
      id: 'y1',
      name: 'Yed One',
      kind: 'other',
      'x-color': '#ffcc00',
      'x-shape': 'ellipse',
      'x-width': 40,
      'x-height': 30,
    });
    expect(y2).toMatchObject({ name: 'Yed Two', 'x-color': '#336699' });
    // Gephi's y grows upwards (turned); yEd's geometry is already on screen (top-left → centre).
    expect(ds.positions?.actors).toEqual({
      p: { x: 100.5, y: 20 },
      q: { x: 0, y: -30 },
      y1: { x: 220, y: 115 },
      y2: { x: 15, y: 15 },
    });
    expect(ds.relations[0]).toMatchObject({ 'x-weight': 3 });
    expect(ds.relations[1]).toMatchObject({ 'x-color': '#ff0000', 'x-thickness': 2 });
  });

  it('an edge whose file states no certainty is marked x-certainty "unstated", one that does keeps it', () => {
    const ds = datasetOf(
      importDataset('Source,Target,Certainty\na,b,\nb,c,confirmed\n', 'edges.csv'),
    );
    expect(ds.relations[0]).toMatchObject({ 'x-certainty': 'unstated' });
    expect(ds.relations[0]?.certainty).toBeUndefined();
    expect(ds.relations[1]?.certainty).toBe('confirmed');
    expect(ds.relations[1]).not.toHaveProperty('x-certainty');
  });
});
