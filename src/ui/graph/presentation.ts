/** What the graph shows, derived from the state: visibility, collapse, focus, selection. */
import type { Dataset } from '../../model/schema.ts';
import { applyFilters, type Filters, type Visible } from '../../graph/filters.ts';
import { neighbourhood } from '../../graph/neighbourhood.ts';
import { projectedEdges } from '../../graph/project.ts';
import { delegationPresence, type DelegationPresence } from '../../graph/presence-links.ts';
import type { Presentation } from '../../cy/controller.ts';
import { useAppState, type SelectionState } from '../state/store.ts';

const presences = new WeakMap<Dataset, DelegationPresence>();

/** Who attended which meeting through a delegation (computed once per dataset). */
export function presenceOf(ds: Dataset): DelegationPresence {
  let p = presences.get(ds);
  if (!p) {
    p = delegationPresence(ds);
    presences.set(ds, p);
  }
  return p;
}

const EMPTY: Visible = { actors: new Set(), relations: new Set(), containers: new Set() };

/**
 * The last result of `compute` for the same arguments (compared by identity): the graph, the legend,
 * the filters panel, the card and the text view ask for the same answer in one render.
 */
function lastOf<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i]))
      return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

const visibleOf = lastOf((dataset: Dataset | undefined, filters: Filters) =>
  dataset ? applyFilters(dataset, filters) : EMPTY,
);

/** What the filters leave visible in the current dataset. */
export function useVisible(): Visible {
  const dataset = useAppState((s) => s.data.dataset);
  const filters = useAppState((s) => s.filters);
  return visibleOf(dataset, filters);
}

export function usePresentation(): Presentation {
  const dataset = useAppState((s) => s.data.dataset);
  const selection = useAppState((s) => s.selection);
  const visible = useVisible();
  return presentationOf(dataset, selection, visible);
}

const presentationOf = lastOf(
  (dataset: Dataset | undefined, selection: SelectionState, visible: Visible): Presentation => {
    const p: Presentation = { ...visible, collapsed: selection.collapsed };
    if (selection.selection) p.selection = selection.selection;
    const focus = selection.focus;
    if (dataset && focus && visible.actors.has(focus.id)) {
      // A delegation's members were at its meetings: they are one step from the others present.
      const all = [...projectedEdges(dataset), ...presenceOf(dataset).links];
      const links = all.filter(
        (e) =>
          visible.relations.has(e.relationId) &&
          visible.actors.has(e.source) &&
          visible.actors.has(e.target),
      );
      p.focus = { actors: neighbourhood(links, focus.id, focus.depth), mode: focus.mode };
    }
    return p;
  },
);
