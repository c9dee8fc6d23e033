/**
 * Layouts, all run through `runLayout` (the one entry point, so a large-graph mode can replace or
 * chunk a layout, report progress and honour a cancel). Every layout is deterministic: the same
 * elements in the same order give the same picture. The force layout (fcose) draws its random
 * start from a seeded generator.
 */
import type { Collection, Core, LayoutOptions, NodeSingular } from 'cytoscape';
import './register.ts';
import { seededRandom } from '../model/random.ts';
import { isLargeGraph } from './large-mode.ts';
import { runLargeLayout } from './large/index.ts';

export const LAYOUT_NAMES = ['force', 'concentric', 'circle', 'grid', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  // fcose below the large-graph threshold, the large-graph layout (d3-force in a worker) above it
  force: 'Force-directed',
  concentric: 'Concentric',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Breadth-first',
};

/**
 * Whether a layout keeps each group's members together, so that groups can be drawn as boxes that
 * hold their members and no one else. Only the force layout (fcose) places compound nodes; the
 * others place every node on a circle, rings, a grid or levels, and a box around members spread
 * over them would take in outsiders: in those layouts groups are not drawn as boxes (the legend
 * says so; membership stays in the details).
 */
export function drawsGroups(layout: LayoutName): boolean {
  return layout === 'force';
}

export function isLayoutName(value: unknown): value is LayoutName {
  return typeof value === 'string' && (LAYOUT_NAMES as readonly string[]).includes(value);
}

export interface LayoutHooks {
  /**
   * Run the force layout off the main thread whatever the size (the overview: a few hundred groups
   * but thousands of links, which fcose would lay out for seconds on the main thread).
   */
  offMainThread?: boolean;
  /** Called with a fraction in [0, 1]. */
  onProgress?: (fraction: number) => void;
  /** Aborting stops the layout where it can and leaves the positions as they are. */
  signal?: AbortSignal;
}

/** A seed from the ids of the elements, so that each dataset has its own but a stable one. */
function seedOf(cy: Core): number {
  let h = 2166136261;
  cy.nodes().forEach((n) => {
    for (const ch of n.id()) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  });
  return h >>> 0;
}

function byLabel(a: NodeSingular, b: NodeSingular): number {
  return (
    String(a.data('elementType')).localeCompare(String(b.data('elementType'))) ||
    String(a.data('kind')).localeCompare(String(b.data('kind'))) ||
    String(a.data('label')).localeCompare(String(b.data('label'))) ||
    (a.id() < b.id() ? -1 : 1)
  );
}

/** Every element but the hidden groups (fcose cannot place a hidden group: see 'force'). */
function withoutHiddenGroups(cy: Core): Collection {
  return cy.elements().not(cy.nodes(':parent').filter((n) => n.style('display') === 'none'));
}

/** The cytoscape options of a layout by name. */
export function layoutOptions(cy: Core, name: LayoutName): LayoutOptions {
  const common = { fit: true, padding: 40, animate: false } as const;
  const nodeCount = cy.nodes().length;
  switch (name) {
    case 'force':
      return {
        ...common,
        name: 'fcose',
        // fcose throws on a hidden group whose members are all hidden (a group inside a collapsed
        // one): it looks up a position it never computed.
        eles: withoutHiddenGroups(cy),
        quality: nodeCount > 1500 ? 'draft' : 'default',
        randomize: true,
        nodeDimensionsIncludeLabels: true,
        // A hub's spokes are short: the hub sits among its participants.
        idealEdgeLength: (e: { data(k: string): unknown }) =>
          e.data('elementType') === 'role' ? 60 : 90,
        nodeRepulsion: () => 6500,
        nestingFactor: 0.4,
        gravity: 0.3,
        numIter: 2500,
        tile: true,
        packComponents: true,
      } as unknown as LayoutOptions;
    case 'concentric':
      return {
        ...common,
        name: 'concentric',
        concentric: (n: NodeSingular) => n.degree(false),
        levelWidth: () => 2,
        minNodeSpacing: 30,
        sort: byLabel,
      } as unknown as LayoutOptions;
    case 'circle':
      return { ...common, name: 'circle', sort: byLabel, avoidOverlap: true } as LayoutOptions;
    case 'grid':
      return { ...common, name: 'grid', sort: byLabel, avoidOverlap: true } as LayoutOptions;
    case 'breadthfirst': {
      // Roots: in each connected part, the node with most links (ties broken by label).
      const roots: string[] = [];
      cy.elements(':visible')
        .components()
        .forEach((part) => {
          const nodes = part.nodes().filter((n) => !n.isParent());
          const best = (nodes.toArray() as NodeSingular[]).sort(
            (a, b) => b.degree(false) - a.degree(false) || byLabel(a, b),
          )[0];
          if (best) roots.push(best.id());
        });
      // cytoscape's breadthfirst leaves a gap in its levels when it walks through a group node:
      // lay out the nodes that hold no members, and the links between them (groups follow).
      const eles = cy
        .elements()
        .filter((e) =>
          e.isNode() ? !e.isParent() : !e.source().isParent() && !e.target().isParent(),
        );
      return {
        ...common,
        eles,
        name: 'breadthfirst',
        directed: false,
        spacingFactor: 1.1,
        roots: roots.map((r) => `#${CSS.escape(r)}`).join(','),
        avoidOverlap: true,
      } as unknown as LayoutOptions;
    }
  }
}

/**
 * Runs a layout on `cy` and resolves when the positions are set. `overrides` are merged into the
 * options (a large-graph mode may pass its own). Resolves at once, doing nothing, when `signal` is
 * already aborted.
 */
export async function runLayout(
  cy: Core,
  name: LayoutName,
  overrides: Partial<LayoutOptions> = {},
  hooks: LayoutHooks = {},
): Promise<void> {
  if (hooks.signal?.aborted || cy.destroyed()) return;
  if (name === 'force' && (hooks.offMainThread === true || isLargeGraph(cy.nodes().length))) {
    // Large graphs: the force simulation off the main thread, with progress and cancel.
    const large: Parameters<typeof runLargeLayout>[1] = {};
    if (hooks.onProgress) large.onProgress = hooks.onProgress;
    if (hooks.signal) large.signal = hooks.signal;
    // The caller that fits afterwards (the controller passes fit: false) saves a second fit.
    if ((overrides as { fit?: unknown }).fit === false) large.fit = false;
    try {
      await runLargeLayout(cy, large);
    } catch (e) {
      if (!(e instanceof Error && e.name === 'AbortError')) throw e;
    }
    hooks.onProgress?.(1);
    return;
  }
  hooks.onProgress?.(0);
  const options = { ...layoutOptions(cy, name), ...overrides } as LayoutOptions;
  const layout = cy.layout(options);
  const done = new Promise<void>((resolve) => {
    layout.one('layoutstop', () => resolve());
  });
  const abort = (): void => {
    layout.stop();
  };
  hooks.signal?.addEventListener('abort', abort, { once: true });
  // fcose draws its random start with Math.random: seed it for the synchronous run.
  const original = Math.random;
  Math.random = seededRandom(seedOf(cy));
  try {
    layout.run();
  } finally {
    Math.random = original;
  }
  await done;
  hooks.signal?.removeEventListener('abort', abort);
  hooks.onProgress?.(1);
}
