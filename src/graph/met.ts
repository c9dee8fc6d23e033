/**
 * Who met whom: pairs of actors present together at a `meeting` relation. No other kind counts: the
 * parties of an `agreement` agreed, but are counted as having met only where a meeting says they met;
 * a statement's speaker and its `subject` (said about, not to) did not meet by it.
 *
 * Presence: every participant of the meeting is present (whatever its role), and so is every member of a
 * participant of kind `delegation` (a delegation is the people sent), recursively through delegations
 * inside delegations. Members of a state, an organization or a person's group do NOT count as present:
 * Qatar taking part does not put every Qatari official in the room.
 *
 * An actor does not "meet" the delegation it was present through (al-Hayya does not meet the Hamas
 * delegation he belongs to), nor any actor it belongs to by `memberOf`.
 *
 * Pure functions: a dataset in, new values out. Linear in the sum over meetings of (present actors)².
 */
import type { Actor, Dataset, Relation } from '../model/schema.ts';
import { isAncestor, isAncestorAt, memberForest, type MemberForest } from './blocs.ts';

/** How one actor was present at a relation. */
export interface Presence {
  actor: string;
  /** Empty when the actor is itself a participant; else the delegations it was present through, outermost first. */
  via: string[];
}

/** How a pair met at one meeting. */
export interface MetEvidence {
  relation: string;
  /** 'direct': both were participants; 'delegation': at least one was present as a delegation member. */
  how: 'direct' | 'delegation';
  /** The delegations through which `a` was present (empty: a participant). */
  aVia: string[];
  /** The delegations through which `b` was present (empty: a participant). */
  bVia: string[];
}

export interface MetPair {
  /** The smaller id of the two. */
  a: string;
  b: string;
  /** The ids of the meetings they shared, in dataset order. */
  relations: string[];
  /** One entry per meeting, same order as `relations`. */
  evidence: MetEvidence[];
}

/** The members of each actor (actor id → direct member ids), in dataset order. */
export function membersByGroup(
  actors: readonly Pick<Actor, 'id' | 'memberOf'>[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of actors) {
    if (a.memberOf === undefined) continue;
    const list = out.get(a.memberOf);
    if (list) list.push(a.id);
    else out.set(a.memberOf, [a.id]);
  }
  return out;
}

/** What `presenceAt` needs to know about the actors; build it once per dataset with `presenceIndex`. */
export interface PresenceIndex {
  kindOf: Map<string, Actor['kind']>;
  members: Map<string, string[]>;
  /** The `memberOf` forest, for O(1) ancestor tests (linear to build, whatever the depth). */
  forest: MemberForest;
}

export function presenceIndex(actors: readonly Actor[]): PresenceIndex {
  return {
    kindOf: new Map(actors.map((a) => [a.id, a.kind])),
    members: membersByGroup(actors),
    forest: memberForest(actors),
  };
}

/**
 * Everyone present at a relation: its participants, then the members of its `delegation` participants
 * (recursively through member delegations). An actor both a participant and a delegation member counts
 * as a participant. Order: participants in relation order, then members in dataset order.
 */
export function presenceAt(
  relation: Pick<Relation, 'participants'>,
  index: PresenceIndex,
): Presence[] {
  const out: Presence[] = [];
  const seen = new Set<string>();
  for (const p of relation.participants) {
    if (seen.has(p.actor)) continue;
    seen.add(p.actor);
    out.push({ actor: p.actor, via: [] });
  }
  // Breadth-first through delegations, so that the shortest `via` chain is recorded.
  const queue: { delegation: string; via: string[] }[] = [];
  for (const p of out) {
    if (index.kindOf.get(p.actor) === 'delegation')
      queue.push({ delegation: p.actor, via: [p.actor] });
  }
  for (let i = 0; i < queue.length; i++) {
    const { delegation, via } = queue[i] as { delegation: string; via: string[] };
    for (const m of index.members.get(delegation) ?? []) {
      if (seen.has(m)) continue;
      seen.add(m);
      out.push({ actor: m, via });
      if (index.kindOf.get(m) === 'delegation') queue.push({ delegation: m, via: [...via, m] });
    }
  }
  return out;
}

