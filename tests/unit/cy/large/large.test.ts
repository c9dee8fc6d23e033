import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  computeForceLayout,
  createForceRun,
  seedPositions,
  type ForceGraph,
} from '../../../../src/cy/large/force.ts';
import { applyPositions, extractGraph, fitToExtent } from '../../../../src/cy/large/layout.ts';
import { runLargeLayout, startLargeLayout } from '../../../../src/cy/large/index.ts';
import {
  isLargeGraph,
  largeGraphOptions,
  LARGE_GRAPH_THRESHOLD,
} from '../../../../src/cy/large-mode.ts';

/** A ring of groups of 5 members each; each member linked to the next one. */
function ringGraph(groups: number): ForceGraph {
  const n = groups * 6;
  const parent = new Int32Array(n).fill(-1);
  const edges: number[] = [];
  for (let g = 0; g < groups; g++) {
    for (let k = 1; k <= 5; k++) parent[g * 6 + k] = g * 6;
    edges.push(g * 6 + 1, ((g + 1) % groups) * 6 + 2);
  }
  return { n, edges: Int32Array.from(edges), parent };
}

const dist = (p: Float64Array, a: number, b: number): number =>
  Math.hypot(
    (p[2 * a] as number) - (p[2 * b] as number),
    (p[2 * a + 1] as number) - (p[2 * b + 1] as number),
  );

describe('force layout', () => {
  it('is deterministic and finite', () => {
    const g = ringGraph(20);
    const a = computeForceLayout(g, 50);
    expect(Array.from(computeForceLayout(g, 50))).toEqual(Array.from(a));
    expect(a.every(Number.isFinite)).toBe(true);
  });

  it('keeps members near their group and spreads groups apart', () => {
    const g = ringGraph(30);
    const p = computeForceLayout(g, 150);
    let inside = 0;
    let across = 0;
    for (let grp = 0; grp < 30; grp++) {
      inside += dist(p, grp * 6 + 3, grp * 6 + 4);
      across += dist(p, grp * 6 + 3, ((grp + 15) % 30) * 6 + 3);
    }
    expect(across / inside).toBeGreaterThan(3);
  });

  it('without groups (large mode draws no compound parents), linked nodes end up together', () => {
    // Two rings of 30 nodes each, joined by one link; no parents at all.
    const n = 60;
    const edges: number[] = [];
    for (let r = 0; r < 2; r++)
      for (let k = 0; k < 30; k++) edges.push(r * 30 + k, r * 30 + ((k + 1) % 30));
    edges.push(0, 30);
    const g: ForceGraph = { n, edges: Int32Array.from(edges), parent: new Int32Array(n).fill(-1) };
    const p = computeForceLayout(g);
    expect(Array.from(computeForceLayout(g))).toEqual(Array.from(p));
    let linked = 0;
    for (let k = 0; k < edges.length; k += 2)
      linked += dist(p, edges[k] as number, edges[k + 1] as number);
    linked /= edges.length / 2;
    let across = 0;
    for (let k = 0; k < 30; k++) across += dist(p, k, 30 + ((k + 15) % 30));
    across /= 30;
    expect(across / linked).toBeGreaterThan(3);
  });

  it('starts from given start positions as from its own seed', () => {
    const g = ringGraph(12);
    const own = createForceRun(g, 30);
    own.step(30);
    const given = createForceRun(g, 30, seedPositions(g));
    given.step(30);
    expect(Array.from(given.positions())).toEqual(Array.from(own.positions()));
  });

  it('seeds distinct start positions', () => {
    const p = seedPositions(ringGraph(10));
    const keys = new Set<string>();
    for (let i = 0; i < p.length; i += 2) keys.add(`${p[i]?.toFixed(3)},${p[i + 1]?.toFixed(3)}`);
    expect(keys.size).toBe(60);
  });
});

function headless(groups: number): cytoscape.Core {
  const elements: cytoscape.ElementDefinition[] = [];
  for (let g = 0; g < groups; g++) {
    elements.push({ data: { id: `g${g}` } });
    for (let k = 0; k < 5; k++) elements.push({ data: { id: `m${g}-${k}`, parent: `g${g}` } });
  }
  for (let g = 0; g < groups; g++) {
    elements.push({ data: { id: `e${g}`, source: `m${g}-0`, target: `m${(g + 1) % groups}-1` } });
  }
  return cytoscape({ headless: true, elements, styleEnabled: true });
}

