/**
 * The overview's first layout computed in the loading worker (src/ui/load/preset-compute.ts) is the
 * very layout the controller would run on cytoscape (src/cy/large/layout.ts runLargeLayout): the
 * same graph in the same order, the same seed and steps, so the same places.
 */
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { generateDataset } from '../../../../src/gen/generate.ts';
import { computeGrouping } from '../../../../src/graph/grouping.ts';
import { overviewElements } from '../../../../src/cy/overview-elements.ts';
import { extractGraph, runLargeLayout } from '../../../../src/cy/large/layout.ts';
import { forceGraphOf, overviewPreset } from '../../../../src/ui/load/preset-compute.ts';
import { overviewApplies, overviewFrom } from '../../../../src/ui/state/overview.ts';

const dataset = generateDataset({ actors: 400, seed: 3 });
const grouping = computeGrouping(dataset);

function overviewCore(): cytoscape.Core {
  const labels = new Map(grouping.labels);
  const elements = overviewElements(dataset, {
    grouping: { groupOf: new Map(grouping.groupOf), labelOf: (g) => labels.get(g) },
    expanded: new Set(),
    edgeMode: 'each',
  });
  return cytoscape({ headless: true, styleEnabled: false, elements });
}

describe('overviewPreset', () => {
  it('reads the graph as extractGraph reads it off cytoscape', () => {
    const cy = overviewCore();
    const labels = new Map(grouping.labels);
    const elements = overviewElements(dataset, {
      grouping: { groupOf: new Map(grouping.groupOf), labelOf: (g) => labels.get(g) },
      expanded: new Set(),
      edgeMode: 'each',
    });
    const mine = forceGraphOf(elements);
    const theirs = extractGraph(cy);
    expect(mine.ids).toEqual(theirs.nodes.map((n) => n.id()));
    expect([...mine.graph.edges]).toEqual([...theirs.graph.edges]);
    expect([...mine.graph.parent]).toEqual([...theirs.graph.parent]);
    expect([...(mine.graph.radius ?? [])]).toEqual([...(theirs.graph.radius ?? [])]);
    expect(mine.graph.edges.length).toBeGreaterThan(0);
  });

  it('gives the places the controller’s layout gives', async () => {
    const preset = overviewPreset(dataset, grouping, 'each');
    expect(preset).toBeDefined();
    const cy = overviewCore();
    await runLargeLayout(cy, { worker: false, fit: false });
    const ids = preset?.ids ?? [];
    expect(ids.length).toBe(cy.nodes().length);
    ids.forEach((id, i) => {
      const p = cy.getElementById(id).position();
      expect(preset?.xy[2 * i]).toBeCloseTo(p.x, 6);
      expect(preset?.xy[2 * i + 1]).toBeCloseTo(p.y, 6);
    });
  });
});

describe('overviewPreset hooks', () => {
  it('reports the start places first, then the progress, and ends where the run ends', () => {
    const seen: string[] = [];
    let seed: Float64Array | undefined;
    const fractions: number[] = [];
    const preset = overviewPreset(dataset, grouping, 'each', {
      onSeed: (s) => {
        seen.push('seed');
        seed = s.xy;
      },
      onProgress: (f) => {
        seen.push('progress');
        fractions.push(f);
      },
    });
    expect(seen[0]).toBe('seed');
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(Math.max(...fractions)).toBeLessThan(1);
    expect(seed?.length).toBe(preset?.xy.length);
    expect([...(seed ?? [])]).not.toEqual([...(preset?.xy ?? [])]);
  });
});

describe('overviewFrom', () => {
  it('is the rule overviewApplies answers by', () => {
    expect(overviewFrom('auto', 'actors')).toBe(1500);
    expect(overviewFrom('on', 'actors')).toBe(0);
    expect(overviewFrom('off', 'actors')).toBeUndefined();
    expect(overviewFrom('on', 'events')).toBeUndefined();
    expect(overviewApplies('auto', 1499, 'actors')).toBe(false);
    expect(overviewApplies('auto', 1500, 'actors')).toBe(true);
    expect(overviewApplies('on', 3, 'actors')).toBe(true);
  });
});
