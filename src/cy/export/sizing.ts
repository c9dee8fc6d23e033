/**
 * How big an exported image is, and at which scales its graph and its caption are drawn. Pure.
 *
 * Two ways to ask: by scale (N output pixels per model unit, the old "1×–4×") or by final width
 * (the presets: web column 700 px, wide 1,200 px, print 3,000 px). By width, the graph's scale
 * follows from the graph's width (widened to the caption's minimum when there is a caption), and
 * the caption gets a scale of its own, never below 1 output pixel per CSS pixel when the width
 * allows it: a wide graph squeezed into a 700 px column keeps a caption readable at 700 px.
 */
import type { PixelSize } from './limits.ts';

/** Final widths of the presets, in output pixels. */
export const WIDTH_PRESETS = { web: 700, wide: 1200, print: 3000 } as const;
export type WidthPreset = keyof typeof WIDTH_PRESETS;
export const WIDTH_PRESET_NAMES = Object.keys(WIDTH_PRESETS) as WidthPreset[];
export const WIDTH_PRESET_LABELS: Record<WidthPreset, string> = {
  web: 'Web column (700 px)',
  wide: 'Wide (1,200 px)',
  print: 'Print (3,000 px)',
};
/** Actor labels come out at least this many output pixels with a preset (issue 11). */
export const PRESET_MIN_LABEL_PX = 12;
/** The narrowest and widest image that may be asked for by width. */
export const MIN_WIDTH = 200;
export const MAX_WIDTH = 16_384;

export interface SizingInput {
  /** Size of what is drawn, in model units (CSS px at zoom 1). */
  graph: PixelSize;
  /** Margin around the graph on each side, in model units. */
  padding: number;
  /** Output pixels per model unit (ignored when `width` is given). */
  scale: number;
  /** The final width in output pixels: the scale follows from it. */
  width?: number;
  /** Minimum width of the caption block in CSS px (the caption is absent when undefined). */
  captionMinWidth?: number;
  /** The caption's height at 1× when laid out `width` CSS px wide. */
  captionHeight: (width: number) => number;
}

export interface Sizing {
  /** Output pixels per model unit for the graph. */
  scale: number;
  /** Output pixels per CSS pixel for the caption. */
  captionScale: number;
  /** Width of the caption's layout, in CSS px (0 without a caption). */
  captionWidth: number;
  /** Height of the caption's layout at 1×, in CSS px (0 without a caption). */
  captionHeight: number;
  size: PixelSize;
}

/** The sizes of an export (see the module comment). */
export function sizeExport(input: SizingInput): Sizing {
  const blockW = Math.ceil(input.graph.width) + 2 * input.padding;
  const blockH = Math.ceil(input.graph.height) + 2 * input.padding;
  const minW = input.captionMinWidth;
  const widthAtOne = minW !== undefined ? Math.max(blockW, minW) : blockW;
  if (input.width === undefined) {
    const scale = input.scale;
    const captionHeight = minW !== undefined ? input.captionHeight(widthAtOne) : 0;
    return {
      scale,
      captionScale: scale,
      captionWidth: minW !== undefined ? widthAtOne : 0,
      captionHeight,
      size: {
        width: Math.ceil(widthAtOne * scale),
        height: Math.ceil((blockH + captionHeight) * scale),
      },
    };
  }
  const width = Math.round(input.width);
  const scale = widthAtOne > 0 ? width / widthAtOne : 0;
  if (minW === undefined) {
    return {
      scale,
      captionScale: scale,
      captionWidth: 0,
      captionHeight: 0,
      size: { width, height: Math.ceil(blockH * scale) },
    };
  }
  const captionScale = Math.max(scale, Math.min(1, width / minW));
  const captionWidth = width / captionScale;
  const captionHeight = input.captionHeight(captionWidth);
  return {
    scale,
    captionScale,
    captionWidth,
    captionHeight,
    size: { width, height: Math.ceil(blockH * scale + captionHeight * captionScale) },
  };
}

/**
 * The scale to hand the look (`withLook`'s `scale`) so that labels are sized for `scale` output
 * pixels per unit, but never past `maxLabelScale` times their base size (past it they would bury
 * the picture; the export then says how large they came out).
 */
export function labelScaleRequest(
  scale: number,
  minLabelPx: number,
  baseLabelSize: number,
  maxLabelScale: number,
): number {
  return Math.max(scale, minLabelPx / (baseLabelSize * maxLabelScale));
}
