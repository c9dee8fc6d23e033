/**
 * Image export of a cytoscape Core: PNG and JPEG (composed on a canvas: padding, background, the
 * optional caption block) and SVG (cytoscape-svg, post-processed, with the caption as SVG elements).
 *
 * Scale N means N output pixels per CSS pixel of the graph at zoom 1 ("whole graph") or of the
 * viewport ("current view"), whatever the screen's device pixel ratio, so the size is predictable.
 * The size is checked against the browser's canvas limits before anything is drawn, and the
 * result is checked after: an export never yields a blank file, it throws an ImageExportError
 * whose message says what to lower.
 */
import type { Core } from 'cytoscape';
import {
  layoutCaption,
  type CaptionContent,
  type CaptionLayout,
  type MeasureText,
} from './caption.ts';
import {
  canvasMeasure,
  captionSvg,
  DARK_CAPTION,
  drawCaption,
  LIGHT_CAPTION,
  type CaptionPalette,
} from './caption-draw.ts';
import { ImageExportError } from './errors.ts';
import { checkCanvasLimit, isEmptyDataUrl, type PixelSize } from './limits.ts';
import { labelScaleRequest, MAX_WIDTH, MIN_WIDTH, sizeExport } from './sizing.ts';
import { registerSvgExport } from './register.ts';
import { THEME_COLOURS, type Theme } from '../palette.ts';
import type { ExportLook } from '../controller.ts';
import { BASE_LABEL_SIZE } from '../story-style.ts';
import { fixCytoscapeSvg } from './svg-fix.ts';

export { ImageExportError };

export type ImageFormat = 'png' | 'jpeg' | 'svg';
export type ImageBackground = 'white' | 'dark' | 'transparent';

/** The colours behind the graph; 'dark' matches the explorer's dark theme canvas. */
export const BACKGROUND_COLORS: Record<Exclude<ImageBackground, 'transparent'>, string> = {
  white: '#ffffff',
  dark: THEME_COLOURS.dark.background,
};

export interface ImageExportOptions {
  format: ImageFormat;
  /** 1–4 in the UI; any positive number is accepted. Ignored when `width` is given. */
  scale: number;
  /**
   * The final width in output pixels (a preset: 700, 1,200, 3,000): the scale follows from the
   * graph's width and the caption's minimum width.
   */
  width?: number;
  /**
   * Actor labels at least this many output pixels: the labels are scaled up for the export (the
   * graph grows with them, so the scale is worked out again until they are).
   */
  minLabelPx?: number;
  /** JPEG has no transparency: 'transparent' is drawn white there. */
  background: ImageBackground;
  /** The whole graph (true) or the current view (false). */
  full: boolean;
  /** The caption block to draw below the graph, or none. */
  caption?: CaptionContent | null;
  /** Margin around the graph in CSS px (default 24 for the whole graph, 0 for the view). */
  padding?: number;
  /** JPEG quality 0–1 (default 0.92). */
  quality?: number;
  /**
   * The palette for a transparent background (the app's theme); a white background always takes
   * the light theme's colours and a dark one the dark theme's.
   */
  theme?: Theme;
  /** Keep the selection, the focus's dimming and the analysis highlight (default: a clean picture). */
  keepState?: boolean;
  /**
   * Stops the export between its steps when aborted (its time limit, src/ui/export/deadline.ts):
   * it throws the signal's reason.
   */
  signal?: AbortSignal;
}

/** What draws the graph for an export: the graph controller (src/cy/controller.ts). */
export interface ImageSource {
  readonly core: Core | undefined;
  withLook<T>(look: ExportLook, draw: (cy: Core) => Promise<T> | T): Promise<T>;
}

/** The palette an export draws with: the background's, whatever the app's theme. */
export function exportTheme(options: Pick<ImageExportOptions, 'background' | 'theme'>): Theme {
  if (options.background === 'dark') return 'dark';
  if (options.background === 'white') return 'light';
  return options.theme ?? 'light';
}

export interface ImageExportResult {
  blob: Blob;
  mimeType: string;
  /** The file name extension, without the dot. */
  extension: string;
  /** Pixel size (for SVG: its width and height attributes). */
  width: number;
  height: number;
  /** Output pixels per model unit the graph was drawn at. */
  scale: number;
  /**
   * The smallest actor label's font size in output pixels: cytoscape's computed font size at the
   * time of drawing × the scale (undefined when no actor is drawn).
   */
  labelPx?: number;
}

