/** Look-ups over the current dataset, computed once per dataset. */
import { useMemo } from 'react';
import type { Actor, Dataset, Relation, Source } from '../../model/schema.ts';
import { blocsOf } from '../../graph/blocs.ts';
import { useAppState } from '../state/store.ts';

export interface Lookup {
  dataset: Dataset;
  actors: Map<string, Actor>;
  relations: Map<string, Relation>;
  sources: Map<string, Source>;
  blocs: Map<string, string>;
  members: Map<string, Actor[]>;
  relationsOf: Map<string, Relation[]>;
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
  const out: Lookup = {
    dataset,
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    relations: new Map(dataset.relations.map((r) => [r.id, r])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    blocs: blocsOf(dataset.actors),
    members,
    relationsOf,
  };
  cache.set(dataset, out);
  return out;
}

export function useLookup(): Lookup | undefined {
  const dataset = useAppState((s) => s.data.dataset);
  return useMemo(() => (dataset ? lookupOf(dataset) : undefined), [dataset]);
}
