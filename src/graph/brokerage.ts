/**
 * Gould–Fernandez brokerage roles (Gould & Fernandez 1989) on the directed actor projection
 * (`projectDataset`), with actors' blocs (`blocsOf`: the top of the `memberOf` chain) as the groups.
 *
 * - An undirected projected edge (a meeting, tie members) counts as an arc in both directions.
 * - Multi-edges are collapsed: an arc x→y exists when at least one relation projects it.
 * - Every projected arc counts, whatever its `variant`: a guarantee's conveyor → beneficiary arc
 *   (`conveyed`: the envoys who carried a U.S. guarantee to Hamas) is a channel like any other; the
 *   guarantee projects no guarantor → conveyor arc (and its guarantor → beneficiary arc closes that
 *   two-path), so a conveyor brokers only through arcs other relations give it. A statement's
 *   speaker → subject arc (`said-about`) counts too, as the projection draws it.
 * - An open two-path is a→b→c with a, b, c distinct and no arc a→c; it is counted once per broker b
 *   and distinct triple (a, b, c), whatever the number of relations behind its arcs.
 * - Its role, by the groups g(·) of a (source), b (broker) and c (destination):
 *   coordinator g(a) = g(b) = g(c); itinerant (consultant) g(a) = g(c) ≠ g(b);
 *   gatekeeper g(a) ≠ g(b) = g(c); representative g(a) = g(b) ≠ g(c); liaison all three differ.
 *
 * Time: Σ_b in(b)·out(b); memory: the triples are kept (for the explorer's "why this number").
 */
import type { Dataset, Relation } from '../model/schema.ts';
import { blocsOf } from './blocs.ts';
import { projectDataset, projectRelation, type ActorEdge } from './project.ts';

export const BROKERAGE_ROLES = [
  'coordinator',
  'itinerant',
  'gatekeeper',
  'representative',
  'liaison',
] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

export type BrokerageCounts = Record<BrokerageRole, number>;

/** One open two-path a → broker → c, with the relations behind each of its two arcs. */
export interface BrokerageTriple {
  a: string;
  broker: string;
  c: string;
  role: BrokerageRole;
  /** Relations that project an arc a→broker (an undirected edge counts both ways). */
  relationsIn: string[];
  /** Relations that project an arc broker→c. */
  relationsOut: string[];
}

export interface ActorBrokerage {
  actor: string;
  counts: BrokerageCounts;
  /** Every counted triple, grouped by role in `BROKERAGE_ROLES` order, then by a, then c (empty when not kept). */
  triples: BrokerageTriple[];
}

export function emptyCounts(): BrokerageCounts {
  return { coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 0 };
}

/** The role of an open two-path from the groups of its source, broker and destination. */
export function brokerageRole(ga: string, gb: string, gc: string): BrokerageRole {
  if (ga === gb) return gb === gc ? 'coordinator' : 'representative';
  if (gb === gc) return 'gatekeeper';
  return ga === gc ? 'itinerant' : 'liaison';
}

/** Directed arcs, collapsed: from → to → relation ids (dataset order). */
export type ArcMap = Map<string, Map<string, string[]>>;

/** The collapsed directed arcs of a dataset's projection; undirected edges give both directions. */
export function directedArcs(from: Pick<Dataset, 'relations'> | readonly ActorEdge[]): ArcMap {
  const out: ArcMap = new Map();
  const add = (from: string, to: string, relation: string): void => {
    if (from === to) return;
    let row = out.get(from);
    if (!row) {
      row = new Map();
      out.set(from, row);
    }
    const list = row.get(to);
    if (!list) row.set(to, [relation]);
    else if (list[list.length - 1] !== relation) list.push(relation);
  };
  for (const e of 'relations' in from ? projectDataset(from) : from) {
    add(e.source, e.target, e.relationId);
    if (!e.directed) add(e.target, e.source, e.relationId);
  }
  return out;
}

const ROLE_ORDER = new Map(BROKERAGE_ROLES.map((r, i) => [r, i]));

export interface BrokerageOptions {
  /** Group of each actor id (an actor missing from it is its own group); default: the blocs. */
  groups?: ReadonlyMap<string, string>;
  /** Keep the triples behind the counts (default true); false saves memory on large datasets. */
  triples?: boolean;
  /** The dataset's projection, when the caller has it already (`projectDataset(dataset)`). */
  edges?: readonly ActorEdge[];
}

/** Collapsed directed arcs in compressed rows over actor indexes (no self arcs, no duplicates). */
interface ArcRows {
  outStart: Int32Array;
  outTo: Int32Array;
  inStart: Int32Array;
  inFrom: Int32Array;
}