export const MIME_TYPES: Record<ImageFormat, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
};

/** Minimum width of an image with a caption, in CSS px, so the caption stays readable. */
export const CAPTION_MIN_WIDTH = 560;

export interface ImagePlan {
  graph: PixelSize;
  padding: number;
  /** Output pixels per model unit for the graph. */
  scale: number;
  /** Output pixels per CSS pixel for the caption (its own, so it stays readable in a narrow image). */
  captionScale: number;
  caption: CaptionLayout | null;
  size: PixelSize;
}

function graphSize(cy: Core, full: boolean): PixelSize {
  if (!full) return { width: cy.width(), height: cy.height() };
  const eles = cy.elements();
  if (eles.length === 0) return { width: 0, height: 0 };
  const bb = eles.boundingBox();
  return { width: Math.ceil(bb.w), height: Math.ceil(bb.h) };
}

function defaultMeasure(): MeasureText {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new ImageExportError('This browser cannot measure text for the caption.');
  return canvasMeasure(ctx);
}

/**
 * What an export will produce: sizes and caption layout, checked against the canvas limits.
 * Throws ImageExportError when the image would be empty, or too big for a canvas (PNG, JPEG).
 */
export function planImageExport(
  cy: Core,
  options: ImageExportOptions,
  measure: MeasureText = defaultMeasure(),
): ImagePlan {
  checkScaleAndWidth(options);
  const graph = graphSize(cy, options.full);
  const padding = options.padding ?? (options.full ? 24 : 0);
  const content = options.caption;
  // The caption is laid out for the width the sizing gives it (the closure keeps the last layout).
  const laid: { caption: CaptionLayout | null } = { caption: null };
  const sizing = sizeExport({
    graph,
    padding,
    scale: options.scale,
    ...(options.width !== undefined ? { width: options.width } : {}),
    ...(content ? { captionMinWidth: CAPTION_MIN_WIDTH } : {}),
    captionHeight: (width) => {
      laid.caption = content ? layoutCaption(content, width, measure) : null;
      return laid.caption?.height ?? 0;
    },
  });
  const { size, scale, captionScale } = sizing;
  if (graph.width <= 0 || graph.height <= 0) {
    throw new ImageExportError(
      options.full
        ? 'Nothing to export: the graph has no visible elements.'
        : 'Nothing to export: the view has no size.',
    );
  }
  // SVG is vector: no canvas of that size is ever allocated, so only PNG and JPEG are limited.
  if (options.format !== 'svg') {
    const check = checkCanvasLimit(size, scale, options.full);
    if (!check.ok) throw new ImageExportError(check.message);
  }
  return { graph, padding, scale, captionScale, caption: laid.caption, size };
}

function checkScaleAndWidth(options: ImageExportOptions): void {
  if (options.width !== undefined) {
    const w = options.width;
    if (!Number.isFinite(w) || w < MIN_WIDTH || w > MAX_WIDTH) {
      throw new ImageExportError(
        `The width must be a number of pixels from ${MIN_WIDTH} to ${MAX_WIDTH.toLocaleString('en-US')} (got ${w}).`,
      );
    }
  } else if (!(options.scale > 0) || !Number.isFinite(options.scale)) {
    throw new ImageExportError(`The scale must be a positive number (got ${options.scale}).`);
  }
}

/** The caption's colours: the export's palette (the background's; the theme's when transparent). */
function paletteFor(options: Pick<ImageExportOptions, 'background' | 'theme'>): CaptionPalette {
  return exportTheme(options) === 'dark' ? DARK_CAPTION : LIGHT_CAPTION;
}

async function loadImage(src: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = src;
  try {
    await img.decode();
  } catch {
    throw new ImageExportError('The browser could not decode the drawn graph (it may be too big).');
  }
  return img;
}

function canvasToBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => {
        if (blob && blob.size > 0) resolve(blob);
        else
          reject(
            new ImageExportError(
              'The browser could not encode an image this big: lower the scale, or export the current view.',
            ),
          );
      },
      type,
      quality,
    );
  });
}

