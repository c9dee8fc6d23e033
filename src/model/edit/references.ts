/**
 * What refers to an actor or a source, and the same dataset with those references taken out: the
 * cascades of `deleteActor` and `deleteSource` (commands.ts). Pure; records that do not change are
 * shared with the dataset given, never copied or changed.
 */
import type { Actor, Dataset, Participant, Positions, Quote, Relation } from '../schema.ts';

/** `record` without `key` (the same record when it has none). */
export function withoutKey<T extends object, K extends keyof T>(record: T, key: K): T {
  if (!Object.hasOwn(record, key)) return record;
  const copy = { ...record };
  Reflect.deleteProperty(copy, key);
  return copy;
}

/**
 * The ids of the relations that `actorId` is needed in: without it they would have fewer than two
 * distinct participants.
 */
export function relationsNeeding(dataset: Dataset, actorId: string): string[] {
  const out: string[] = [];
  for (const r of dataset.relations) {
    if (!r.participants.some((p) => p.actor === actorId)) continue;
    const others = new Set<string>();
    for (const p of r.participants) if (p.actor !== actorId) others.add(p.actor);
    if (others.size < 2) out.push(r.id);
  }
  return out;
}

/**
 * Every place that cites the source `sourceId`, as paths in document order: `actors[2].sources`,
 * `relations[0].sources`, `relations[0].participants[1].sources`, `relations[0].quotes[1].source`.
 */
export function citationsOf(dataset: Dataset, sourceId: string): string[] {
  const out: string[] = [];
  dataset.actors.forEach((a, i) => {
    if (a.sources?.includes(sourceId)) out.push(`actors[${i}].sources`);
  });
  dataset.relations.forEach((r, i) => {
    r.participants.forEach((p, j) => {
      if (p.sources?.includes(sourceId)) out.push(`relations[${i}].participants[${j}].sources`);
    });
    r.quotes?.forEach((q, k) => {
      if (q.source === sourceId) out.push(`relations[${i}].quotes[${k}].source`);
    });
    if (r.sources?.includes(sourceId)) out.push(`relations[${i}].sources`);
  });
  return out;
}

/** `list` with `f` applied to each item; the same list when `f` changed none. */
function mapShared<T>(list: readonly T[], f: (item: T) => T): T[] {
  let out: T[] | undefined;
  list.forEach((item, i) => {
    const next = f(item);
    if (next !== item) (out ??= list.slice())[i] = next;
  });
  return out ?? (list as T[]);
}

/** A record without `sourceId` in its `sources` list; the key goes when the list would be empty. */
function uncite<T extends { sources?: string[] | undefined }>(record: T, sourceId: string): T {
  const sources = record.sources;
  if (!sources?.includes(sourceId)) return record;
  const kept = sources.filter((s) => s !== sourceId);
  return kept.length > 0 ? { ...record, sources: kept } : withoutKey(record, 'sources');
}

/** The dataset with every citation of `sourceId` removed (the source itself stays). */
export function withoutCitations(dataset: Dataset, sourceId: string): Dataset {
  const unquote = (q: Quote): Quote => (q.source === sourceId ? withoutKey(q, 'source') : q);
  const relation = (r: Relation): Relation => {
    const participants = mapShared(r.participants, (p: Participant) => uncite(p, sourceId));
    const quotes = r.quotes && mapShared(r.quotes, unquote);
    const next = uncite(r, sourceId);
    if (participants === r.participants && quotes === r.quotes) return next;
    return { ...next, participants, ...(quotes ? { quotes } : {}) } as Relation;
  };
  return {
    ...dataset,
    actors: mapShared(dataset.actors, (a: Actor) => uncite(a, sourceId)),
    relations: mapShared(dataset.relations, relation),
  };
}

/** A map of positions without `ids`; undefined when none is left. */
function withoutIds<T>(
  byId: Record<string, T> | undefined,
  ids: ReadonlySet<string>,
): Record<string, T> | undefined {
  if (byId === undefined) return undefined;
  const keys = Object.keys(byId);
  if (!keys.some((k) => ids.has(k))) return byId;
  const out: Record<string, T> = {};
  for (const k of keys) if (!ids.has(k)) define(out, k, byId[k] as T);
  return Object.keys(out).length === 0 ? undefined : out;
}

/** Sets an own property, whatever the key (`__proto__` included: the validator then refuses it). */
export function define<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** `positions` with `view` set to `byId`, or without it when undefined. */
function withView(
  positions: Positions,
  view: 'actors' | 'events',
  byId: Positions['actors'],
): Positions {
  if (byId === positions[view]) return positions;
  return byId === undefined ? withoutKey(positions, view) : { ...positions, [view]: byId };
}

/**
 * The dataset without the positions of `ids` (in both views); an empty map goes, and so does the
 * `positions` object when nothing is left in it.
 */
export function withoutPositions(dataset: Dataset, ids: ReadonlySet<string>): Dataset {
  const before = dataset.positions;
  if (before === undefined || ids.size === 0) return dataset;
  let after = withView(before, 'actors', withoutIds(before.actors, ids));
  after = withView(after, 'events', withoutIds(after.events, ids));
  return withPositions(dataset, after);
}

/** The dataset with `positions`, or without the key when `positions` is empty. */
export function withPositions(dataset: Dataset, positions: Positions): Dataset {
  if (positions === dataset.positions) return dataset;
  if (Object.keys(positions).length === 0) return withoutKey(dataset, 'positions');
  return { ...dataset, positions };
}

/**
 * The dataset without the actor `actorId` and every reference to it: the `dropped` relations go, and
 * in the others it leaves the participants and the quotes' speakers; members lose their `memberOf`
 * and it loses its positions.
 */
export function withoutActor(
  dataset: Dataset,
  actorId: string,
  dropped: ReadonlySet<string>,
): Dataset {
  const actors = dataset.actors
    .filter((a) => a.id !== actorId)
    .map((a) => (a.memberOf === actorId ? withoutKey(a, 'memberOf') : a));
  const unspeak = (q: Quote): Quote => (q.speaker === actorId ? withoutKey(q, 'speaker') : q);
  const relations = dataset.relations
    .filter((r) => !dropped.has(r.id))
    .map((r): Relation => {
      const quotes = r.quotes && mapShared(r.quotes, unspeak);
      const inIt = r.participants.some((p) => p.actor === actorId);
      if (!inIt && quotes === r.quotes) return r;
      const participants = r.participants.filter((p) => p.actor !== actorId);
      return { ...r, participants, ...(quotes ? { quotes } : {}) } as Relation;
    });
  return withoutPositions({ ...dataset, actors, relations }, new Set([actorId, ...dropped]));
}