function rowsOf(
  n: number,
  pairs: Int32Array,
  count: number,
): { start: Int32Array; to: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let k = 0; k < count; k++) {
    const x = (pairs[2 * k] as number) + 1;
    start[x] = (start[x] as number) + 1;
  }
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, n);
  const to = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const x = pairs[2 * k] as number;
    const at = fill[x] as number;
    to[at] = pairs[2 * k + 1] as number;
    fill[x] = at + 1;
  }
  return { start, to };
}

/** The arcs of a projection over `indexOf`'s actors (unknown ends dropped), deduplicated. */
function arcRows(indexOf: ReadonlyMap<string, number>, edges: readonly ActorEdge[]): ArcRows {
  const n = indexOf.size;
  const seen = new Set<number>();
  const pairs: number[] = [];
  const add = (x: number, y: number): void => {
    const key = x * n + y; // exact below 2^53: n ≤ 9e7
    if (x === y || seen.has(key)) return;
    seen.add(key);
    pairs.push(x, y);
  };
  for (const e of edges) {
    const x = indexOf.get(e.source);
    const y = indexOf.get(e.target);
    if (x === undefined || y === undefined) continue;
    add(x, y);
    if (!e.directed) add(y, x);
  }
  const forward = Int32Array.from(pairs);
  const backward = new Int32Array(forward.length);
  for (let k = 0; k < forward.length; k += 2) {
    backward[k] = forward[k + 1] as number;
    backward[k + 1] = forward[k] as number;
  }
  const count = forward.length / 2;
  const out = rowsOf(n, forward, count);
  const inc = rowsOf(n, backward, count);
  return { outStart: out.start, outTo: out.to, inStart: inc.start, inFrom: inc.to };
}

/**
 * Brokerage counts only (no triples), in O(Σ_b (out(b) + Σ_{a ∈ in(b)} out(a))) typed-array steps: for a
 * broker b, the open two-paths from a are b's out-neighbours minus a and minus those a reaches itself,
 * counted by group with b's group histogram. A 1,000-actor meeting (a clique, no open two-path at
 * all) costs 10⁹ array reads instead of 10⁹ map look-ups.
 */
export function brokerageCounts(
  actorIds: readonly string[],
  edges: readonly ActorEdge[],
  groups: ReadonlyMap<string, string>,
): BrokerageCounts[] {
  const indexOf = new Map<string, number>();
  actorIds.forEach((id) => indexOf.has(id) || indexOf.set(id, indexOf.size));
  const n = indexOf.size;
  const groupIndex = new Map<string, number>();
  const group = new Int32Array(n);
  for (const [id, i] of indexOf) {
    const g = groups.get(id) ?? id;
    if (!groupIndex.has(g)) groupIndex.set(g, groupIndex.size);
    group[i] = groupIndex.get(g) as number;
  }
  const { outStart, outTo, inStart, inFrom } = arcRows(indexOf, edges);
  const inOut = new Uint8Array(n); // 1: c is an out-neighbour of the current broker
  const hist = new Int32Array(groupIndex.size); // out-neighbours of the broker, by group
  const counts = new Map<string, BrokerageCounts>();
  for (const [id, b] of indexOf) {
    const c0 = emptyCounts();
    counts.set(id, c0);
    const o0 = outStart[b] as number;
    const o1 = outStart[b + 1] as number;
    if (o0 === o1 || inStart[b] === inStart[b + 1]) continue;
    const gb = group[b] as number;
    for (let k = o0; k < o1; k++) {
      const c = outTo[k] as number;
      inOut[c] = 1;
      const g = group[c] as number;
      hist[g] = (hist[g] as number) + 1;
    }
    const total0 = o1 - o0;
    const sameB0 = hist[gb] as number;
    for (let k = inStart[b] as number, end = inStart[b + 1] as number; k < end; k++) {
      const a = inFrom[k] as number;
      const ga = group[a] as number;
      const aOut = inOut[a] === 1;
      // Closed two-paths a→b→c (a→c exists), by c's group.
      let closed = 0;
      let closedSameB = 0;
      let closedSameA = 0;
      for (let j = outStart[a] as number, e = outStart[a + 1] as number; j < e; j++) {
        const c = outTo[j] as number;
        if (inOut[c] !== 1) continue;
        closed++;
        const gc = group[c] as number;
        if (gc === gb) closedSameB++;
        if (gc === ga) closedSameA++;
      }
      const total = total0 - (aOut ? 1 : 0) - closed;
      const sameB = sameB0 - (aOut && ga === gb ? 1 : 0) - closedSameB;
      if (ga === gb) {
        c0.coordinator += sameB;
        c0.representative += total - sameB;
      } else {
        const sameA = (hist[ga] as number) - (aOut ? 1 : 0) - closedSameA;
        c0.gatekeeper += sameB;
        c0.itinerant += sameA;
        c0.liaison += total - sameB - sameA;
      }
    }
    for (let k = o0; k < o1; k++) {
      const c = outTo[k] as number;
      inOut[c] = 0;
      hist[group[c] as number] = 0;
    }
  }
  return actorIds.map((id) => counts.get(id) ?? emptyCounts());
}

