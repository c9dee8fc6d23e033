/** Fitting a bounding box into the part of the canvas that no overlay covers. */
import type { BoundingBox12, Position } from 'cytoscape';

/** Space along the canvas's edges covered by overlays (the legend, the controls), in pixels. */
export interface Insets {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The height of the legend in the bottom-left corner (its width is `left`). */
  legendHeight?: number;
}

export const NO_INSETS: Insets = { left: 0, right: 0, top: 0, bottom: 0 };
export const FIT_PADDING = 30;
/** The fit never zooms in past this (a two-node graph would fill the screen). */
export const MAX_FIT_ZOOM = 2;

interface Canvas {
  width(): number;
  height(): number;
  minZoom(): number;
  maxZoom(): number;
}

/**
 * The zoom and pan that fit `bb` (model coordinates) in the canvas clear of the overlays. Overlays
 * sit in corners: keeping clear of each one by its side or by its height are both tried, and the
 * one that leaves the larger picture wins.
 */
export function fitViewport(
  bb: BoundingBox12 & { w: number; h: number },
  canvas: Canvas,
  insets: Insets,
): { zoom: number; pan: Position } {
  // Without a legend height the left inset is a strip down the whole side: there is no going above it.
  const candidates: Insets[] = [insets];
  if (insets.legendHeight !== undefined)
    candidates.push({ ...insets, left: 0, bottom: Math.max(insets.bottom, insets.legendHeight) });
  let best: { zoom: number; pan: Position } | undefined;
  for (const i of candidates) {
    const w = Math.max(50, canvas.width() - i.left - i.right - 2 * FIT_PADDING);
    const h = Math.max(50, canvas.height() - i.top - i.bottom - 2 * FIT_PADDING);
    const zoom = Math.min(
      canvas.maxZoom(),
      Math.max(
        canvas.minZoom(),
        Math.min(w / Math.max(bb.w, 1), h / Math.max(bb.h, 1), MAX_FIT_ZOOM),
      ),
    );
    const cx = i.left + FIT_PADDING + w / 2;
    const cy = i.top + FIT_PADDING + h / 2;
    const pan = { x: cx - (bb.x1 + bb.w / 2) * zoom, y: cy - (bb.y1 + bb.h / 2) * zoom };
    if (!best || zoom > best.zoom + 1e-6) best = { zoom, pan };
  }
  return best ?? { zoom: 1, pan: { x: 0, y: 0 } };
}
