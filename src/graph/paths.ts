/**
 * Paths between two actors: the direct relations between them, the shortest chains of relations through
 * intermediaries, and the time-respecting chains ("could a message from A have reached B by a date, and
 * through whom?").
 *
 * The graph is the actor–relation BIPARTITE graph, not the projected actor network: a chain step is one
 * relation in which both of its ends take part, whatever the relation's kind, roles or direction, and a
 * chain's length is its number of relations. "Taking part" is presence as `met.ts` defines it: the
 * participants, plus the members of a participating delegation (whose `via` is recorded on the step).
 * Unlike `met`, any two actors present can pass a message, a member and its own group included: so a
 * chain never needs the same relation twice, and the search is a plain bipartite one.
 *
 * - direct: the relations in which A and B are both present.
 * - chains through intermediaries use NO relation in which A and B are both present (those are the direct
 *   relations), so every chain has at least two steps and at least one intermediary.
 * - time-respecting chains: each relation is placed in time over the days it covers, [first day of `date`,
 *   last day of `endDate ?? date`] (`relationSpan` in model/dates.ts; qualifiers do not change the days);
 *   a "by then" relation (`endDate` alone) over every day up to its end, since its start is unknown; a chain is time-respecting when its steps can be given days t1 ≤ t2 ≤ …
 *   within their spans ("no step provably earlier than the one before": "2025-10" may follow "2025-10-09",
 *   since the month covers later days too). With `by`, every step must fit on or before the last day `by`
 *   covers. Undated relations cannot be ordered: they are left out and listed in `undatedExcluded`.
 *   `orderCertain` on a chain says whether every step's span ends no later than the next one's starts.
 * - earliest arrival: the first day on which B can have been reached, and the fewest-step chains reaching
 *   it by that day.
 * All chains of each list are given (up to `limit`; `truncated` says when more exist).
 */
import type { Actor, Dataset, Relation } from '../model/schema.ts';
import { dayNumber, dayString, endOf, relationSpan } from '../model/dates.ts';
import { nearest } from '../model/suggest.ts';
import { assertWithinPathLimits } from './budget.ts';
import { presenceAt, presenceIndex, type Presence } from './met.ts';
import { normalizeForSearch, searchActors } from './search.ts';

export interface ChainStep {
  from: string;
  to: string;
  relation: string;
  kind: Relation['kind'];
  date?: string;
  endDate?: string;
  /** The delegations through which `from` (`to`) took part; empty when it is a participant. */
  fromVia: string[];
  toVia: string[];
}

export interface Chain {
  /** A, the intermediaries in order, B. */
  actors: string[];
  steps: ChainStep[];
}

export interface TimedChain extends Chain {
  /**
   * The earliest day (YYYY-MM-DD) the chain can have reached B. With `arrivalOpen`, the chain is
   * made of "by then" relations whose start is unknown: no earliest day can be given, and `arrival`
   * is the last day its final step covers (B was reached by then, if the chain happened).
   */
  arrival: string;
  arrivalOpen?: true;
  /** Every step's span ends no later than the next step's span starts (the order is not a guess). */
  orderCertain: boolean;
}

export interface ChainList<C extends Chain = Chain> {
  /** The number of steps of each chain; 0 when there is none. */
  length: number;
  chains: C[];
  /** More chains of that length exist than `limit`. */
  truncated: boolean;
}

export interface DirectRelation {
  relation: string;
  kind: Relation['kind'];
  date?: string;
  endDate?: string;
  aVia: string[];
  bVia: string[];
}

export interface PathsResult {
  a: string;
  b: string;
  by?: string;
  direct: DirectRelation[];
  /** All shortest chains through intermediaries, dates ignored. */
  shortest: ChainList;
  /** The fewest-step time-respecting chains (with `by`: every step on or before it). */
  timeRespecting: ChainList<TimedChain>;
  /** The first day B can have been reached through intermediaries (undefined: never, or not by `by`). */
  earliestArrival?: string;
  /**
   * B can be reached through "by then" relations alone, whose start is unknown: no earliest day can
   * be given (`earliestArrival` is then undefined; the chains are in `earliestArrivalChains`).
   */
  earliestArrivalOpen?: true;
  /** The fewest-step time-respecting chains that reach B on `earliestArrival`. */
  earliestArrivalChains: ChainList<TimedChain>;
  /** Undated relations, left out of the time-respecting chains because they cannot be ordered. */
  undatedExcluded: string[];
}

export interface PathsOptions {
  /** A PartialDate: time-respecting chains must fit on or before its last day. */
  by?: string;
  /** The most chains listed per list (default 100). */
  limit?: number;
}

