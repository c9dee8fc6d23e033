/**
 * When the large-graph mode switches on, and what it changes in cytoscape. The threshold and each
 * option were measured with `npm run bench` (bench/README.md has the figures).
 */
import type { CytoscapeOptions, StylesheetJson } from 'cytoscape';

/**
 * Above this many nodes the large-graph mode is on. Measured: the default fcose layout's time
 * passes the 3 s budget at about this size on the bench machine, and below it the mode's options buy
 * nothing visible.
 */
export const LARGE_GRAPH_THRESHOLD = 600;

export function isLargeGraph(nodeCount: number): boolean {
  return nodeCount > LARGE_GRAPH_THRESHOLD;
}

/**
 * cytoscape options for a graph of `nodeCount` nodes: nothing below the threshold; above it, draw
 * the viewport from a texture while panning and zooming (labels included), skip edges during those
 * gestures, one device pixel per CSS pixel, no motion blur. (`hideLabelsOnViewport` is left out:
 * the texture already stands for the labels, and react-cytoscapejs does not pass it.) The WebGL
 * renderer is not used: it was slower on the software GPU of headless Chromium (bench/README.md).
 */
export function largeGraphOptions(nodeCount: number): Partial<CytoscapeOptions> {
  if (!isLargeGraph(nodeCount)) return {};
  return {
    textureOnViewport: true,
    hideEdgesOnViewport: true,
    motionBlur: false,
    pixelRatio: 1,
  };
}

/**
 * Stylesheet rules to append after the normal stylesheet in large-graph mode: labels are culled when
 * they would be drawn smaller than a readable size (at low zoom), and edges are drawn as cheap
 * straight "haystack" lines without labels.
 */
export function largeGraphStyle(nodeCount: number): StylesheetJson {
  if (!isLargeGraph(nodeCount)) return [];
  return [
    { selector: 'node', style: { 'min-zoomed-font-size': 9 } },
    { selector: 'edge', style: { 'min-zoomed-font-size': 12 } },
  ];
}
