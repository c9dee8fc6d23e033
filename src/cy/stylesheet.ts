/**
 * The stylesheet: node shape and colour by actor kind, edge colour and arrow by relation kind, line
 * by certainty (confirmed solid, reported dashed, disputed dotted and marked "?"), compound groups,
 * and the classes the controller sets (hidden, faded, selected, highlighted, collapsed).
 */
import type { StylesheetJson, StylesheetStyle } from 'cytoscape';
import { ACTOR_KINDS, RELATION_KINDS } from '../model/vocabulary.ts';
import {
  ACTOR_KIND_STYLE,
  CERTAINTY_LINE,
  LINE_DASH,
  RELATION_KIND_STYLE,
  THEME_COLOURS,
  relationColour,
  type Theme,
} from './palette.ts';

type Style = Record<string, string | number>;

function rule(selector: string, style: Style): StylesheetStyle {
  return { selector, style } as StylesheetStyle;
}

/** The classes the controller toggles; the style gives each its look. */
export const CLASSES = {
  hidden: 'bc-hidden',
  collapsedHidden: 'bc-collapsed-hidden',
  focusHidden: 'bc-focus-hidden',
  faded: 'bc-faded',
  /** A group faded around members that are not: its own fill, border and label only. */
  fadedGroup: 'bc-faded-group',
  container: 'bc-container',
  selected: 'bc-selected',
  highlighted: 'bc-highlighted',
  collapsed: 'bc-collapsed',
  meta: 'bc-meta',
  /** A name set above its node: below, it ran into another (src/cy/label-place.ts). */
  labelAbove: 'bc-label-above',
} as const;

const cache = new Map<Theme, StylesheetJson>();