/**
 * The day a "by then" relation (`endDate` alone) may start on: before every real date (0000-01-01),
 * so that it can come first in any chain. A chain whose arrival is this day has an unknown arrival.
 */
const OPEN_START = dayNumber('0000-01-01') - 1;

/** The days a relation is placed on for chains: a "by then" one from OPEN_START to its end. */
function chainSpan(r: Pick<Relation, 'date' | 'endDate'>): [number, number] | undefined {
  const span = relationSpan(r);
  if (!span) return undefined;
  return [span.byThen ? OPEN_START : span.first, span.last];
}

interface Index {
  relations: Relation[];
  /** Per relation: actor index → its presence. */
  presenceOf: Map<number, Presence>[];
  actorsOf: number[][];
  relationsOf: number[][];
  idx: Map<string, number>;
  ids: string[];
}

function buildIndex(dataset: Pick<Dataset, 'actors' | 'relations'>): Index {
  assertWithinPathLimits(dataset); // one line, before anything is built (budget.ts)
  const pIndex = presenceIndex(dataset.actors);
  const ids = dataset.actors.map((a) => a.id);
  const idx = new Map(ids.map((id, i) => [id, i]));
  const relationsOf: number[][] = ids.map(() => []);
  const presenceOf: Map<number, Presence>[] = [];
  const actorsOf: number[][] = [];
  dataset.relations.forEach((r, ri) => {
    const ps = presenceAt(r, pIndex).filter((p) => idx.has(p.actor));
    const byActor = new Map<number, Presence>();
    for (const p of ps) {
      const i = idx.get(p.actor) as number;
      byActor.set(i, p);
      relationsOf[i]?.push(ri);
    }
    presenceOf.push(byActor);
    actorsOf.push([...byActor.keys()]);
  });
  return {
    relations: [...dataset.relations],
    presenceOf,
    actorsOf,
    relationsOf,
    idx,
    ids,
  };
}

function stepOf(ix: Index, r: number, x: number, y: number): ChainStep {
  const rel = ix.relations[r] as Relation;
  const step: ChainStep = {
    from: ix.ids[x] as string,
    to: ix.ids[y] as string,
    relation: rel.id,
    kind: rel.kind,
    fromVia: ix.presenceOf[r]?.get(x)?.via ?? [],
    toVia: ix.presenceOf[r]?.get(y)?.via ?? [],
  };
  if (rel.date !== undefined) step.date = rel.date;
  if (rel.endDate !== undefined) step.endDate = rel.endDate;
  return step;
}

/** Breadth-first distances from `a` (−1: unreached), stopping once `b` is reached. */
function bfsLevels(ix: Index, a: number, b: number, excluded: Uint8Array): Int32Array {
  const dist = new Int32Array(ix.ids.length).fill(-1);
  const expanded = new Uint8Array(ix.relations.length);
  dist[a] = 0;
  let frontier = [a];
  for (let d = 0; frontier.length > 0 && dist[b] === -1; d++) {
    const next: number[] = [];
    for (const x of frontier) {
      for (const r of ix.relationsOf[x] as number[]) {
        // A relation reaches all its actors the first time it is reached.
        if (excluded[r] || expanded[r]) continue;
        expanded[r] = 1;
        for (const y of ix.actorsOf[r] as number[]) {
          if (dist[y] !== -1) continue;
          dist[y] = d + 1;
          next.push(y);
        }
      }
    }
    frontier = next;
  }
  return dist;
}

/** Every shortest chain a → b (backwards from b through strictly decreasing levels). */
function enumerateShortest(
  ix: Index,
  a: number,
  b: number,
  excluded: Uint8Array,
  limit: number,
): ChainList {
  const dist = bfsLevels(ix, a, b, excluded);
  const length = dist[b] as number;
  const out: ChainList = { length: length > 0 ? length : 0, chains: [], truncated: false };
  if (length <= 0) return out;
  const stepsRev: ChainStep[] = [];
  const used = new Set<number>();
  const visit = (y: number, k: number): void => {
    if (k === 0) {
      if (out.chains.length >= limit) {
        out.truncated = true;
        return;
      }
      const steps = [...stepsRev].reverse();
      out.chains.push({ actors: [ix.ids[a] as string, ...steps.map((s) => s.to)], steps });
      return;
    }
    for (const r of ix.relationsOf[y] as number[]) {
      if (excluded[r] || used.has(r)) continue;
      for (const x of ix.actorsOf[r] as number[]) {
        if (dist[x] !== k - 1) continue;
        used.add(r);
        stepsRev.push(stepOf(ix, r, x, y));
        visit(x, k - 1);
        stepsRev.pop();
        used.delete(r);
        if (out.truncated) return;
      }
    }
  };
  visit(b, length);
  return out;
}