/**
 * Whether two actors present at the same relation form a pair there: neither was present through the
 * other, and neither belongs to the other by `memberOf`.
 */
export function formsPair(x: Presence, y: Presence, forest: MemberForest): boolean {
  if (x.actor === y.actor) return false;
  if (x.via.includes(y.actor) || y.via.includes(x.actor)) return false;
  return !isAncestor(forest, y.actor, x.actor) && !isAncestor(forest, x.actor, y.actor);
}

/**
 * Each unordered pair of actors that shared at least one `meeting`, listed once with `a < b` (by id),
 * sorted by `a` then `b`, with the meetings (in dataset order) and how each pair was present
 * (`evidence: false` leaves the evidence lists empty: a million fewer objects at 20,000 actors).
 */
export function metPairs(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  options: { evidence?: boolean } = {},
): MetPair[] {
  const keepEvidence = options.evidence ?? true;
  const index = presenceIndex(dataset.actors);
  // Actors by number (ids unknown to the actor list, which validation refuses, are numbered on sight),
  // pairs by a numeric key: no key strings, and a numeric sort by each id's rank.
  const number = new Map(index.forest.indexOf);
  const numberOf = (id: string): number => {
    let k = number.get(id);
    if (k === undefined) {
      k = number.size;
      number.set(id, k);
    }
    return k;
  };
  const at = new Map<number, number>(); // pair key → index in `list`
  const list: MetPair[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  const stride = 2 ** 26; // keys stay exact integers below 2^52
  const forest = index.forest;
  for (const relation of dataset.relations) {
    if (relation.kind !== 'meeting') continue;
    const present = presenceAt(relation, index);
    const nums = present.map((p) => numberOf(p.actor));
    for (let i = 0; i < present.length; i++) {
      const p = present[i] as Presence;
      const np = nums[i] as number;
      for (let j = i + 1; j < present.length; j++) {
        const q = present[j] as Presence;
        const nq = nums[j] as number;
        if (np === nq) continue;
        if (p.via.length > 0 || q.via.length > 0) {
          if (p.via.includes(q.actor) || q.via.includes(p.actor)) continue;
        }
        if (isAncestorAt(forest, np, nq) || isAncestorAt(forest, nq, np)) continue;
        const first = p.actor < q.actor;
        const x = first ? p : q;
        const y = first ? q : p;
        const nx = first ? np : nq;
        const ny = first ? nq : np;
        const key = nx * stride + ny;
        let k = at.get(key);
        if (k === undefined) {
          k = list.length;
          at.set(key, k);
          list.push({ a: x.actor, b: y.actor, relations: [], evidence: [] });
          xs.push(nx);
          ys.push(ny);
        }
        const pair = list[k] as MetPair;
        pair.relations.push(relation.id);
        if (keepEvidence)
          pair.evidence.push({
            relation: relation.id,
            how: x.via.length === 0 && y.via.length === 0 ? 'direct' : 'delegation',
            aVia: x.via,
            bVia: y.via,
          });
      }
    }
  }
  const sortedIds = [...number.keys()].sort((p, q) => (p < q ? -1 : p > q ? 1 : 0));
  const rank = new Int32Array(number.size);
  sortedIds.forEach((id, r) => (rank[number.get(id) as number] = r));
  const rx = Int32Array.from(xs, (x) => rank[x] as number);
  const ry = Int32Array.from(ys, (y) => rank[y] as number);
  return Array.from(list.keys())
    .sort((p, q) => (rx[p] as number) - (rx[q] as number) || (ry[p] as number) - (ry[q] as number))
    .map((k) => list[k] as MetPair);
}

/** `metPairs` under the name the issue gives it. */
export const met = metPairs;
