/**
 * The overview's look (issue 15): a closed group is a disc sized by its members with its name and
 * count inside, in the box colours (a group is not an actor kind); a link is a neutral line whose
 * width grows with the relations behind it, its count shown once the reader zooms in. An opened
 * community's box looks like the `memberOf` boxes (the base stylesheet's `:parent`).
 */
import type { StylesheetJson, StylesheetStyle } from 'cytoscape';
import { THEME_COLOURS, type Theme } from './palette.ts';

function rule(selector: string, style: Record<string, string | number>): StylesheetStyle {
  return { selector, style } as StylesheetStyle;
}

export function overviewStyle(theme: Theme): StylesheetJson {
  const t = THEME_COLOURS[theme];
  return [
    rule('node[elementType = "group"]', {
      shape: 'ellipse',
      width: 'data(size)',
      height: 'data(size)',
      'background-color': t.compoundFill,
      'border-color': t.compoundBorder,
      'border-width': 2,
      'border-opacity': 1,
      'text-valign': 'center',
      'text-halign': 'center',
      'text-margin-y': 0,
      'text-max-width': 'data(size)',
      'text-wrap': 'wrap',
      'font-weight': 'bold',
      'min-zoomed-font-size': 4,
      // Under the actors of an opened group that spread over it (they are what was asked for).
      'z-index': -1,
    }),
    // A small group's name on lines wider than its disc (inside it, it would wrap word by word).
    rule('node[elementType = "group"][size < 110][!open]', { 'text-max-width': 110 }),
    // An actor standing alone: its name once zoomed in, so the groups' names read first.
    // (cytoscape compares font-size x 2^ceil(log2(zoom)) with the minimum: a fixed 11 px shows from
    // zoom 0.5; the scaled labels of a fit would always pass.)
    rule('node[?single]', { 'font-size': 11, 'min-zoomed-font-size': 10 }),
    rule('node[elementType = "group"][?open]', {
      shape: 'round-rectangle',
      'text-valign': 'top',
      'border-style': 'dashed',
    }),
    rule('edge[elementType = "link"]', {
      width: 'data(width)',
      'line-color': t.compoundBorder,
      'line-opacity': 0.7,
      // The cheapest line cytoscape draws (no control points): an overview has thousands.
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'target-arrow-shape': 'none',
      label: 'data(label)',
      'font-size': 11,
      'min-zoomed-font-size': 9,
      color: t.text,
      'text-outline-color': t.textOutline,
      'text-outline-width': 2,
    }),
  ];
}
