/**
 * Post-processing of cytoscape-svg 0.4 output: sizes the document, adds padding, background and
 * the caption, and repairs what canvas2svg loses (see `repairs` below).
 */
import { ImageExportError } from './errors.ts';
import { flattenGroups } from './svg-flatten.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgFrame {
  width: number;
  height: number;
  /** Where the graph drawing goes, in output units. */
  offsetX: number;
  offsetY: number;
  /** A background colour, or null for transparent. */
  background: string | null;
  /** SVG markup (a string of elements in the SVG namespace) appended after the graph. */
  extra: string;
  /** The size of the graph drawing, to clip what cytoscape draws outside it. */
  clip: { width: number; height: number };
}

function parseSvg(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  if (
    doc.getElementsByTagName('parsererror').length > 0 ||
    doc.documentElement.localName !== 'svg'
  ) {
    throw new ImageExportError('The SVG drawn by the graph library could not be read back.');
  }
  return doc;
}

/** Repairs and frames a cytoscape-svg document; returns the serialized SVG. */
export function fixCytoscapeSvg(raw: string, frame: SvgFrame): string {
  const doc = parseSvg(raw);
  const root = doc.documentElement;
  repairs(root);

  const r = (v: number): string => String(Math.round(v * 100) / 100);
  root.setAttribute('width', r(frame.width));
  root.setAttribute('height', r(frame.height));
  root.setAttribute('viewBox', `0 0 ${r(frame.width)} ${r(frame.height)}`);

  const graph = doc.createElementNS(SVG_NS, 'g');
  graph.setAttribute('class', 'backchannel-graph');
  graph.setAttribute('transform', `translate(${r(frame.offsetX)},${r(frame.offsetY)})`);
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType === 1 && (child as Element).localName === 'defs') continue;
    graph.appendChild(child);
  }
  flattenGroups(graph);
  if (frame.background) {
    const bg = doc.createElementNS(SVG_NS, 'rect');
    bg.setAttribute('width', '100%');
    bg.setAttribute('height', '100%');
    bg.setAttribute('fill', frame.background);
    root.appendChild(bg);
  }
  root.appendChild(graph);
  if (frame.extra) {
    const extra = parseSvg(`<svg xmlns="${SVG_NS}">${frame.extra}</svg>`);
    for (const child of Array.from(extra.documentElement.childNodes)) {
      root.appendChild(doc.importNode(child, true));
    }
  }
  return new XMLSerializer().serializeToString(doc);
}

/**
 * Fixes for what canvas2svg gets wrong when replaying cytoscape's canvas renderer. Checked in
 * Chromium against the PNG of the same graph (tests/e2e/export-render.e2e.ts): colours, dashes,
 * arrows (filled), compound node backgrounds, text outlines and text backgrounds, autorotated
 * labels and font families come through as drawn with cytoscape 3.34; round-* shapes need
 * `beginPath` (see image.ts); the deep nesting is flattened (svg-flatten.ts). What is left:
 * canvas2svg writes `paint-order` and `dominant-baseline`, which a few non-browser viewers ignore.
 */
function repairs(root: Element): void {
  // canvas2svg leaves the text's `xml:space` unset: keep the label's spaces as drawn.
  root.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
}
