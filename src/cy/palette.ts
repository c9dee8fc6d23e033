/**
 * Colours and shapes of the style, colour-blind safe: actor kinds in the Okabe–Ito palette,
 * relation kinds in Paul Tol's "muted" (light theme) and "light" (dark theme) schemes. Exhaustive
 * records: a new kind is a compile error until it has its style.
 */
import type { ActorKind, RelationKind } from '../model/vocabulary.ts';

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

const TOL_MUTED = {
  rose: '#CC6677',
  indigo: '#332288',
  sand: '#DDCC77',
  green: '#117733',
  cyan: '#88CCEE',
  wine: '#882255',
  teal: '#44AA99',
  olive: '#999933',
  purple: '#AA4499',
};

const TOL_LIGHT = {
  lightBlue: '#77AADD',
  orange: '#EE8866',
  lightYellow: '#EEDD88',
  pink: '#FFAABB',
  lightCyan: '#99DDFF',
  mint: '#44BB99',
  pear: '#BBCC33',
  olive: '#AAAA00',
  paleGrey: '#DDDDDD',
};

export const RELATION_KIND_STYLE: Record<
  RelationKind,
  { light: string; dark: string; arrow: ArrowShape; width: number }
> = {
  meeting: { light: TOL_MUTED.indigo, dark: TOL_LIGHT.lightBlue, arrow: 'none', width: 4 },
  negotiation: { light: TOL_MUTED.teal, dark: TOL_LIGHT.mint, arrow: 'vee', width: 3 },
  mediation: { light: TOL_MUTED.green, dark: TOL_LIGHT.pear, arrow: 'diamond', width: 3 },
  guarantee: { light: TOL_MUTED.cyan, dark: TOL_LIGHT.lightCyan, arrow: 'triangle-tee', width: 3 },
  authorization: { light: TOL_MUTED.purple, dark: TOL_LIGHT.pink, arrow: 'chevron', width: 2.5 },
  proposal: { light: TOL_MUTED.sand, dark: TOL_LIGHT.lightYellow, arrow: 'triangle', width: 2.5 },
  statement: {
    light: TOL_MUTED.olive,
    dark: TOL_LIGHT.olive,
    arrow: 'triangle-backcurve',
    width: 2,
  },
  attack: { light: TOL_MUTED.rose, dark: TOL_LIGHT.orange, arrow: 'tee', width: 3 },
  agreement: { light: '#555555', dark: TOL_LIGHT.paleGrey, arrow: 'square', width: 3 },
  tie: { light: TOL_MUTED.wine, dark: TOL_LIGHT.olive, arrow: 'triangle', width: 1.5 },
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
