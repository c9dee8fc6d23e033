/**
 * Colours and shapes of the style, chosen for colour-blind readers: actor kinds in the Okabe–Ito
 * palette (the same in both themes), relation kinds per theme (see RELATION_KIND_STYLE). Exhaustive
 * records: a new kind is a compile error until it has its style.
 */
import type { ActorKind, Certainty, RelationKind } from '../model/vocabulary.ts';

export type Theme = 'light' | 'dark';

export type NodeShape =
  'ellipse' | 'hexagon' | 'round-rectangle' | 'diamond' | 'triangle' | 'round-tag' | 'rectangle';

export type ArrowShape =
  | 'none'
  | 'triangle'
  | 'vee'
  | 'tee'
  | 'diamond'
  | 'triangle-tee'
  | 'triangle-backcurve'
  | 'chevron'
  | 'square';

export const ACTOR_KIND_STYLE: Record<ActorKind, { color: string; shape: NodeShape }> = {
  person: { color: '#E69F00', shape: 'ellipse' },
  state: { color: '#0072B2', shape: 'hexagon' },
  organization: { color: '#009E73', shape: 'round-rectangle' },
  delegation: { color: '#CC79A7', shape: 'diamond' },
  other: { color: '#999999', shape: 'round-tag' },
};

/**
 * Relation colours, one per kind and theme. Chosen so that every two kinds differ by CIEDE2000
 * ΔE ≥ 20.5 in each theme (tests/unit/cy/palette.test.ts checks ≥ 20), from colour-blind-aware
 * families: Paul Tol's muted, bright, vibrant, light, pale and medium-contrast schemes, Okabe–Ito's,
 * and the IBM design library's. Ten kinds cannot all stay apart for every colour vision, so each
 * kind also has its own arrow shape (and the legend names it). Light colours sit on white, dark ones
 * on the dark background, each at 2:1 contrast or more; none is near the selection colour.
 */
export const RELATION_KIND_STYLE: Record<
  RelationKind,
  { light: string; dark: string; arrow: ArrowShape; width: number }
> = {
  // Tol muted indigo / IBM blue.
  meeting: { light: '#332288', dark: '#648FFF', arrow: 'none', width: 4 },
  // Tol muted teal / Tol light mint.
  negotiation: { light: '#44AA99', dark: '#44BB99', arrow: 'vee', width: 3 },
  // Tol muted green, in both.
  mediation: { light: '#117733', dark: '#117733', arrow: 'diamond', width: 3 },
  // Tol vibrant cyan / Tol light cyan.
  guarantee: { light: '#33BBEE', dark: '#99DDFF', arrow: 'triangle-tee', width: 3 },
  // Tol muted purple / Tol light pink.
  authorization: { light: '#AA4499', dark: '#FFAABB', arrow: 'chevron', width: 2.5 },
  // Tol medium-contrast dark yellow / Tol pale yellow.
  proposal: { light: '#997700', dark: '#EEEEBB', arrow: 'triangle', width: 2.5 },
  // Dark grey / Tol muted olive.
  statement: { light: '#555555', dark: '#999933', arrow: 'triangle-backcurve', width: 2 },
  // Tol bright red / Tol vibrant red.
  attack: { light: '#EE6677', dark: '#CC3311', arrow: 'tee', width: 3 },
  // Tol dark red / Tol bright purple (apart from the State blue and the Person orange too).
  agreement: { light: '#663333', dark: '#AA3377', arrow: 'square', width: 3 },
  // Grey, in both (the generic kind of imported graphs).
  tie: { light: '#999999', dark: '#999999', arrow: 'triangle', width: 1.5 },
};

export type LineStyle = 'solid' | 'dashed' | 'dotted';

/**
 * How certainty is drawn, everywhere: edges and relation squares' borders (stylesheet.ts), the
 * legend's samples (ui/graph/Swatch.tsx) and the caption's (cy/export). Confirmed solid, reported
 * dashed, disputed dotted (and marked "?" on the canvas).
 */
export const CERTAINTY_LINE: Record<Certainty, LineStyle> = {
  confirmed: 'solid',
  reported: 'dashed',
  disputed: 'dotted',
};

/** The dash pattern of each line style in CSS px (cytoscape, SVG stroke-dasharray, canvas). */
export const LINE_DASH: Record<LineStyle, readonly number[]> = {
  solid: [],
  dashed: [7, 4],
  dotted: [1.5, 3],
};

export interface ThemeColours {
  background: string;
  text: string;
  textOutline: string;
  compoundFill: string;
  compoundBorder: string;
  selection: string;
  disputed: string;
}

export const THEME_COLOURS: Record<Theme, ThemeColours> = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    textOutline: '#ffffff',
    compoundFill: '#f2f2f2',
    compoundBorder: '#8a8a8a',
    selection: '#D55E00',
    disputed: '#D55E00',
  },
  dark: {
    background: '#16181d',
    text: '#eeeeee',
    textOutline: '#16181d',
    compoundFill: '#23262e',
    compoundBorder: '#777777',
    selection: '#F0E442',
    disputed: '#F0E442',
  },
};

export function relationColour(kind: RelationKind, theme: Theme): string {
  return RELATION_KIND_STYLE[kind][theme];
}
