/**
 * The bare page: the explorer's projected elements (src/cy/elements.ts), stylesheet
 * (src/cy/stylesheet.ts, light theme) and layout (src/cy/layouts.ts: runLayout 'force', which is
 * the large-graph layout above the threshold) drawn by cytoscape alone: no React, no app code, the
 * same creation options as the app's canvas. The bench drives it through `window.__bare`.
 */
import cytoscape, { type Core } from 'cytoscape';
import type { Dataset } from '../src/model/schema.ts';
import { buildElements, nodeCountOf } from '../src/cy/elements.ts';
import { buildStylesheet } from '../src/cy/stylesheet.ts';
import { layoutOptions, runLayout } from '../src/cy/layouts.ts';
import { isLargeGraph, largeGraphOptions, largeGraphStyle } from '../src/cy/large-mode.ts';
import { runLargeLayout } from '../src/cy/large/index.ts';

declare global {
  interface Window {
    __bare: BareHook;
  }
}

export interface BareHook {
  /** Parses the dataset text, builds the elements and draws them; resolves at the first frame. */
  load(text: string): Promise<{ firstFrameMs: number; nodes: number; edges: number }>;
  /** Runs the default layout; resolves when it is done, with its time. */
  layout(): Promise<number>;
  /** For the levers experiment: fcose with the app's options, or the large-graph layout, forced. */
  layoutWith(which: 'fcose' | 'large'): Promise<number>;
  cy(): Core | undefined;
}

/**
 * Levers (bench/levers.ts): `?mode=auto` (default: as the app), `plain` (no large-graph options or
 * style at any size), `large` (always on), `webgl` (as large, with the WebGL renderer).
 */
const mode = new URLSearchParams(location.search).get('mode') ?? 'auto';

let cy: Core | undefined;
const frame = (): Promise<number> =>
  new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));

window.__bare = {
  async load(text) {
    const t0 = performance.now();
    cy?.destroy();
    const ds = JSON.parse(text) as Dataset;
    const nodeCount = nodeCountOf(ds, 'actors');
    const large = mode === 'auto' ? isLargeGraph(nodeCount) : mode !== 'plain';
    // as the app: no compound boxes in large-graph mode
    const elements = buildElements(ds, 'actors', 'each', { compounds: !large });
    const options = large ? largeGraphOptions(Number.MAX_SAFE_INTEGER) : {};
    cy = cytoscape({
      container: document.getElementById('cy'),
      elements,
      style: large
        ? [...buildStylesheet('light'), ...largeGraphStyle(Number.MAX_SAFE_INTEGER)]
        : buildStylesheet('light'),
      // as the app's canvas (src/ui/graph/GraphCanvas.tsx) creates it
      autounselectify: true,
      boxSelectionEnabled: false,
      minZoom: 0.05,
      maxZoom: 5,
      ...options,
      ...(mode === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
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
    await runLayout(c, 'force');
    await frame();
    return performance.now() - t0;
  },
  async layoutWith(which) {
    const c = cy;
    if (!c) throw new Error('nothing loaded');
    const t0 = performance.now();
    if (which === 'large') await runLargeLayout(c);
    else {
      const layout = c.layout(layoutOptions(c, 'force'));
      const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
      layout.run();
      await done;
    }
    await frame();
    return performance.now() - t0;
  },
  cy: () => cy,
};
