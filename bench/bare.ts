/**
 * The bare page: the explorer's projected elements, stylesheet and layout drawn by cytoscape alone
 * (no React, no app code), with the same large-graph options above the threshold. The bench drives
 * it through `window.__bare`.
 */
import cytoscape, { type Core } from 'cytoscape';
import type { Dataset } from '../src/model/schema.ts';
import {
  largeGraphOptions,
  largeGraphStyle,
  isLargeGraph,
  runLargeLayout,
} from '../src/cy/large/index.ts';
import { benchDefaultLayout, benchElements, benchStyle } from './scene.ts';

declare global {
  interface Window {
    __bare: BareHook;
  }
}

export interface BareHook {
  /** Parses the dataset text, builds the elements and draws them; resolves at the first frame. */
  load(text: string): Promise<{ firstFrameMs: number; nodes: number; edges: number }>;
  /** Runs the default layout (or the large-graph layout above the threshold); resolves when done. */
  layout(): Promise<number>;
  cy(): Core | undefined;
}

let cy: Core | undefined;
const frame = (): Promise<number> =>
  new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

window.__bare = {
  async load(text) {
    const t0 = performance.now();
    cy?.destroy();
    const ds = JSON.parse(text) as Dataset;
    const elements = benchElements(ds);
    const n = ds.actors.length;
    const container = document.getElementById('cy') as HTMLElement;
    cy = cytoscape({
      container,
      elements,
      style: [...benchStyle(), ...largeGraphStyle(n)],
      layout: { name: 'preset' },
      ...largeGraphOptions(n),
    });
    await frame();
    await frame();
    return {
      firstFrameMs: performance.now() - t0,
      nodes: cy.nodes().length,
      edges: cy.edges().length,
    };
  },
  async layout() {
    const c = cy;
    if (!c) throw new Error('nothing loaded');
    const t0 = performance.now();
    if (isLargeGraph(c.nodes().length)) await runLargeLayout(c);
    else {
      const done = new Promise<void>((resolve) => c.one('layoutstop', () => resolve()));
      c.layout(benchDefaultLayout()).run();
      await done;
    }
    await frame();
    return performance.now() - t0;
  },
  cy: () => cy,
};
