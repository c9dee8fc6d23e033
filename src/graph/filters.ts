/**
 * Filters of the explorer: which actors and relations are shown. Pure functions; the state says
 * what is *excluded*, so that the default (everything shown) is empty and short in a URL.
 */
import type { Dataset, Relation } from '../model/schema.ts';
import { endOf, startOf } from '../model/dates.ts';
import type { ActorKind, Certainty, RelationKind } from '../model/vocabulary.ts';
import { certaintyOf } from './project.ts';

export interface Filters {
  hiddenRelationKinds: RelationKind[];
  hiddenActorKinds: ActorKind[];
  hiddenCertainties: Certainty[];
  /** First day shown, `YYYY-MM-DD`; none: from the beginning. */
  from?: string;
  /** Last day shown, `YYYY-MM-DD`; none: to the end. */
  to?: string;
  /** Whether relations without a date are shown (they have no place on a timeline). */
  showUndated: boolean;
  /** Whether actors left without any shown relation are hidden. */
  hideIsolated: boolean;
}

export const NO_FILTERS: Filters = {
  hiddenRelationKinds: [],
  hiddenActorKinds: [],
  hiddenCertainties: [],
  showUndated: true,
  hideIsolated: false,
};

export function isFiltering(f: Filters): boolean {
  return (
    f.hiddenRelationKinds.length > 0 ||
    f.hiddenActorKinds.length > 0 ||
    f.hiddenCertainties.length > 0 ||
    f.from !== undefined ||
    f.to !== undefined ||
    !f.showUndated ||
    f.hideIsolated
  );
}

/** The first and last day a relation covers, or undefined when it has no date. */
export function relationSpan(r: Pick<Relation, 'date' | 'endDate'>): [string, string] | undefined {
  if (r.date === undefined) return undefined;
  const start = startOf(r.date);
  const end = endOf(r.endDate ?? r.date);
  if (start === undefined || end === undefined) return undefined;
  return [start, end];
}

/** Whether a relation's dates meet the range (a dated relation that overlaps it is in). */
export function inDateRange(r: Pick<Relation, 'date' | 'endDate'>, f: Filters): boolean {
  const span = relationSpan(r);
  if (!span) return f.showUndated;
  if (f.from !== undefined && span[1] < f.from) return false;
  if (f.to !== undefined && span[0] > f.to) return false;
  return true;
}

/** The first and last day of all dated relations, and how many relations have no date. */
export function dateExtent(relations: readonly Pick<Relation, 'date' | 'endDate'>[]): {
  min?: string;
  max?: string;
  undated: number;
} {
  let min: string | undefined;
  let max: string | undefined;
  let undated = 0;
  for (const r of relations) {
    const span = relationSpan(r);
    if (!span) {
      undated++;
      continue;
    }
    if (min === undefined || span[0] < min) min = span[0];
    if (max === undefined || span[1] > max) max = span[1];
  }
  const out: { min?: string; max?: string; undated: number } = { undated };
  if (min !== undefined) out.min = min;
  if (max !== undefined) out.max = max;
  return out;
}

export interface Visible {
  actors: Set<string>;
  relations: Set<string>;
  /**
   * Actors that the filters hide but that hold shown members: drawn faded as a container only
   * (a compound node cannot be hidden without hiding what it holds).
   */
  containers: Set<string>;
}

/** What the filters leave visible in a dataset. */
export function applyFilters(ds: Pick<Dataset, 'actors' | 'relations'>, f: Filters): Visible {
  const hiddenActorKinds = new Set(f.hiddenActorKinds);
  const hiddenRelationKinds = new Set(f.hiddenRelationKinds);
  const hiddenCertainties = new Set(f.hiddenCertainties);
  const actors = new Set(ds.actors.filter((a) => !hiddenActorKinds.has(a.kind)).map((a) => a.id));
  const relations = new Set<string>();
  const connected = new Set<string>();
  for (const r of ds.relations) {
    if (hiddenRelationKinds.has(r.kind)) continue;
    if (hiddenCertainties.has(certaintyOf(r))) continue;
    if (!inDateRange(r, f)) continue;
    const shown = [...new Set(r.participants.map((p) => p.actor))].filter((id) => actors.has(id));
    if (shown.length < 2) continue;
    relations.add(r.id);
    for (const id of shown) connected.add(id);
  }
  if (f.hideIsolated) for (const id of [...actors]) if (!connected.has(id)) actors.delete(id);
  // Containers: ancestors of shown actors that are themselves not shown.
  const parent = new Map(ds.actors.map((a) => [a.id, a.memberOf]));
  const containers = new Set<string>();
  for (const id of actors) {
    const seen = new Set<string>([id]);
    for (let p = parent.get(id); p !== undefined && !seen.has(p); p = parent.get(p)) {
      seen.add(p);
      if (!actors.has(p)) containers.add(p);
    }
  }
  return { actors, relations, containers };
}
