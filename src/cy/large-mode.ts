/**
 * When the large-graph mode switches on, and what it changes in cytoscape. The threshold and each
 * option were measured with `npm run bench` (bench/README.md has the figures).
 */
import type { CytoscapeOptions, StylesheetJson } from 'cytoscape';
import { RELATION_KINDS } from '../model/vocabulary.ts';
import { RELATION_KIND_STYLE, relationColour, type Theme } from './palette.ts';
import { CLASSES } from './stylesheet.ts';

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
 * Stylesheet rules to append after the normal stylesheet in large-graph mode:
 * - labels are culled when they would be drawn smaller than a readable size (at low zoom);
 * - edges are straight "haystack" lines (no control points, no per-pair fanning), the cheapest
 *   edge cytoscape draws;
 * - haystack edges take no end arrows, and cytoscape draws every arrow it is given, however small
 *   (a canvas translate, scale and path each: profiled as the largest single cost of a redraw at
 *   5,000 actors). So arrows are drawn at mid-line only on the edges of the selection and of the
 *   highlight (an analysis's answer), where a person reads them; the details panel names every
 *   relation's direction.
 * Compound boxes are dropped too, but in the elements (src/cy/elements.ts, `compounds: false`).
 */
export function largeGraphStyle(nodeCount: number, theme: Theme = 'light'): StylesheetJson {
  if (!isLargeGraph(nodeCount)) return [];
  return [
    { selector: 'node', style: { 'min-zoomed-font-size': 9 } },
    {
      selector: 'edge',
      style: {
        'min-zoomed-font-size': 12,
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'target-arrow-shape': 'none',
        'source-arrow-shape': 'none',
      },
    },
    ...RELATION_KINDS.flatMap((k) => [
      {
        selector: `edge.${CLASSES.highlighted}[kind = "${k}"][arrows > 0], edge.${CLASSES.selected}[kind = "${k}"][arrows > 0]`,
        style: {
          'mid-target-arrow-shape': RELATION_KIND_STYLE[k].arrow,
          'mid-target-arrow-color': relationColour(k, theme),
        },
      },
      {
        selector: `edge.${CLASSES.highlighted}[kind = "${k}"][arrows > 1], edge.${CLASSES.selected}[kind = "${k}"][arrows > 1]`,
        style: {
          'mid-source-arrow-shape': RELATION_KIND_STYLE[k].arrow,
          'mid-source-arrow-color': relationColour(k, theme),
        },
      },
    ]),
  ] as StylesheetJson;
}