/**
 * Earliest-arrival days by number of steps: `hist[x]` lists [k, E_k(x)] each time the earliest day x can
 * be reached with at most k steps improves (k increasing, day decreasing). The source is at −∞ from step 0.
 */
function earliestByLevel(
  ix: Index,
  a: number,
  excluded: Uint8Array,
  spans: ([number, number] | undefined)[],
  byDay: number,
): [number, number][][] {
  const n = ix.ids.length;
  const cur = new Float64Array(n).fill(Infinity);
  const changedAt = new Int32Array(n).fill(-1);
  const hist: [number, number][][] = ix.ids.map(() => []);
  cur[a] = -Infinity;
  changedAt[a] = 0;
  (hist[a] as [number, number][]).push([0, -Infinity]);
  let changed = [a];
  const touched = new Int32Array(ix.relations.length).fill(-1);
  for (let k = 1; changed.length > 0 && k <= n; k++) {
    const cand = new Map<number, number>();
    const offer = (y: number, t: number): void => {
      if (t < (cur[y] as number) && t < (cand.get(y) ?? Infinity)) cand.set(y, t);
    };
    for (const x of changed) {
      for (const r of ix.relationsOf[x] as number[]) {
        const span = spans[r];
        if (excluded[r] || !span || touched[r] === k) continue;
        touched[r] = k;
        const [s, e] = span;
        if (s > byDay) continue;
        const actors = ix.actorsOf[r] as number[];
        // Senders: actors that improved at the last step and are there in time for this relation.
        const senders = actors.filter((f) => changedAt[f] === k - 1 && (cur[f] as number) <= e);
        if (senders.length === 0) continue;
        let m = Infinity;
        for (const f of senders) m = Math.min(m, cur[f] as number);
        for (const y of actors) offer(y, Math.max(m, s));
      }
    }
    changed = [];
    for (const [y, t] of cand) {
      cur[y] = t;
      changedAt[y] = k;
      (hist[y] as [number, number][]).push([k, t]);
      changed.push(y);
    }
  }
  return hist;
}

function earliestAt(hist: [number, number][], k: number): number {
  let t = Infinity;
  for (const [level, day] of hist) {
    if (level > k) break;
    t = day;
  }
  return t;
}

/** Every time-respecting chain of `length` steps reaching b no later than `latest`. */
function enumerateTimed(
  ix: Index,
  a: number,
  b: number,
  excluded: Uint8Array,
  spans: ([number, number] | undefined)[],
  hist: [number, number][][],
  length: number,
  latest: number,
  limit: number,
): ChainList<TimedChain> {
  const out: ChainList<TimedChain> = { length, chains: [], truncated: false };
  if (length <= 0) return out;
  const stepsRev: { step: ChainStep; span: [number, number] }[] = [];
  const onChain = new Set<number>([b]);
  const used = new Set<number>();
  const visit = (y: number, k: number, bound: number): void => {
    if (k === 0) {
      if (out.chains.length >= limit) {
        out.truncated = true;
        return;
      }
      const seq = [...stepsRev].reverse();
      let t = -Infinity;
      let certain = true;
      seq.forEach(({ span }, i) => {
        t = Math.max(t, span[0]);
        const prev = seq[i - 1];
        if (prev && prev.span[1] > span[0]) certain = false;
      });
      const steps = seq.map((x) => x.step);
      const lastSpan = seq[seq.length - 1]?.span;
      const open = t <= OPEN_START;
      const chain: TimedChain = {
        actors: [ix.ids[a] as string, ...steps.map((s) => s.to)],
        steps,
        arrival: dayString(
          open && lastSpan ? Math.min(lastSpan[1], latest > OPEN_START ? latest : Infinity) : t,
        ),
        orderCertain: certain,
      };
      if (open) chain.arrivalOpen = true;
      out.chains.push(chain);
      return;
    }
    for (const r of ix.relationsOf[y] as number[]) {
      const span = spans[r];
      if (excluded[r] || !span || used.has(r)) continue;
      const t = Math.min(bound, span[1]);
      if (t < span[0]) continue;
      for (const x of ix.actorsOf[r] as number[]) {
        if (x === y || onChain.has(x)) continue;
        if (k - 1 === 0 ? x !== a : x === a || earliestAt(hist[x] ?? [], k - 1) > t) continue;
        used.add(r);
        onChain.add(x);
        stepsRev.push({ step: stepOf(ix, r, x, y), span });
        visit(x, k - 1, t);
        stepsRev.pop();
        onChain.delete(x);
        used.delete(r);
        if (out.truncated) return;
      }
    }
  };
  visit(b, length, latest);
  return out;
}

