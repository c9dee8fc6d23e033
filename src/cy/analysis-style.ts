/**
 * The look of the analysis layers (src/cy/analysis-layers.ts): highlighted chains and meetings,
 * nodes sized by a score, explicit mediators ringed, the network grown through time. The controller
 * puts these rules after the explorer's own (so they win) whenever it sets the stylesheet.
 */
import type { StylesheetStyle } from 'cytoscape';
import { AN_CLASSES } from './marks.ts';
import { THEME_COLOURS, type Theme } from './palette.ts';

export interface AnalysisColors {
  /** Highlighted chains and meetings. */
  accent: string;
  /** The ring of explicit mediators. */
  ring: string;
  /** Opacity of what is dimmed while something is highlighted. */
  dimOpacity: number;
}

/** The explorer's accent (Okabe–Ito blue, sky blue on dark) and its text colour for the ring. */
export function analysisColors(theme: Theme): AnalysisColors {
  return {
    accent: theme === 'dark' ? '#56b4e9' : '#0072b2',
    ring: THEME_COLOURS[theme].text,
    dimOpacity: theme === 'dark' ? 0.22 : 0.15,
  };
}

export function analysisStylesheet(colors: AnalysisColors): StylesheetStyle[] {
  const an = AN_CLASSES;
  return [
    { selector: `.${an.dim}`, style: { opacity: colors.dimOpacity } },
    {
      selector: `node.${an.hl}`,
      style: {
        'underlay-color': colors.accent,
        'underlay-opacity': 0.45,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
        'z-index': 20,
      },
    },
    {
      // A highlighted group gets a border, not a halo behind all its members.
      selector: `node.${an.hl}:parent`,
      style: { 'underlay-opacity': 0, 'border-width': 3, 'border-color': colors.accent },
    },
    {
      selector: `edge.${an.hl}`,
      style: {
        width: 5,
        'underlay-color': colors.accent,
        'underlay-opacity': 0.45,
        'underlay-padding': 4,
        'z-index': 20,
      },
    },
    {
      selector: `node.${an.end}`,
      style: { 'border-width': 4, 'border-color': colors.accent, 'border-style': 'solid' },
    },
    { selector: `node.${an.sized}`, style: { width: 'data(anSize)', height: 'data(anSize)' } },
    {
      selector: `node.${an.ring}`,
      style: { 'border-width': 6, 'border-style': 'double', 'border-color': colors.ring },
    },
    { selector: `.${an.hidden}`, style: { display: 'none' } },
  ] as StylesheetStyle[];
}
