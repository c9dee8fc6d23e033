/**
 * "Colours and sizes as in the file" (issue 14, item 5): the drawing an imported file carried (GEXF
 * `viz:color`, `viz:size`, `viz:thickness`, edge `weight`; GraphML's colour, size and weight keys),
 * kept by the importers as `x-color`, `x-size`, `x-thickness` and `x-weight` (src/formats/viz.ts),
 * drawn when the user chooses it. The element data always carry it (`fileColor`, `fileSize`,
 * `fileWidth`); the rules here, added to the stylesheet only for the 'file' appearance, draw it.
 * Shapes stay those of the kinds (the legend says so); the selection and the analysis highlight
 * still win.
 */
import type { ElementDefinition, StylesheetStyle } from 'cytoscape';
import type { Dataset } from '../model/schema.ts';
import { CLASSES } from './stylesheet.ts';

/**
 * How nodes and links are coloured and sized: by kind (the default), as in the imported file, or
 * (actors) by their Louvain community (src/cy/community-style.ts).
 */
export type Appearance = 'kind' | 'file' | 'community';

/** The legend's words for the 'file' appearance. */
export const FILE_LOOK_NOTE =
  'Colours and sizes as in the file: node colours and sizes and line colours and widths are the file’s own; shapes still show the kinds.';

/** Node diameters and line widths a file's sizes are scaled into, in CSS px at zoom 1. */
export const NODE_SIZE_RANGE = { min: 16, max: 60 } as const;
export const EDGE_WIDTH_RANGE = { min: 1, max: 6 } as const;

const HEX = /^#[0-9a-f]{6}$/i;

type Extended = Record<string, unknown>;

function colourOf(rec: Extended): string | undefined {
  const c = rec['x-color'];
  return typeof c === 'string' && HEX.test(c) ? c.toLowerCase() : undefined;
}

function positive(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined;
}

/** A relation's line width in the file: `x-thickness`, else `x-weight`. */
function rawWidthOf(rec: Extended): number | undefined {
  return positive(rec['x-thickness']) ?? positive(rec['x-weight']);
}

/** Whether the dataset carries a colour or size for an actor or a relation (the choice is offered only then). */
export function hasFileLook(ds: Pick<Dataset, 'actors' | 'relations'>): boolean {
  const nodes = ds.actors.some((a) => {
    const rec = a as Extended;
    return colourOf(rec) !== undefined || positive(rec['x-size']) !== undefined;
  });
  return (
    nodes ||
    ds.relations.some((r) => colourOf(r as Extended) !== undefined || rawWidthOf(r) !== undefined)
  );
}

/** Maps `values` linearly into `range`; all equal (or one): the middle of the range. */
function scaler(
  values: readonly number[],
  range: { min: number; max: number },
): (v: number) => number {
  // Loops, not Math.min(...values): a spread of 100,000 relations may overflow the stack.
  const lo = values.reduce((m, v) => Math.min(m, v), Infinity);
  const hi = values.reduce((m, v) => Math.max(m, v), -Infinity);
  if (!(hi > lo)) return () => (range.min + range.max) / 2;
  return (v) => range.min + ((v - lo) / (hi - lo)) * (range.max - range.min);
}

const round = (v: number): number => Math.round(v * 10) / 10;

/** Every actor's and relation's colour and scaled size, by id. */
function fileLookOf(ds: Pick<Dataset, 'actors' | 'relations'>) {
  const sizes = ds.actors.flatMap((a) => positive((a as Extended)['x-size']) ?? []);
  const widths = ds.relations.flatMap((r) => rawWidthOf(r) ?? []);
  const size = scaler(sizes.length > 0 ? sizes : [1], NODE_SIZE_RANGE);
  const width = scaler(widths.length > 0 ? widths : [1], EDGE_WIDTH_RANGE);
  const actors = new Map<string, { color?: string; size?: number }>();
  for (const a of ds.actors) {
    const color = colourOf(a as Extended);
    const s = positive((a as Extended)['x-size']);
    if (color !== undefined || s !== undefined)
      actors.set(a.id, { color, size: s === undefined ? undefined : round(size(s)) });
  }
  const relations = new Map<string, { color?: string; width?: number }>();
  for (const r of ds.relations) {
    const color = colourOf(r as Extended);
    const w = rawWidthOf(r);
    if (color !== undefined || w !== undefined)
      relations.set(r.id, { color, width: w === undefined ? undefined : round(width(w)) });
  }
  return { actors, relations };
}

/**
 * Adds the file's colours and sizes to the element data (in place; returns `elements`): actor
 * nodes get `fileColor`, `fileSize`; relation nodes `fileColor`; links `fileColor` and `fileWidth`
 * from their relations (the first colour, the widest width, when a link counts several).
 */
export function addFileLook(
  ds: Pick<Dataset, 'actors' | 'relations'>,
  elements: ElementDefinition[],
): ElementDefinition[] {
  if (!hasFileLook(ds)) return elements;
  const look = fileLookOf(ds);
  for (const el of elements) {
    const data = el.data as Extended;
    if (data.elementType === 'actor') {
      const a = look.actors.get(String(data.id));
      if (a?.color !== undefined) data.fileColor = a.color;
      if (a?.size !== undefined) data.fileSize = a.size;
      continue;
    }
    const ids = Array.isArray(data.relationIds) ? (data.relationIds as string[]) : [];
    const found = ids.flatMap((id) => look.relations.get(id) ?? []);
    const color = found.find((f) => f.color !== undefined)?.color;
    const widths = found.flatMap((f) => f.width ?? []);
    if (color !== undefined) data.fileColor = color;
    if (widths.length > 0 && el.group === 'edges') data.fileWidth = Math.max(...widths);
  }
  return elements;
}

function rule(selector: string, style: Record<string, string>): StylesheetStyle {
  return { selector, style } as StylesheetStyle;
}

/** The rules that draw the file's colours and sizes (added after the kinds' rules). */
export function fileStylesheet(): StylesheetStyle[] {
  return [
    rule('node[fileColor]:childless', { 'background-color': 'data(fileColor)' }),
    rule('node[elementType = "actor"][fileSize]:childless', {
      width: 'data(fileSize)',
      height: 'data(fileSize)',
    }),
    rule('edge[fileColor]', {
      'line-color': 'data(fileColor)',
      'target-arrow-color': 'data(fileColor)',
      'source-arrow-color': 'data(fileColor)',
    }),
    rule('edge[fileWidth]', { width: 'data(fileWidth)' }),
    // The selection and the highlight still widen links (their widths in stylesheet.ts).
    rule(`edge.${CLASSES.highlighted}`, { width: '5' }),
    rule(`edge.${CLASSES.selected}`, { width: '7' }),
  ];
}
