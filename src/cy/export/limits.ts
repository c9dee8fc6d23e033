/**
 * The canvas-size check done before an image export: how many pixels the output will have, and
 * whether the browser can allocate a canvas that big. Past Chrome's limits `canvas.toDataURL()`
 * returns `"data:,"` (an empty image) instead of throwing, so the size is checked first and the
 * result is checked again after the fact; a blank file is never written.
 */

/** The largest side we allow, in pixels (Chrome allows more per side, but not with this area). */
export const MAX_CANVAS_SIDE = 16_384;
/** The largest area we allow, in pixels: Chrome's canvas area limit (16384 × 16384). */
export const MAX_CANVAS_AREA = 268_435_456;

export interface PixelSize {
  width: number;
  height: number;
}

export interface OutputSizeInput {
  /** Size of what is drawn, in CSS pixels at 1× (graph bounding box or the viewport). */
  graph: PixelSize;
  /** Output pixels per CSS pixel (1–4 in the UI). */
  scale: number;
  /** Margin around the graph on each side, in CSS pixels at 1×. */
  padding: number;
  /** Minimum width of the image when a caption is drawn, in CSS pixels at 1×. */
  minWidth: number;
  /** Height of the caption block at 1× for the final width, in CSS pixels (0 when none). */
  captionHeight: number;
}

/** The pixel size of the exported image: (graph + padding, widened to minWidth) × scale, plus the caption. */
export function outputSize(input: OutputSizeInput): PixelSize {
  const graphW = Math.ceil(input.graph.width) + 2 * input.padding;
  const graphH = Math.ceil(input.graph.height) + 2 * input.padding;
  const width = Math.max(graphW, input.captionHeight > 0 ? input.minWidth : 0);
  const height = graphH + input.captionHeight;
  return { width: Math.ceil(width * input.scale), height: Math.ceil(height * input.scale) };
}

export type LimitCheck =
  { ok: true; size: PixelSize } | { ok: false; size: PixelSize; message: string };

/** The largest whole-or-half scale (≥ 0.5) at which `sizeAtOne` × scale fits the limits, or 0. */
export function largestFittingScale(sizeAtOne: PixelSize): number {
  const { width, height } = sizeAtOne;
  if (width <= 0 || height <= 0) return 0;
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_CANVAS_AREA / (width * height));
  const max = Math.min(bySide, byArea);
  return Math.floor(max * 2) / 2;
}

function formatPixels(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * Checks `size` (the output at `scale`) against the limits. When too big, the message says by how much
 * and what to lower: the scale (to a value that fits, when one does) and, for the whole graph, the
 * current view instead.
 */
export function checkCanvasLimit(size: PixelSize, scale: number, full: boolean): LimitCheck {
  const { width, height } = size;
  if (!(width > 0 && height > 0)) {
    return {
      ok: false,
      size,
      message:
        'Nothing to export: the image would be empty (the graph has no visible elements or the view has no size).',
    };
  }
  const tooWide = width > MAX_CANVAS_SIDE || height > MAX_CANVAS_SIDE;
  const tooBig = width * height > MAX_CANVAS_AREA;
  if (!tooWide && !tooBig) return { ok: true, size };
  const why = tooWide
    ? `more than ${formatPixels(MAX_CANVAS_SIDE)} px on a side`
    : `more than ${formatPixels(Math.round(MAX_CANVAS_AREA / 1e6))} million pixels`;
  const fit = largestFittingScale({ width: width / scale, height: height / scale });
  const advice: string[] = [];
  if (fit >= 1 && fit < scale) advice.push(`lower the scale to ${fit}× or less`);
  else if (fit < 1) advice.push('lower the scale');
  if (full) advice.push('export the current view instead of the whole graph');
  if (advice.length === 0) advice.push('lower the scale');
  return {
    ok: false,
    size,
    message: `The image would be ${formatPixels(width)} × ${formatPixels(height)} px, ${why}, which the browser cannot draw. To export it, ${advice.join(', or ')}.`,
  };
}

/** Whether a data URL is the empty image a browser returns when a canvas was too big to allocate. */
export function isEmptyDataUrl(dataUrl: string): boolean {
  return dataUrl === 'data:,' || /^data:[^,]*,$/.test(dataUrl);
}
