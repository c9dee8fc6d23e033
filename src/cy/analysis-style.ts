/**
 * The overlay's stylesheet rules. They are appended after the explorer's own rules (so they win), and
 * put back when the explorer replaces its stylesheet. The explorer may also include
 * `analysisStylesheet(colors)` at the end of its own stylesheet: `ensureAnalysisStyle` then finds them.
 */
import type { Core, StylesheetStyle } from 'cytoscape';

export interface AnalysisColors {
  /** Highlighted chains and meetings. */
  accent: string;
  /** The ring of explicit mediators. */
  ring: string;
  /** Opacity of what is dimmed while something is highlighted. */
  dimOpacity: number;
}

/** Okabe–Ito vermillion and reddish purple: distinct for the common colour-vision deficiencies. */
export const DEFAULT_COLORS: AnalysisColors = {
  accent: '#d55e00',
  ring: '#cc79a7',
  dimOpacity: 0.15,
};

/** The rule whose presence tells that the overlay's rules are in the stylesheet. */
const MARKER = 'node.an-sized';

export function analysisStylesheet(colors: AnalysisColors = DEFAULT_COLORS): StylesheetStyle[] {
  return [
    { selector: '.an-dim', style: { opacity: colors.dimOpacity } },
    {
      selector: 'node.an-hl',
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
      selector: 'node.an-hl:parent',
      style: { 'underlay-opacity': 0, 'border-width': 3, 'border-color': colors.accent },
    },
    {
      selector: 'edge.an-hl',
      style: {
        width: 5,
        'underlay-color': colors.accent,
        'underlay-opacity': 0.45,
        'underlay-padding': 4,
        'z-index': 20,
      },
    },
    {
      selector: 'node.an-end',
      style: { 'border-width': 4, 'border-color': colors.accent, 'border-style': 'solid' },
    },
    { selector: MARKER, style: { width: 'data(anSize)', height: 'data(anSize)' } },
    {
      selector: 'node.an-ring',
      style: { 'border-width': 6, 'border-style': 'double', 'border-color': colors.ring },
    },
    { selector: '.an-hidden', style: { display: 'none' } },
  ];
}

/** Whether the Core's stylesheet holds the overlay's rules. */
export function hasAnalysisStyle(cy: Core): boolean {
  const style = cy.style() as unknown as { json?: () => { selector: string }[] } | undefined;
  if (!style?.json) return false;
  return style.json().some((rule) => rule.selector === MARKER);
}

/**
 * Appends the overlay's rules when they are missing (or, with `force`, in any case: new colours win
 * because they come last). No-op when the Core has no style (headless without `styleEnabled`).
 */
export function ensureAnalysisStyle(cy: Core, colors: AnalysisColors, force: boolean): void {
  const styled = (cy as unknown as { styleEnabled(): boolean }).styleEnabled();
  if (!styled || (!force && hasAnalysisStyle(cy))) return;
  const style = cy.style();
  style.append(analysisStylesheet(colors));
  style.update();
}