/** The stylesheet for a theme (the same array for the same theme, so React sees no change). */
export function buildStylesheet(theme: Theme): StylesheetJson {
  const cached = cache.get(theme);
  if (cached) return cached;
  const t = THEME_COLOURS[theme];
  const rules: StylesheetStyle[] = [
    rule('node', {
      label: 'data(label)',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'font-size': 13,
      color: t.text,
      'text-outline-color': t.textOutline,
      'text-outline-width': 2.5,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '140px',
      'min-zoomed-font-size': 6,
      width: 30,
      height: 30,
      'border-width': 1.5,
      'border-color': t.text,
      'border-opacity': 0.5,
    }),
    ...ACTOR_KINDS.map((k) =>
      rule(`node[elementType = "actor"][kind = "${k}"]`, {
        'background-color': ACTOR_KIND_STYLE[k].color,
        shape: ACTOR_KIND_STYLE[k].shape,
      }),
    ),
    rule('node[elementType = "relation"]', {
      shape: 'round-rectangle',
      width: 20,
      height: 20,
      'font-size': 10,
      'border-width': 2,
      'border-style': 'solid',
      'border-color': t.text,
    }),
    ...RELATION_KINDS.map((k) =>
      rule(`node[elementType = "relation"][kind = "${k}"]`, {
        'background-color': relationColour(k, theme),
      }),
    ),
    rule('node[elementType = "relation"][certainty = "reported"]', {
      'border-style': CERTAINTY_LINE.reported,
    }),
    rule('node[elementType = "relation"][certainty = "disputed"]', {
      'border-style': CERTAINTY_LINE.disputed,
      'border-width': 3,
      'border-color': t.disputed,
    }),
    rule(':parent', {
      shape: 'round-rectangle',
      'background-color': t.compoundFill,
      'background-opacity': 0.55,
      'border-width': 2,
      'border-style': 'solid',
      'border-opacity': 1,
      padding: 14,
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      'font-weight': 'bold',
    }),
    ...ACTOR_KINDS.map((k) =>
      rule(`:parent[kind = "${k}"]`, { 'border-color': ACTOR_KIND_STYLE[k].color }),
    ),
    rule(`node.${CLASSES.collapsed}`, {
      label: 'data(collapsedLabel)',
      'border-width': 4,
      'border-style': 'double',
      'background-opacity': 1,
      width: 40,
      height: 40,
    }),
    ...ACTOR_KINDS.map((k) =>
      rule(`node.${CLASSES.collapsed}[kind = "${k}"]`, {
        shape: ACTOR_KIND_STYLE[k].shape,
        'background-color': ACTOR_KIND_STYLE[k].color,
      }),
    ),
    rule('edge', {
      'curve-style': 'bezier',
      'control-point-step-size': 28,
      width: 2,
      'arrow-scale': 1.1,
      opacity: 0.9,
      label: 'data(label)',
      'font-size': 10,
      color: t.text,
      'text-outline-color': t.textOutline,
      'text-outline-width': 2,
      'min-zoomed-font-size': 6,
    }),
    ...RELATION_KINDS.map((k) => {
      const s = RELATION_KIND_STYLE[k];
      const colour = relationColour(k, theme);
      return rule(`edge[kind = "${k}"]`, {
        'line-color': colour,
        'target-arrow-color': colour,
        'source-arrow-color': colour,
        width: s.width,
      });
    }),
    ...RELATION_KINDS.map((k) =>
      rule(`edge[kind = "${k}"][arrows > 0]`, {
        'target-arrow-shape': RELATION_KIND_STYLE[k].arrow,
      }),
    ),
    ...RELATION_KINDS.map((k) =>
      rule(`edge[kind = "${k}"][arrows > 1]`, {
        'source-arrow-shape': RELATION_KIND_STYLE[k].arrow,
      }),
    ),
    rule('edge[certainty = "reported"]', {
      'line-style': CERTAINTY_LINE.reported,
      'line-dash-pattern': [...LINE_DASH[CERTAINTY_LINE.reported]] as unknown as string,
    }),
    rule('edge[certainty = "disputed"]', {
      'line-style': CERTAINTY_LINE.disputed,
      'source-label': '?',
      'source-text-offset': 22,
      'font-weight': 'bold',
      'font-size': 14,
      color: t.disputed,
    }),
    rule('edge[elementType = "role"]', {
      'text-rotation': 'autorotate',
      'font-size': 9,
      'text-background-color': t.background,
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'text-outline-width': 0,
    }),
    rule(`.${CLASSES.hidden}, .${CLASSES.collapsedHidden}, .${CLASSES.focusHidden}`, {
      display: 'none',
    }),
    // A group's opacity would carry over to its members: fade its own parts instead.
    rule(`.${CLASSES.container}`, {
      'background-opacity': 0.15,
      'border-opacity': 0.5,
      'text-opacity': 0.5,
      'border-style': 'dashed',
    }),
    rule(`.${CLASSES.faded}`, { opacity: 0.12, 'text-opacity': 0.25 }),
    rule(`.${CLASSES.fadedGroup}`, {
      'background-opacity': 0.08,
      'border-opacity': 0.2,
      'text-opacity': 0.3,
    }),
    rule(`node.${CLASSES.highlighted}`, {
      'border-width': 4,
      'border-color': t.selection,
      'border-opacity': 1,
      opacity: 1,
      'font-weight': 'bold',
    }),
    rule(`edge.${CLASSES.highlighted}`, {
      width: 5,
      opacity: 1,
      'z-index': 10,
    }),
    rule(`node.${CLASSES.selected}`, {
      'border-width': 6,
      'border-color': t.selection,
      'border-opacity': 1,
      'border-style': 'solid',
      opacity: 1,
      'font-weight': 'bold',
      'z-index': 20,
    }),
    rule(`edge.${CLASSES.selected}`, {
      width: 7,
      opacity: 1,
      'underlay-color': t.selection,
      'underlay-opacity': 0.35,
      'underlay-padding': 4,
      'z-index': 20,
    }),
    rule(`node.${CLASSES.labelAbove}`, { 'text-valign': 'top', 'text-margin-y': -4 }),
  ];
  cache.set(theme, rules);
  return rules;
}
