/**
 * The overview's actions (issue 15): the mode, opening and closing groups, revealing an actor inside
 * a closed group, and the bridge that computes the grouping of each new dataset (blocs at once,
 * Louvain communities in a worker).
 */
import type { Dataset } from '../../model/schema.ts';
import { blocsOf } from '../../graph/blocs.ts';
import { groupingKindOf } from '../../graph/overview.ts';
import { groupingOf } from './grouping.ts';
import { store, type AppState, type Store } from '../state/store.ts';
import { overviewApplies, type GroupingState, type OverviewMode } from '../state/overview.ts';

export function setOverviewMode(mode: OverviewMode): void {
  store.update('overview', (o) => (o.mode === mode ? o : { ...o, mode, expanded: [] }));
}

/** Whether the overview is what the canvas draws now. */
export function overviewShown(s: AppState = store.get()): boolean {
  const ds = s.data.dataset;
  return ds !== undefined && overviewApplies(s.overview.mode, ds.actors.length, s.view.view);
}

export function openGroup(group: string): void {
  store.update('overview', (o) =>
    o.expanded.includes(group) ? o : { ...o, expanded: [...o.expanded, group] },
  );
}

export function closeGroup(group: string): void {
  store.update('overview', (o) =>
    o.expanded.includes(group) ? { ...o, expanded: o.expanded.filter((g) => g !== group) } : o,
  );
}

export function toggleGroup(group: string): void {
  if (store.get().overview.expanded.includes(group)) closeGroup(group);
  else openGroup(group);
}

/** The card of a closed group (a tap on it), or none. */
export function showGroupCard(group: string | undefined): void {
  store.update('overview', (o) => {
    if (o.card === group) return o;
    const { card: _c, ...rest } = o;
    return group === undefined ? rest : { ...rest, card: group };
  });
}

/** The group holding `actor` when it is drawn closed (undefined: the actor is drawn). */
export function closedGroupOf(actor: string, s: AppState = store.get()): string | undefined {
  if (!overviewShown(s)) return undefined;
  const g = s.overview.grouping?.groupOf.get(actor);
  if (g === undefined || s.overview.expanded.includes(g)) return undefined;
  return (s.overview.grouping?.members.get(g)?.length ?? 1) > 1 ? g : undefined;
}

/**
 * Makes `actor` drawn: opens its group when it is closed. Resolves once the graph has drawn it
 * (`drawn`: the graph's own readiness, e.g. `GraphHandle.ready`).
 */
export async function revealActor(actor: string, drawn: () => Promise<void>): Promise<void> {
  const g = closedGroupOf(actor);
  if (g === undefined) return;
  openGroup(g);
  await drawn();
}

function membersByGroup(groupOf: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [actor, g] of groupOf) {
    const list = out.get(g);
    if (list) list.push(actor);
    else out.set(g, [actor]);
  }
  return out;
}

function grouped(
  ds: Dataset,
  kind: GroupingState['kind'],
  groupOf: Map<string, string>,
  labels: Map<string, string>,
): GroupingState {
  return { for: ds, kind, groupOf, labels, members: membersByGroup(groupOf) };
}

async function computeFor(s: Store, ds: Dataset): Promise<void> {
  if (groupingKindOf(ds) === 'blocs') {
    // Linear in the actors: no worker needed.
    s.update('overview', (o) => ({
      ...o,
      grouping: grouped(ds, 'blocs', blocsOf(ds.actors), new Map()),
    }));
    return;
  }
  s.update('overview', (o) => ({ ...o, groupingPending: true }));
  const result = await groupingOf(ds);
  if (s.get().data.dataset !== ds) return;
  s.update('overview', (o) => {
    const { groupingPending: _p, ...rest } = o;
    return {
      ...rest,
      grouping: grouped(ds, result.kind, new Map(result.groupOf), new Map(result.labels)),
    };
  });
}

/**
 * Keeps the overview in step with the app: a new dataset closes every group and gets its grouping
 * when the overview applies to it (or when the reader turns it on).
 */
export function installOverview(s: Store = store): () => void {
  let dataset: Dataset | undefined;
  let needed = false;
  return s.subscribe(() => {
    const state = s.get();
    const ds = state.data.dataset;
    if (ds !== dataset) {
      dataset = ds;
      needed = false;
      s.update('overview', (o) => {
        const { grouping: _g, card: _c, groupingPending: _p, ...rest } = o;
        return o.grouping === undefined && o.expanded.length === 0 && o.card === undefined
          ? o
          : { ...rest, expanded: [] };
      });
    }
    if (!ds || needed || !overviewShown(state)) return;
    needed = true;
    void computeFor(s, ds);
  });
}