describe('runLargeLayout (no Worker in Node: chunks on the main thread)', () => {
  it('moves every childless node and reports progress up to 1', async () => {
    const cy = headless(40);
    const fractions: number[] = [];
    await runLargeLayout(cy, { onProgress: (f) => fractions.push(f), iterations: 60 });
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    const xs = new Set(cy.nodes(':childless').map((n) => Math.round(n.position('x'))));
    expect(xs.size).toBeGreaterThan(100);
  });

  it('stops with an AbortError when cancelled', async () => {
    const cy = headless(200);
    const task = startLargeLayout(cy, { iterations: 100_000, fit: false });
    await new Promise((r) => setTimeout(r, 50));
    task.cancel();
    await expect(task.done).rejects.toMatchObject({ name: 'AbortError' });
    expect(task.progress()).toBeLessThan(0.95);
  });
});

describe('applyPositions and fitToExtent', () => {
  it('moves childless nodes only and returns their extent', () => {
    const cy = headless(2);
    const { graph, nodes } = extractGraph(cy);
    expect(graph.n).toBe(12);
    expect(Array.from(graph.parent).filter((p) => p >= 0)).toHaveLength(10);
    const positions = new Float64Array(2 * graph.n);
    nodes.forEach((node, i) => {
      positions[2 * i] = node.isParent() ? 10_000 : i * 10;
      positions[2 * i + 1] = node.isParent() ? 10_000 : -i;
    });
    const extent = applyPositions(cy, nodes, positions);
    const childless = nodes.map((node, i) => ({ node, i })).filter(({ node }) => !node.isParent());
    const xs = childless.map(({ i }) => i * 10);
    const ys = childless.map(({ i }) => -i);
    expect(extent).toEqual({
      x1: Math.min(...xs),
      y1: Math.min(...ys),
      x2: Math.max(...xs),
      y2: Math.max(...ys),
    });
    for (const { node, i } of childless) expect(node.position()).toEqual({ x: i * 10, y: -i });
  });

  it('fits the extent into the viewport as cy.fit would, within the zoom limits', () => {
    let set: { zoom: number; pan: { x: number; y: number } } | undefined;
    const fake = {
      width: () => 1000,
      height: () => 600,
      minZoom: () => 0.05,
      maxZoom: () => 5,
      viewport: (v: { zoom: number; pan: { x: number; y: number } }) => {
        set = v;
      },
    } as unknown as cytoscape.Core;
    // 920 × 520 model units with the node margin (40 each side), into 940 × 540 pixels.
    fitToExtent(fake, { x1: 0, y1: 0, x2: 840, y2: 440 }, 30);
    expect(set?.zoom).toBeCloseTo(Math.min(940 / 920, 540 / 520), 6);
    // Centred: the extent's centre (420, 220) lands on the viewport's centre (500, 300).
    expect(420 * (set?.zoom ?? 0) + (set?.pan.x ?? 0)).toBeCloseTo(500, 6);
    expect(220 * (set?.zoom ?? 0) + (set?.pan.y ?? 0)).toBeCloseTo(300, 6);
    // A single point: the zoom stops at maxZoom.
    fitToExtent(fake, { x1: 5, y1: 5, x2: 5, y2: 5 }, 30);
    expect(set?.zoom).toBeLessThanOrEqual(5);
    set = undefined;
    fitToExtent(fake, undefined, 30);
    expect(set).toBeUndefined();
  });
});

describe('thresholds', () => {
  it('switches on above the threshold only', () => {
    expect(isLargeGraph(LARGE_GRAPH_THRESHOLD)).toBe(false);
    expect(isLargeGraph(LARGE_GRAPH_THRESHOLD + 1)).toBe(true);
    expect(largeGraphOptions(10)).toEqual({});
    expect(largeGraphOptions(LARGE_GRAPH_THRESHOLD + 1)).toMatchObject({ textureOnViewport: true });
  });
});