async function exportRaster(
  cy: Core,
  options: ImageExportOptions,
  plan: ImagePlan,
): Promise<ImageExportResult> {
  const { scale } = plan;
  const gw = Math.ceil(plan.graph.width * scale);
  const gh = Math.ceil(plan.graph.height * scale);
  options.signal?.throwIfAborted();
  const dataUrl = cy.png({
    full: options.full,
    maxWidth: gw,
    maxHeight: gh,
    output: 'base64uri',
  });
  options.signal?.throwIfAborted();
  if (isEmptyDataUrl(dataUrl)) {
    throw new ImageExportError(
      `The browser returned an empty image for ${gw} × ${gh} px: lower the scale${options.full ? ', or export the current view' : ''}.`,
    );
  }
  const img = await loadImage(dataUrl);
  const canvas = document.createElement('canvas');
  canvas.width = plan.size.width;
  canvas.height = plan.size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ImageExportError('The browser could not create a canvas for the image.');
  const jpeg = options.format === 'jpeg';
  const background = options.background === 'transparent' && jpeg ? 'white' : options.background;
  if (background !== 'transparent') {
    ctx.fillStyle = BACKGROUND_COLORS[background];
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  const graphBlockW = (plan.graph.width + 2 * plan.padding) * scale;
  const offsetX = Math.round((canvas.width - graphBlockW) / 2 + plan.padding * scale);
  ctx.drawImage(img, offsetX, Math.round(plan.padding * scale));
  if (plan.caption) {
    drawCaption(
      ctx,
      plan.caption,
      {
        x: 0,
        y: Math.round((plan.graph.height + 2 * plan.padding) * scale),
        scale: plan.captionScale,
      },
      paletteFor({ ...options, background }),
    );
  }
  const mimeType = MIME_TYPES[options.format];
  options.signal?.throwIfAborted();
  const blob = await canvasToBlob(canvas, mimeType, jpeg ? (options.quality ?? 0.92) : undefined);
  return {
    blob,
    mimeType,
    extension: jpeg ? 'jpg' : 'png',
    width: canvas.width,
    height: canvas.height,
    scale,
  };
}

/** The part of cytoscape's canvas renderer that the SVG export patches (not in the public types). */
interface PatchableRenderer {
  drawRoundPolygonPath: (context: CanvasRenderingContext2D, ...rest: unknown[]) => void;
}

/**
 * Runs cytoscape-svg with cytoscape's `drawRoundPolygonPath` made to begin a new path first.
 * cytoscape 3.34 draws round-* polygon shapes (round-tag, round-hexagon, …) without `beginPath()`:
 * harmless on a canvas with Path2D, but canvas2svg then appends the shape to the previous element
 * (a label), so the shape vanishes and that label takes the shape's colour.
 */
function svgWithRoundShapesFixed(cy: Core, run: () => string): string {
  const renderer = (cy as unknown as { renderer: () => PatchableRenderer }).renderer();
  const original = renderer.drawRoundPolygonPath;
  renderer.drawRoundPolygonPath = function (this: unknown, context, ...rest) {
    context.beginPath();
    original.call(this, context, ...rest);
  };
  try {
    return run();
  } finally {
    // Back to the prototype's method (the patch was an own property of this renderer).
    delete (renderer as Partial<PatchableRenderer>).drawRoundPolygonPath;
    if (renderer.drawRoundPolygonPath !== original) renderer.drawRoundPolygonPath = original;
  }
}

function exportSvg(cy: Core, options: ImageExportOptions, plan: ImagePlan): ImageExportResult {
  registerSvgExport();
  const { scale } = plan;
  const gw = Math.ceil(plan.graph.width * scale);
  const gh = Math.ceil(plan.graph.height * scale);
  const raw = svgWithRoundShapesFixed(cy, () =>
    cy.svg({ full: options.full, maxWidth: gw, maxHeight: gh }),
  );
  options.signal?.throwIfAborted();
  const background = options.background;
  const graphBlockW = (plan.graph.width + 2 * plan.padding) * scale;
  const captionMarkup = plan.caption
    ? captionSvg(
        plan.caption,
        { x: 0, y: (plan.graph.height + 2 * plan.padding) * scale, scale: plan.captionScale },
        paletteFor(options),
      )
    : '';
  const text = fixCytoscapeSvg(raw, {
    width: plan.size.width,
    height: plan.size.height,
    offsetX: (plan.size.width - graphBlockW) / 2 + plan.padding * scale,
    offsetY: plan.padding * scale,
    background: background === 'transparent' ? null : BACKGROUND_COLORS[background],
    extra: captionMarkup,
    clip: { width: gw, height: gh },
  });
  return {
    blob: new Blob([text], { type: `${MIME_TYPES.svg};charset=utf-8` }),
    mimeType: MIME_TYPES.svg,
    extension: 'svg',
    width: plan.size.width,
    height: plan.size.height,
    scale,
  };
}

function coreOf(source: ImageSource): Core {
  const cy = source.core;
  if (!cy) throw new ImageExportError('The graph is not drawn yet: try again in a moment.');
  return cy;
}

/** `planImageExport` on the graph a source draws now. */
export function planSourceExport(source: ImageSource, options: ImageExportOptions): ImagePlan {
  return planImageExport(coreOf(source), options);
}

/**
 * Exports the graph a source draws as an image file, drawn for the time of the export with the
 * background's palette and, unless `keepState`, without the selection, the focus's dimming or the
 * analysis highlight. Throws ImageExportError with a user message.
 */
export async function exportImage(
  source: ImageSource,
  options: ImageExportOptions,
): Promise<ImageExportResult> {
  const measure = defaultMeasure();
  const look: ExportLook = { theme: exportTheme(options), keepState: options.keepState === true };
  const draw = async (cy: Core): Promise<ImageExportResult> => {
    options.signal?.throwIfAborted();
    const plan = planImageExport(cy, options, measure);
    const result =
      options.format === 'svg'
        ? exportSvg(cy, options, plan)
        : await exportRaster(cy, options, plan);
    const labelPx = smallestActorLabel(cy, plan.scale);
    return labelPx === undefined ? result : { ...result, labelPx };
  };
  const minLabelPx = options.minLabelPx;
  if (minLabelPx === undefined) {
    coreOf(source);
    return source.withLook(look, draw);
  }
  // Labels sized for a scale make the graph bigger, which lowers the scale a width allows: plan on
  // the graph as drawn now, then again with the labels sized for that scale, until they are big
  // enough (a few passes; each pass only restyles, nothing is painted in between).
  let scale = planImageExport(coreOf(source), options, measure).scale;
  for (let pass = 0; ; pass++) {
    const sized: ExportLook = {
      ...look,
      // A little over the target: font sizes are rounded to tenths of a pixel.
      minLabelPx: minLabelPx * 1.02,
      scale: labelScaleRequest(scale, minLabelPx * 1.02, BASE_LABEL_SIZE, MAX_EXPORT_LABEL_SCALE),
    };
    type Outcome = { retry: number } | { done: ImageExportResult };
    options.signal?.throwIfAborted();
    const outcome = await source.withLook(sized, async (cy): Promise<Outcome> => {
      options.signal?.throwIfAborted();
      const plan = planImageExport(cy, options, measure);
      const px = smallestActorLabel(cy, plan.scale);
      const enough = px === undefined || px >= minLabelPx || plan.scale >= scale;
      if (!enough && pass < MAX_LABEL_PASSES) return { retry: plan.scale };
      return { done: await draw(cy) };
    });
    if ('done' in outcome) return outcome.done;
    scale = outcome.retry;
  }
}

/** Labels of an export grow at most this many times their base size. */
const MAX_EXPORT_LABEL_SCALE = 6;
/** How many times the labels are sized again before the export draws what it has. */
const MAX_LABEL_PASSES = 5;

/** The smallest actor label in output pixels at `scale` (undefined when no actor is drawn). */
export function smallestActorLabel(cy: Core, scale: number): number | undefined {
  let min = Infinity;
  cy.nodes('[elementType = "actor"]').forEach((n) => {
    if (!n.visible()) return;
    const size = n.numericStyle('font-size');
    if (Number.isFinite(size) && size < min) min = size;
  });
  return Number.isFinite(min) ? Math.round(min * scale * 100) / 100 : undefined;
}