/**
 * Brokerage of every actor of the dataset (actors without any open two-path get zero counts), in
 * dataset order.
 */
export function brokerage(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  options: BrokerageOptions = {},
): ActorBrokerage[] {
  const groups = options.groups ?? blocsOf(dataset.actors);
  const keep = options.triples ?? true;
  if (!keep) {
    const ids = dataset.actors.map((a) => a.id);
    const counts = brokerageCounts(ids, options.edges ?? projectDataset(dataset), groups);
    return ids.map((actor, i) => ({ actor, counts: counts[i] as BrokerageCounts, triples: [] }));
  }
  const out = directedArcs(options.edges ?? dataset);
  const incoming = new Map<string, string[]>();
  for (const [from, row] of out) {
    for (const to of row.keys()) {
      const list = incoming.get(to);
      if (list) list.push(from);
      else incoming.set(to, [from]);
    }
  }
  return dataset.actors.map((actor) =>
    brokerOf(actor.id, out, incoming.get(actor.id) ?? [], groups),
  );
}

/** One broker's counts and triples from the arcs out of it and of its in-neighbours `ins`. */
function brokerOf(
  b: string,
  out: ArcMap,
  ins: readonly string[],
  groups: ReadonlyMap<string, string>,
): ActorBrokerage {
  const groupOf = (id: string): string => groups.get(id) ?? id;
  const counts = emptyCounts();
  const triples: BrokerageTriple[] = [];
  const outRow = out.get(b);
  if (outRow) {
    for (const a of ins) {
      const aRow = out.get(a);
      const relationsIn = aRow?.get(b) ?? [];
      for (const [c, relationsOut] of outRow) {
        if (c === a || aRow?.has(c)) continue;
        const role = brokerageRole(groupOf(a), groupOf(b), groupOf(c));
        counts[role]++;
        triples.push({ a, broker: b, c, role, relationsIn, relationsOut });
      }
    }
  }
  triples.sort(
    (p, q) =>
      (ROLE_ORDER.get(p.role) as number) - (ROLE_ORDER.get(q.role) as number) ||
      (p.a < q.a ? -1 : p.a > q.a ? 1 : p.c < q.c ? -1 : p.c > q.c ? 1 : 0),
  );
  return { actor: b, counts, triples };
}

/** Each actor's relations (an actor listed twice in one relation gets it once), in dataset order. */
export function relationsByActor(relations: readonly Relation[]): Map<string, Relation[]> {
  const out = new Map<string, Relation[]>();
  for (const r of relations) {
    for (const p of r.participants) {
      const list = out.get(p.actor);
      if (!list) out.set(p.actor, [r]);
      else if (list[list.length - 1] !== r) list.push(r);
    }
  }
  return out;
}

/**
 * The brokerage of one actor with its triples, as `brokerage` gives it, from the relations of that
 * actor and of its in-neighbours only (every arc of a relation joins two of its participants): what
 * the explorer computes on request for one actor of a network too large to keep every triple.
 * `relationsOf` (from `relationsByActor`) can be shared between calls.
 */
export function brokerageOfActor(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  actor: string,
  options: { groups?: ReadonlyMap<string, string>; relationsOf?: Map<string, Relation[]> } = {},
): ActorBrokerage {
  const groups = options.groups ?? blocsOf(dataset.actors);
  const relationsOf = options.relationsOf ?? relationsByActor(dataset.relations);
  const rowsOf = (id: string): Map<string, string[]> | undefined =>
    directedArcs((relationsOf.get(id) ?? []).flatMap(projectRelation)).get(id);
  const ins: string[] = [];
  const out: ArcMap = new Map();
  const own = directedArcs((relationsOf.get(actor) ?? []).flatMap(projectRelation));
  for (const [from, row] of own) if (from !== actor && row.has(actor)) ins.push(from);
  const actorRow = own.get(actor);
  if (actorRow) out.set(actor, actorRow);
  for (const a of ins) {
    const row = rowsOf(a);
    if (row) out.set(a, row);
  }
  return brokerOf(actor, out, ins, groups);
}
