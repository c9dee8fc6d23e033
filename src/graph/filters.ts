/**
 * Filters of the explorer: which actors and relations are shown. Pure functions; the state says
 * what is *excluded*, so that the default (everything shown) is empty and short in a URL.
 */
import type { Dataset, Relation } from '../model/schema.ts';
import { relationSpan } from '../model/dates.ts';
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

/**
 * Whether a relation's dates meet the range: a dated relation that overlaps it is in (its days, from
 * `relationSpan`, qualifiers ignored). A "by then" relation (`endDate` alone) may have happened on any
 * day up to its end: it is in when the range starts on or before that end.
 */
export function inDateRange(r: Pick<Relation, 'date' | 'endDate'>, f: Filters): boolean {
  const span = relationSpan(r);
  if (!span) return f.showUndated;
  if (f.from !== undefined && span.end < f.from) return false;
  if (f.to !== undefined && !span.byThen && span.start > f.to) return false;
  return true;
}

/**
 * The first and last day of all dated relations (a "by then" one counts from the first day its
 * `endDate` covers), and how many relations have no date.
 */
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
    if (min === undefined || span.start < min) min = span.start;
    if (max === undefined || span.end > max) max = span.end;
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
  /**
   * Per shown relation, the actors whose own part the certainty filter hides (a participant's own
   * `certainty` overrides the relation's for its part): that relation's edges to them are not shown.
   * Only relations with such parts are keys. See `partShown`.
   */
  hiddenParts?: Map<string, Set<string>>;
}

/** Whether an actor's part in a shown relation is shown (false also when the relation is hidden). */
export function partShown(v: Visible, relationId: string, actor: string): boolean {
  return v.relations.has(relationId) && !v.hiddenParts?.get(relationId)?.has(actor);
}

/** What the filters leave visible in a dataset. */
export function applyFilters(ds: Pick<Dataset, 'actors' | 'relations'>, f: Filters): Visible {
  const hiddenActorKinds = new Set(f.hiddenActorKinds);
  const hiddenRelationKinds = new Set(f.hiddenRelationKinds);
  const hiddenCertainties = new Set(f.hiddenCertainties);
  const actors = new Set(ds.actors.filter((a) => !hiddenActorKinds.has(a.kind)).map((a) => a.id));
  const relations = new Set<string>();
  const connected = new Set<string>();
  const hiddenParts = new Map<string, Set<string>>();
  // Every relation is in the range when there is none and undated ones are shown: no date is read.
  const anyDate = f.from !== undefined || f.to !== undefined || !f.showUndated;
  for (const r of ds.relations) {
    if (hiddenRelationKinds.has(r.kind)) continue;
    if (anyDate && !inDateRange(r, f)) continue;
    // The certainty filter works part by part: each actor's part has its own certainty.
    const base = certaintyOf(r);
    const shown = new Set<string>();
    let partsHidden: Set<string> | undefined;
    for (const p of r.participants) {
      if (!actors.has(p.actor)) continue;
      if (hiddenCertainties.has(p.certainty ?? base)) (partsHidden ??= new Set()).add(p.actor);
      else shown.add(p.actor);
    }
    if (shown.size < 2) continue;
    relations.add(r.id);
    if (partsHidden) hiddenParts.set(r.id, partsHidden);
    for (const id of shown) connected.add(id);
  }
  if (f.hideIsolated) for (const id of [...actors]) if (!connected.has(id)) actors.delete(id);
  // Containers: ancestors of shown actors that are themselves not shown.
  const parent = new Map(ds.actors.map((a) => [a.id, a.memberOf]));
  const containers = new Set<string>();
  // Each chain is walked once: an ancestor already walked has had its own ancestors seen to.
  const walked = new Set<string>();
  for (const id of actors) {
    const seen = new Set<string>([id]);
    for (let p = parent.get(id); p !== undefined && !seen.has(p); p = parent.get(p)) {
      seen.add(p);
      if (!actors.has(p)) containers.add(p);
      if (walked.has(p)) break;
      walked.add(p);
    }
  }
  return { actors, relations, containers, hiddenParts };
}
