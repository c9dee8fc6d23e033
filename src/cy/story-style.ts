/**
 * The rules that tell the story at a glance (issue 11): meetings of three or more as one hub with a
 * spoke per participant, mediators ringed and their links cased, "said about" and "conveyed" links
 * drawn unlike "said to" and "guaranteed". Put after the base stylesheet by the controller.
 */
import type { StylesheetStyle } from 'cytoscape';
import { THEME_COLOURS, type Theme } from './palette.ts';

type Style = Record<string, string | number>;
const rule = (selector: string, style: Style): StylesheetStyle =>
  ({ selector, style }) as StylesheetStyle;

/** The mediator's mark, as the legend and the caption draw it. */
export const MEDIATOR_MARK = { outlineWidth: 3, outlineOffset: 3 } as const;

export function storyStylesheet(theme: Theme): StylesheetStyle[] {
  const t = THEME_COLOURS[theme];
  return [
    // A hub: a small disc in the relation's colour, its human name below in italics.
    rule('node[elementType = "relation"][?hub]', {
      shape: 'ellipse',
      width: 16,
      height: 16,
      'border-width': 2,
      'border-color': t.text,
      'font-size': 11,
      'font-style': 'italic',
      'text-max-width': '160px',
    }),
    rule('edge[elementType = "role"]', { 'curve-style': 'straight' }),
    // Mediators: a ring around the node, in the text colour, outside its border.
    rule('node[elementType = "actor"][?mediator]', {
      'outline-width': MEDIATOR_MARK.outlineWidth,
      'outline-offset': MEDIATOR_MARK.outlineOffset,
      'outline-color': t.text,
      'outline-opacity': 0.9,
    }),
    // A mediator's links: thinner, cased in the text colour (a principal's are plain).
    rule('edge[?mediator]', {
      width: 2,
      'line-outline-width': 1.5,
      'line-outline-color': t.text,
    }),
    // Said about (not to): a hollow arrow; conveyed (carried, not given): a chevron.
    rule('edge[variant = "said-about"]', {
      'target-arrow-fill': 'hollow',
      'source-arrow-fill': 'hollow',
    }),
    rule('edge[variant = "conveyed"][arrows > 0]', { 'target-arrow-shape': 'chevron' }),
    // Imported with no certainty stated: plain, not dashed as "reported" (src/cy/elements.ts).
    rule('edge[?unstated]', { 'line-style': 'solid' }),
    rule('node[elementType = "relation"][?unstated]', { 'border-style': 'solid' }),
  ];
}

/** Actor labels at the default fit are at least this many CSS pixels on screen (issue 11). */
export const MIN_LABEL_PX = 12.5;
/** The base font size of an actor's label, in model units (src/cy/stylesheet.ts). */
export const BASE_LABEL_SIZE = 13;
/** Labels grow at most this many times their base size (past it they would bury the nodes). */
export const MAX_LABEL_SCALE = 2.4;

/** The label scale that draws actor labels at `MIN_LABEL_PX` at `zoom` (1 when they already are). */
export function labelScaleFor(zoom: number): number {
  const wanted = MIN_LABEL_PX / (BASE_LABEL_SIZE * Math.max(zoom, 1e-6));
  return Math.min(MAX_LABEL_SCALE, Math.max(1, Math.ceil(wanted * 20) / 20));
}

/**
 * Label sizes scaled by `scale` (Gephi's "label adjust"): the fit of a large picture in a small
 * canvas keeps its labels readable. Every text keeps its halo (an outline in the background
 * colour), so that lines never strike through it.
 */
export function labelRules(scale: number): StylesheetStyle[] {
  if (scale === 1) return [];
  const px = (n: number): number => Math.round(n * scale * 10) / 10;
  return [
    rule('node', {
      'font-size': px(BASE_LABEL_SIZE),
      'text-max-width': `${px(140)}px`,
      'text-outline-width': px(2.5),
    }),
    rule('node[elementType = "relation"]', { 'font-size': px(10) }),
    rule('node[elementType = "relation"][?hub]', {
      'font-size': px(11),
      'text-max-width': `${px(160)}px`,
    }),
    rule('edge', { 'font-size': px(10), 'text-outline-width': px(2) }),
    rule('edge[elementType = "role"]', { 'font-size': px(9) }),
  ];
}
