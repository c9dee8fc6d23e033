/**
 * The Export dialog's settings and what follows from them, as pure functions (no React, no DOM):
 * the image options, the size line shown before the user clicks, the file names and the messages.
 * `useExportPlan` holds the settings in React state and calls these; tests call them in Node.
 */
import type { Dataset } from '../../model/schema.ts';
import type { ExportFormat } from '../../formats/index.ts';
import {
  buildCaptionContent,
  type CaptionContent,
  type LegendSwatch,
} from '../../cy/export/caption.ts';
import { ImageExportError } from '../../cy/export/errors.ts';
import { ExportTimeoutError } from './deadline.ts';
import type { ImageBackground, ImageExportOptions, ImageFormat } from '../../cy/export/image.ts';
import {
  PRESET_MIN_LABEL_PX,
  WIDTH_PRESETS,
  WIDTH_PRESET_LABELS,
  WIDTH_PRESET_NAMES,
  type WidthPreset,
} from '../../cy/export/sizing.ts';
import type { GraphView } from '../../cy/elements.ts';
import { fileStem } from './download.ts';
import { isWholeDataset, type VisibleSets } from './filtered-dataset.ts';

export const FORMAT_LABELS: Record<ImageFormat, string> = { png: 'PNG', jpeg: 'JPEG', svg: 'SVG' };
export const BACKGROUND_LABELS: Record<ImageBackground, string> = {
  white: 'White',
  dark: 'Dark',
  transparent: 'Transparent',
};
export const DATA_LABELS: Record<ExportFormat, string> = {
  json: 'JSON (Backchannel)',
  gexf: 'GEXF',
  graphml: 'GraphML',
  csv: 'CSV (nodes + edges)',
};
export const SCALES: readonly number[] = [1, 2, 3, 4];

/** The size choices: a final width (its labels at least 12 px), or a free scale ("custom"). */
export type SizePreset = WidthPreset | 'custom';
export const SIZE_PRESETS: readonly SizePreset[] = [...WIDTH_PRESET_NAMES, 'custom'];
export const SIZE_PRESET_LABELS: Record<SizePreset, string> = {
  ...WIDTH_PRESET_LABELS,
  custom: 'Custom scale',
};

/** What the user chose in the dialog. */
export interface ExportSettings {
  format: ImageFormat;
  /** A final width, or 'custom': the scale below. */
  preset: SizePreset;
  scale: number;
  background: ImageBackground;
  /** Whole graph (true) or the current view (false). */
  full: boolean;
  caption: boolean;
  /** The caption's credit line ("Graphic: …"); blank is none. */
  credit: string;
  /** Keep the selection, the focus's dimming and the highlight in the picture. */
  keepState: boolean;
  scope: 'all' | 'filtered';
  /** Write each actor's Louvain community (`x-community`, `x-community-name`) into the data. */
  communities: boolean;
}

export type ExportStatus = { kind: 'info' | 'error'; text: string } | null;

/** The size line: the output size in pixels, or why the image cannot be made. */
export interface SizePlan {
  text: string;
  ok: boolean;
}

export function initialSettings(theme: 'light' | 'dark'): ExportSettings {
  return {
    format: 'png',
    preset: 'web',
    scale: 2,
    background: theme === 'dark' ? 'dark' : 'white',
    full: true,
    caption: false,
    credit: '',
    keepState: false,
    scope: 'all',
    communities: true,
  };
}

/** JPEG has no transparency: a transparent background is drawn white. */
export function effectiveBackground(s: Pick<ExportSettings, 'format' | 'background'>) {
  return s.format === 'jpeg' && s.background === 'transparent' ? 'white' : s.background;
}

/** Whether the filters hide something (only then may the data be exported as filtered). */
export function isFiltering(dataset: Dataset, visible: VisibleSets | undefined): boolean {
  return visible !== undefined && !isWholeDataset(dataset, visible);
}

/** What the caption says besides the dataset: the view drawn and the credit line. */
export interface CaptionExtras {
  view?: GraphView;
  credit?: string;
}

/**
 * The caption block when asked for: the legend, the filters when filtering, the sources behind what
 * is shown (`visible`; everything when absent), what the view's shapes mean, and the credit line.
 */
export function captionFor(
  on: boolean,
  dataset: Dataset,
  legend: LegendSwatch[],
  filters: string[] | undefined,
  visible: VisibleSets | undefined,
  extras: CaptionExtras = {},
): CaptionContent | null {
  if (!on) return null;
  const filtering = isFiltering(dataset, visible);
  return buildCaptionContent(dataset, {
    legend,
    filters: filtering ? (filters ?? []) : [],
    ...(visible ? { shownActorIds: visible.actors, shownRelationIds: visible.relations } : {}),
    ...(extras.view ? { view: extras.view } : {}),
    ...(extras.credit ? { credit: extras.credit } : {}),
  });
}

export function imageOptions(
  s: ExportSettings,
  caption: CaptionContent | null,
): ImageExportOptions {
  return {
    format: s.format,
    scale: s.scale,
    ...(s.preset !== 'custom'
      ? { width: WIDTH_PRESETS[s.preset], minLabelPx: PRESET_MIN_LABEL_PX }
      : {}),
    background: effectiveBackground(s),
    full: s.full,
    caption,
    ...(s.keepState ? { keepState: true } : {}),
  };
}

/**
 * The size line for the dialog. `measure` plans the image (`planImageExport` on the drawn graph) and
 * throws when it cannot be made; null while no graph is drawn.
 */
export function sizePlan(
  open: boolean,
  measure: (() => { width: number; height: number }) | null,
  byWidth = false,
): SizePlan {
  if (!open) return { text: '', ok: false };
  if (!measure) return { text: 'The graph is not drawn yet.', ok: false };
  try {
    const size = measure();
    // By width, the labels grow for the export and the height with them: known only once drawn.
    if (byWidth) return { text: `${size.width} px wide, about ${size.height} px high`, ok: true };
    return { text: `${size.width} × ${size.height} px`, ok: true };
  } catch (e) {
    return { text: errorText(e), ok: false };
  }
}

/** `<dataset>[-<view>][-view].<ext>`: "-view" when only the current view is drawn. */
export function imageFileName(
  datasetId: string,
  viewName: string | undefined,
  full: boolean,
  extension: string,
): string {
  const view = viewName ? `-${fileStem(viewName)}` : '';
  return `${fileStem(datasetId)}${view}${full ? '' : '-view'}.${extension}`;
}

export function savedImageText(
  name: string,
  r: { width: number; height: number; blob: { size: number }; labelPx?: number },
  minLabelPx?: number,
): string {
  const labels =
    r.labelPx !== undefined ? `, actor labels ${Math.floor(r.labelPx * 10) / 10} px` : '';
  const saved = `Saved ${name} (${r.width} × ${r.height} px${labels}, ${Math.round(r.blob.size / 1024)} KB).`;
  if (minLabelPx === undefined || r.labelPx === undefined || r.labelPx >= minLabelPx) return saved;
  return `${saved} The labels are under ${minLabelPx} px: the graph is too big for this width (choose a wider size, or filter).`;
}

export function imageFailureText(e: unknown): string {
  if (e instanceof ImageExportError || e instanceof ExportTimeoutError) return e.message;
  return `The image could not be made: ${errorText(e)}`;
}

/** "N actors, M relations" of the filtered view ('' when nothing is filtered). */
export function visibleCountText(visible: VisibleSets | undefined): string {
  return visible ? `${visible.actors.size} actors, ${visible.relations.size} relations` : '';
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
