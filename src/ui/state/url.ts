/**
 * The view in the URL's hash (dataset, view, edge mode, layout, theme, filters, selection, focus,
 * collapsed groups, the open tab, the Met pair, the lens, zoom and pan), so that a reload or a shared
 * link restores it. Written with `history.replaceState`.
 * Reading never throws: an unknown part or value is ignored, and listed in `ignored`.
 */
import { ACTOR_KINDS, CERTAINTIES, RELATION_KINDS } from '../../model/vocabulary.ts';
import { NO_FILTERS, type Filters } from '../../graph/filters.ts';
import { isLayoutName } from '../../cy/layouts.ts';
import { SCORE_KEYS, type ScoreKey } from '../../graph/lens-model.ts';
import { isPartialDate } from '../../model/dates.ts';
import type { Viewport } from '../../cy/controller.ts';
import type { AppState, SelectionState, ViewState } from './store.ts';

export interface UrlState {
  dataset?: string;
  view: Partial<ViewState>;
  filters: Filters;
  selection: Pick<SelectionState, 'selection' | 'focus' | 'collapsed'>;
  /** The open sidebar tab (an id as the panels name them; an unknown one opens the first tab). */
  tab?: string;
  /** The Met panel's pair and its "by" date. */
  met: { a?: string; b?: string; by?: string };
  /** The lens, on, with its score. */
  lens?: ScoreKey;
  /** Zoom and pan, shown once instead of the fit. */
  viewport?: Viewport;
  /** Parts of the hash that were not used, one short line each (for the status line). */
  ignored: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LIST_SEPARATOR = ',';

function list<T extends string>(value: string, allowed: readonly T[]): T[] {
  if (!value) return [];
  return value
    .split(LIST_SEPARATOR)
    .filter((v): v is T => (allowed as readonly string[]).includes(v));
}

export function encodeUrlState(s: AppState): string {
  const p = new URLSearchParams();
  if (s.data.key) p.set('d', s.data.key);
  if (s.view.view !== 'actors') p.set('v', s.view.view);
  if (s.view.edgeMode !== 'each') p.set('m', s.view.edgeMode);
  if (s.view.layout !== 'force') p.set('l', s.view.layout);
  if (s.view.appearance !== undefined && s.view.appearance !== 'kind')
    p.set('look', s.view.appearance);
  const f = s.filters;
  if (f.hiddenRelationKinds.length) p.set('rk', f.hiddenRelationKinds.join(LIST_SEPARATOR));
  if (f.hiddenActorKinds.length) p.set('ak', f.hiddenActorKinds.join(LIST_SEPARATOR));
  if (f.hiddenCertainties.length) p.set('c', f.hiddenCertainties.join(LIST_SEPARATOR));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (!f.showUndated) p.set('undated', '0');
  if (f.hideIsolated) p.set('isolated', '0');
  const sel = s.selection.selection;
  if (sel) p.set('sel', `${sel.type === 'actor' ? 'a' : 'r'}:${sel.id}`);
  const focus = s.selection.focus;
  if (focus) p.set('focus', `${focus.id}:${focus.depth}:${focus.mode}`);
  if (s.selection.collapsed.length) p.set('collapsed', s.selection.collapsed.join(LIST_SEPARATOR));
  encodeRest(s, p);
  return p.toString();
}

/** Rounds for the hash: zoom to 4 significant digits, pan to a tenth of a pixel. */
const round = (n: number, digits: number): string => String(Number(n.toFixed(digits)));

/** Theme, tab, the Met pair, the lens and the viewport. */
function encodeRest(s: AppState, p: URLSearchParams): void {
  p.set('t', s.view.theme);
  if (s.ui.tab !== 'details') p.set('tab', s.ui.tab);
  const met = s.analysis.met;
  if (met.a) p.set('ma', met.a);
  if (met.b) p.set('mb', met.b);
  if (met.by && isPartialDate(met.by)) p.set('mby', met.by);
  if (s.analysis.lens.on) p.set('lens', s.analysis.lens.score);
  const vp = s.ui.viewport;
  if (vp && isViewport(vp)) {
    p.set('z', round(vp.zoom, 4));
    p.set('p', `${round(vp.pan.x, 1)}${LIST_SEPARATOR}${round(vp.pan.y, 1)}`);
  }
}

/** Zoom limits of the canvas (src/ui/graph/GraphCanvas.tsx); a pan beyond this is nonsense. */
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 5;
const MAX_PAN = 1e7;

function isViewport(vp: Viewport): boolean {
  return (
    Number.isFinite(vp.zoom) &&
    vp.zoom >= MIN_ZOOM &&
    vp.zoom <= MAX_ZOOM &&
    Math.abs(vp.pan.x) <= MAX_PAN &&
    Math.abs(vp.pan.y) <= MAX_PAN
  );
}

const NUMBER = /^-?\d{1,12}(\.\d{1,12})?$/;

/** Longest hash read (characters); the rest is ignored and said so. Real hashes are far shorter. */
export const MAX_HASH_LENGTH = 20_000;
/** Longest id read from the hash (a dataset key, a selected or focused id, a collapsed group). */
const MAX_ID_LENGTH = 500;
const MAX_SHOWN = 40;

/** A value as the status line shows it: one line, shortened. */
function shown(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is replaced
  const line = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return line.length > MAX_SHOWN ? `${line.slice(0, MAX_SHOWN)}…` : line;
}

type Reader = (value: string, out: UrlState) => boolean;

const id = (v: string): boolean => v.length > 0 && v.length <= MAX_ID_LENGTH;

/** What each key of the hash means; a reader returns false when it cannot use the value. */
const READERS: Record<string, Reader> = {
  d: (v, out) => id(v) && ((out.dataset = v), true),
  v: (v, out) => (v === 'actors' || v === 'events') && ((out.view.view = v), true),
  m: (v, out) => (v === 'each' || v === 'counted') && ((out.view.edgeMode = v), true),
  l: (v, out) => isLayoutName(v) && ((out.view.layout = v), true),
  look: (v, out) =>
    (v === 'file' || v === 'kind' || v === 'community') && ((out.view.appearance = v), true),
  rk: (v, out) => listOf(v, RELATION_KINDS, (l) => (out.filters.hiddenRelationKinds = l)),
  ak: (v, out) => listOf(v, ACTOR_KINDS, (l) => (out.filters.hiddenActorKinds = l)),
  c: (v, out) => listOf(v, CERTAINTIES, (l) => (out.filters.hiddenCertainties = l)),
  from: (v, out) => DAY.test(v) && ((out.filters.from = v), true),
  to: (v, out) => DAY.test(v) && ((out.filters.to = v), true),
  undated: (v, out) => v === '0' && ((out.filters.showUndated = false), true),
  isolated: (v, out) => v === '0' && ((out.filters.hideIsolated = true), true),
  sel: (v, out) => {
    const sel = /^([ar]):(.+)$/s.exec(v);
    if (!sel?.[2] || !id(sel[2])) return false;
    out.selection.selection = { type: sel[1] === 'a' ? 'actor' : 'relation', id: sel[2] };
    return true;
  },
  focus: (v, out) => {
    const focus = /^(.+):([12]):(dim|hide)$/s.exec(v);
    if (!focus?.[1] || !id(focus[1])) return false;
    out.selection.focus = {
      id: focus[1],
      depth: focus[2] === '2' ? 2 : 1,
      mode: focus[3] === 'hide' ? 'hide' : 'dim',
    };
    return true;
  },
  t: (v, out) => (v === 'light' || v === 'dark') && ((out.view.theme = v), true),
  tab: (v, out) => /^[a-z][a-z0-9-]{0,39}$/.test(v) && ((out.tab = v), true),
  ma: (v, out) => id(v) && ((out.met.a = v), true),
  mb: (v, out) => id(v) && ((out.met.b = v), true),
  mby: (v, out) => v.length <= 20 && isPartialDate(v) && ((out.met.by = v), true),
  lens: (v, out) =>
    (SCORE_KEYS as readonly string[]).includes(v) && ((out.lens = v as ScoreKey), true),
  z: (v, out) => {
    const zoom = NUMBER.test(v) ? Number(v) : NaN;
    if (!(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM)) return false;
    out.viewport = { zoom, pan: out.viewport?.pan ?? { x: NaN, y: NaN } };
    return true;
  },
  p: (v, out) => {
    const [x, y, ...rest] = v.split(LIST_SEPARATOR);
    if (x === undefined || y === undefined || rest.length || !NUMBER.test(x) || !NUMBER.test(y))
      return false;
    const pan = { x: Number(x), y: Number(y) };
    if (Math.abs(pan.x) > MAX_PAN || Math.abs(pan.y) > MAX_PAN) return false;
    out.viewport = { zoom: out.viewport?.zoom ?? NaN, pan };
    return true;
  },
  collapsed: (v, out) => {
    const ids = v.split(LIST_SEPARATOR).filter(Boolean);
    out.selection.collapsed = ids.filter(id);
    return ids.length > 0 && out.selection.collapsed.length === ids.length;
  },
};

/** Sets the known values of a list; false when one of them is unknown (the known ones still apply). */
function listOf<T extends string>(
  value: string,
  allowed: readonly T[],
  set: (l: T[]) => void,
): boolean {
  const known = list(value, allowed);
  set(known);
  return known.length === value.split(LIST_SEPARATOR).length;
}

/**
 * The view a hash describes. Never throws, whatever the hash (a stranger's link: huge values, unknown
 * keys or ids, markup, broken %-escapes): what cannot be used is left out and listed in `ignored`, one
 * short line each, for the status line. Ids are not checked against the dataset here (the dataset is
 * not loaded yet): an unknown id selects nothing.
 */
export function decodeUrlState(hash: string): UrlState {
  const out: UrlState = {
    view: {},
    filters: {
      ...NO_FILTERS,
      hiddenRelationKinds: [],
      hiddenActorKinds: [],
      hiddenCertainties: [],
    },
    selection: { collapsed: [] },
    met: {},
    ignored: [],
  };
  try {
    let text = typeof hash === 'string' ? hash.replace(/^#/, '') : '';
    if (text.length > MAX_HASH_LENGTH) {
      out.ignored.push(
        `the link's view after ${MAX_HASH_LENGTH.toLocaleString('en-US')} characters`,
      );
      text = text.slice(0, MAX_HASH_LENGTH);
    }
    const seen = new Set<string>();
    for (const [key, value] of new URLSearchParams(text)) {
      const reader = Object.hasOwn(READERS, key) ? READERS[key] : undefined;
      if (!reader) out.ignored.push(`unknown part '${shown(key)}'`);
      else if (seen.has(key)) out.ignored.push(`a second '${key}'`);
      else if (!reader(value, out)) out.ignored.push(`${key}: '${shown(value)}'`);
      seen.add(key);
    }
  } catch {
    out.ignored.push('the link could not be read');
  }
  completeViewport(out);
  return out;
}

/** A zoom without a pan, or a pan without a zoom, is no viewport: both are ignored. */
function completeViewport(out: UrlState): void {
  const vp = out.viewport;
  if (!vp) return;
  if (Number.isNaN(vp.zoom)) out.ignored.push('p without z');
  else if (Number.isNaN(vp.pan.x)) out.ignored.push('z without p');
  else return;
  delete out.viewport;
}
