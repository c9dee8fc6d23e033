import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { computeForceLayout, seedPositions, type ForceGraph } from '../../../src/cy/large/force.ts';
import {
  isLargeGraph,
  largeGraphOptions,
  LARGE_GRAPH_THRESHOLD,
  runLargeLayout,
  startLargeLayout,
} from '../../../src/cy/large/index.ts';

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

describe('thresholds', () => {
  it('switches on above the threshold only', () => {
    expect(isLargeGraph(LARGE_GRAPH_THRESHOLD)).toBe(false);
    expect(isLargeGraph(LARGE_GRAPH_THRESHOLD + 1)).toBe(true);
    expect(largeGraphOptions(10)).toEqual({});
    expect(largeGraphOptions(LARGE_GRAPH_THRESHOLD + 1)).toMatchObject({ textureOnViewport: true });
  });
});
