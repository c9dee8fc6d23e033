/**
 * The view in the URL's hash (dataset, view, edge mode, layout, filters, selection, focus, collapsed
 * groups), so that a reload or a shared link restores it. Written with `history.replaceState`.
 * Reading never throws: an unknown value is ignored.
 */
import {
  ACTOR_KINDS,
  CERTAINTIES,
  RELATION_KINDS,
  type ActorKind,
  type Certainty,
  type RelationKind,
} from '../../model/vocabulary.ts';
import { NO_FILTERS, type Filters } from '../../graph/filters.ts';
import { isLayoutName } from '../../cy/layouts.ts';
import type { AppState, SelectionState, ViewState } from './store.ts';

export interface UrlState {
  dataset?: string;
  view: Partial<ViewState>;
  filters: Filters;
  selection: Pick<SelectionState, 'selection' | 'focus' | 'collapsed'>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LIST_SEPARATOR = ',';

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] {
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
  return p.toString();
}

export function decodeUrlState(hash: string): UrlState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const out: UrlState = {
    view: {},
    filters: {
      ...NO_FILTERS,
      hiddenRelationKinds: list<RelationKind>(p.get('rk'), RELATION_KINDS),
      hiddenActorKinds: list<ActorKind>(p.get('ak'), ACTOR_KINDS),
      hiddenCertainties: list<Certainty>(p.get('c'), CERTAINTIES),
      showUndated: p.get('undated') !== '0',
      hideIsolated: p.get('isolated') === '0',
    },
    selection: { collapsed: [] },
  };
  const d = p.get('d');
  if (d) out.dataset = d;
  const v = p.get('v');
  if (v === 'actors' || v === 'events') out.view.view = v;
  const m = p.get('m');
  if (m === 'each' || m === 'counted') out.view.edgeMode = m;
  const l = p.get('l');
  if (isLayoutName(l)) out.view.layout = l;
  const from = p.get('from');
  if (from && DAY.test(from)) out.filters.from = from;
  const to = p.get('to');
  if (to && DAY.test(to)) out.filters.to = to;
  const sel = /^([ar]):(.+)$/.exec(p.get('sel') ?? '');
  if (sel?.[2])
    out.selection.selection = { type: sel[1] === 'a' ? 'actor' : 'relation', id: sel[2] };
  const focus = /^(.+):([12]):(dim|hide)$/.exec(p.get('focus') ?? '');
  if (focus?.[1])
    out.selection.focus = {
      id: focus[1],
      depth: focus[2] === '2' ? 2 : 1,
      mode: focus[3] === 'hide' ? 'hide' : 'dim',
    };
  const collapsed = p.get('collapsed');
  if (collapsed) out.selection.collapsed = collapsed.split(LIST_SEPARATOR).filter(Boolean);
  return out;
}
