/**
 * The overview's first layout, computed with the dataset in the loading worker (load.worker.ts): the
 * very simulation the controller would run on the closed overview (src/cy/large: the same graph in
 * the same order, the same seed, the same steps), done while the page draws its panels, so that the
 * page receives the places with the dataset and lays nothing out on a shared core. Pure.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Dataset } from '../../model/schema.ts';
import { overviewElements } from '../../cy/overview-elements.ts';
import type { EdgeMode } from '../../cy/elements.ts';
import { createForceRun, seedPositions, type ForceGraph } from '../../cy/large/force.ts';
import type { GroupingResult } from '../../graph/grouping.ts';

/** Node ids and their places ([x0, y0, x1, y1, …]): plain data, it crosses the worker boundary. */
export interface OverviewPreset {
  ids: string[];
  xy: Float64Array;
  /** Milliseconds the elements and the simulation took. */
  ms: number;
}

interface NodeData {
  id: string;
  parent?: string;
  size?: unknown;
}

/**
 * The force graph of element definitions as src/cy/large/layout.ts `extractGraph` reads it off
 * cytoscape: nodes and edges each in the order given, radius from `size` when any node has one.
 */
export function forceGraphOf(elements: readonly ElementDefinition[]): {
  graph: ForceGraph;
  ids: string[];
} {
  const nodes: NodeData[] = [];
  const links: [string, string][] = [];
  for (const el of elements) {
    const d = el.data as NodeData & { source?: unknown; target?: unknown };
    if (el.group === 'edges' || typeof d.source === 'string')
      links.push([String(d.source), String(d.target)]);
    else nodes.push(d);
  }
  const index = new Map<string, number>();
  nodes.forEach((d, i) => index.set(d.id, i));
  const edges = new Int32Array(links.length * 2);
  links.forEach(([s, t], k) => {
    edges[2 * k] = index.get(s) ?? -1;
    edges[2 * k + 1] = index.get(t) ?? -1;
  });
  const parent = new Int32Array(nodes.length);
  nodes.forEach((d, i) => {
    parent[i] = d.parent === undefined ? -1 : (index.get(d.parent) ?? -1);
  });
  const ids = nodes.map((d) => d.id);
  if (!nodes.some((d) => typeof d.size === 'number'))
    return { graph: { n: nodes.length, edges, parent }, ids };
  const radius = new Float64Array(nodes.map((d) => (typeof d.size === 'number' ? d.size / 2 : 15)));
  return { graph: { n: nodes.length, edges, parent, radius }, ids };
}

/** What the simulation reports while it runs (the loading worker posts it to the page). */
export interface PresetHooks {
  /** The start places (what a cancelled layout leaves), before the first step. */
  onSeed?: (seed: OverviewPreset) => void;
  /** The fraction of the steps done, after every `PROGRESS_STEPS` steps. */
  onProgress?: (fraction: number) => void;
}

/** Steps between two progress reports. */
export const PROGRESS_STEPS = 10;

/**
 * The closed overview's places for `grouping` (every group closed, as a new dataset opens), or
 * undefined when it draws compound boxes (cytoscape may order those nodes otherwise: the page then
 * lays the overview out itself).
 */
export function overviewPreset(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  grouping: Pick<GroupingResult, 'groupOf' | 'labels'>,
  edgeMode: EdgeMode,
  hooks: PresetHooks = {},
): OverviewPreset | undefined {
  const t0 = performance.now();
  const labels = new Map(grouping.labels);
  const elements = overviewElements(dataset, {
    grouping: { groupOf: new Map(grouping.groupOf), labelOf: (g) => labels.get(g) },
    expanded: new Set(),
    edgeMode,
  });
  const { graph, ids } = forceGraphOf(elements);
  if (graph.parent.some((p) => p >= 0)) return undefined;
  const seed = seedPositions(graph);
  hooks.onSeed?.({ ids, xy: seed.slice(), ms: performance.now() - t0 });
  const run = createForceRun(graph, undefined, seed);
  while (!run.step(PROGRESS_STEPS)) hooks.onProgress?.(run.done / run.total);
  return { ids, xy: run.positions(), ms: performance.now() - t0 };
}
