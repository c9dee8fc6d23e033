/** Look-ups over the current dataset, computed once per dataset. */
import { useMemo } from 'react';
import type { Actor, Dataset, Relation, Source } from '../../model/schema.ts';
import { blocsOf } from '../../graph/blocs.ts';
import { presenceOf } from '../graph/presentation.ts';
import { useAppState } from '../state/store.ts';

export interface Lookup {
  dataset: Dataset;
  actors: Map<string, Actor>;
  relations: Map<string, Relation>;
  sources: Map<string, Source>;
  blocs: Map<string, string>;
  members: Map<string, Actor[]>;
  /** Each actor's relations: those it takes part in, and the meetings its delegation attended. */
  relationsOf: Map<string, Relation[]>;
  /** Actor id → relation id → the delegations it attended through (outermost first). */
  presentVia: Map<string, Map<string, string[]>>;
  /** Relation id → the actors present through a delegation (no participants themselves). */
  presentThrough: Map<string, { actor: string; via: string[] }[]>;
}

const cache = new WeakMap<Dataset, Lookup>();

export function lookupOf(dataset: Dataset): Lookup {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const members = new Map<string, Actor[]>();
  for (const a of dataset.actors) {
    if (a.memberOf === undefined) continue;
    const list = members.get(a.memberOf);
    if (list) list.push(a);
    else members.set(a.memberOf, [a]);
  }
  const relationsOf = new Map<string, Relation[]>();
  for (const r of dataset.relations) {
    for (const id of new Set(r.participants.map((p) => p.actor))) {
      const list = relationsOf.get(id);
      if (list) list.push(r);
      else relationsOf.set(id, [r]);
    }
  }
  const relationById = new Map(dataset.relations.map((r) => [r.id, r]));
  const presentVia = new Map<string, Map<string, string[]>>();
  const presentThrough = new Map<string, { actor: string; via: string[] }[]>();
  for (const [actor, list] of presenceOf(dataset).byActor) {
    presentVia.set(actor, new Map(list.map((p) => [p.relation, p.via])));
    for (const p of list) {
      const at = presentThrough.get(p.relation);
      if (at) at.push({ actor, via: p.via });
      else presentThrough.set(p.relation, [{ actor, via: p.via }]);
    }
    const own = relationsOf.get(actor) ?? [];
    for (const p of list) {
      const r = relationById.get(p.relation);
      if (r && !own.includes(r)) own.push(r);
    }
    relationsOf.set(actor, own);
  }
  const out: Lookup = {
    dataset,
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    relations: relationById,
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    blocs: blocsOf(dataset.actors),
    members,
    relationsOf,
    presentVia,
    presentThrough,
  };
  cache.set(dataset, out);
  return out;
}

export function useLookup(): Lookup | undefined {
  const dataset = useAppState((s) => s.data.dataset);
  return useMemo(() => (dataset ? lookupOf(dataset) : undefined), [dataset]);
}