/** Paths between actors `a` and `b` (ids). Unknown ids give empty lists. */
export function paths(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  aId: string,
  bId: string,
  options: PathsOptions = {},
): PathsResult {
  const limit = options.limit ?? 100;
  const ix = buildIndex(dataset);
  const a = ix.idx.get(aId);
  const b = ix.idx.get(bId);
  const empty = (): ChainList<TimedChain> => ({ length: 0, chains: [], truncated: false });
  const result: PathsResult = {
    a: aId,
    b: bId,
    direct: [],
    shortest: { length: 0, chains: [], truncated: false },
    timeRespecting: empty(),
    earliestArrivalChains: empty(),
    undatedExcluded: dataset.relations
      .filter((r) => r.date === undefined && r.endDate === undefined)
      .map((r) => r.id),
  };
  if (options.by !== undefined) result.by = options.by;
  if (a === undefined || b === undefined || a === b) return result;

  // Relations where both are present are the direct ones; chains through intermediaries avoid them.
  const excluded = new Uint8Array(ix.relations.length);
  for (const r of ix.relationsOf[a] as number[]) {
    const pb = ix.presenceOf[r]?.get(b);
    if (pb === undefined) continue;
    excluded[r] = 1;
    const rel = ix.relations[r] as Relation;
    const d: DirectRelation = {
      relation: rel.id,
      kind: rel.kind,
      aVia: ix.presenceOf[r]?.get(a)?.via ?? [],
      bVia: pb.via,
    };
    if (rel.date !== undefined) d.date = rel.date;
    if (rel.endDate !== undefined) d.endDate = rel.endDate;
    result.direct.push(d);
  }
  result.undatedExcluded = result.undatedExcluded.filter(
    (id) => !result.direct.some((d) => d.relation === id),
  );

  result.shortest = enumerateShortest(ix, a, b, excluded, limit);

  const spans = ix.relations.map(chainSpan);
  const byEnd = options.by === undefined ? undefined : endOf(options.by);
  const byDay = byEnd === undefined ? Infinity : dayNumber(byEnd);
  const hist = earliestByLevel(ix, a, excluded, spans, byDay);
  const hb = hist[b] ?? [];
  const first = hb[0];
  const last = hb[hb.length - 1];
  if (first && last) {
    result.timeRespecting = enumerateTimed(ix, a, b, excluded, spans, hist, first[0], byDay, limit);
    if (last[1] <= OPEN_START) result.earliestArrivalOpen = true;
    else result.earliestArrival = dayString(last[1]);
    result.earliestArrivalChains = enumerateTimed(
      ix,
      a,
      b,
      excluded,
      spans,
      hist,
      last[0],
      last[1],
      limit,
    );
  }
  return result;
}

/** How a query names an actor: its id, name or an alias. */
export type ActorLookup =
  { ok: true; actor: Actor } | { ok: false; ambiguous: Actor[]; suggestion?: Actor };

/**
 * Finds an actor by id, name or alias, ignoring case, diacritics and the kind of dash
 * (`normalizeForSearch`). An exact id wins; several actors with that name or alias are ambiguous; no
 * match suggests the best partial match (`searchActors`), else the nearest spelling (`nearest`).
 */
export function findActor(actors: readonly Actor[], query: string): ActorLookup {
  const q = normalizeForSearch(query);
  const byId = actors.find((a) => a.id === query.trim().toLowerCase());
  if (byId) return { ok: true, actor: byId };
  const spellings = (a: Actor): string[] =>
    [a.id, a.name, ...(a.aliases ?? [])].map(normalizeForSearch);
  const matches = actors.filter((a) => spellings(a).includes(q));
  if (matches.length === 1) return { ok: true, actor: matches[0] as Actor };
  if (matches.length > 1) return { ok: false, ambiguous: matches };
  const partial = searchActors(actors, query, 1)[0];
  let suggestion = partial ? actors.find((a) => a.id === partial.actorId) : undefined;
  if (!suggestion) {
    const owner = new Map<string, Actor>();
    for (const a of actors) for (const s of spellings(a)) if (!owner.has(s)) owner.set(s, a);
    const near = nearest(q, owner.keys());
    suggestion = near === undefined ? undefined : owner.get(near);
  }
  return suggestion ? { ok: false, ambiguous: [], suggestion } : { ok: false, ambiguous: [] };
}
