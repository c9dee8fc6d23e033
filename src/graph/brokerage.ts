/**
 * Gould–Fernandez brokerage roles (Gould & Fernandez 1989) on the directed actor projection
 * (`projectDataset`), with actors' blocs (`blocsOf`: the top of the `memberOf` chain) as the groups.
 *
 * - An undirected projected edge (a meeting, tie members) counts as an arc in both directions.
 * - Multi-edges are collapsed: an arc x→y exists when at least one relation projects it.
 * - Every projected arc counts, whatever its `variant`: a guarantee's conveyor → beneficiary arc
 *   (`conveyed`: the envoys who carried a U.S. guarantee to Hamas) is a channel like any other, so a
 *   conveyor can broker between the guarantor and the beneficiary only where no arc guarantor →
 *   beneficiary closes the two-path (the guarantee itself projects one); a statement's speaker →
 *   subject arc (`said-about`) counts too, as the projection draws it.
 * - An open two-path is a→b→c with a, b, c distinct and no arc a→c; it is counted once per broker b
 *   and distinct triple (a, b, c), whatever the number of relations behind its arcs.
 * - Its role, by the groups g(·) of a (source), b (broker) and c (destination):
 *   coordinator g(a) = g(b) = g(c); itinerant (consultant) g(a) = g(c) ≠ g(b);
 *   gatekeeper g(a) ≠ g(b) = g(c); representative g(a) = g(b) ≠ g(c); liaison all three differ.
 *
 * Time: Σ_b in(b)·out(b); memory: the triples are kept (for the explorer's "why this number").
 */
import type { Dataset } from '../model/schema.ts';
import { blocsOf } from './blocs.ts';
import { projectDataset } from './project.ts';

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
export function directedArcs(dataset: Pick<Dataset, 'relations'>): ArcMap {
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
  for (const e of projectDataset(dataset)) {
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
  const out = directedArcs(dataset);
  const incoming = new Map<string, string[]>();
  for (const [from, row] of out) {
    for (const to of row.keys()) {
      const list = incoming.get(to);
      if (list) list.push(from);
      else incoming.set(to, [from]);
    }
  }
  const groupOf = (id: string): string => groups.get(id) ?? id;
  return dataset.actors.map((actor) => {
    const b = actor.id;
    const counts = emptyCounts();
    const triples: BrokerageTriple[] = [];
    const outRow = out.get(b);
    const ins = incoming.get(b) ?? [];
    if (outRow) {
      for (const a of ins) {
        const aRow = out.get(a);
        const relationsIn = aRow?.get(b) ?? [];
        for (const [c, relationsOut] of outRow) {
          if (c === a || aRow?.has(c)) continue;
          const role = brokerageRole(groupOf(a), groupOf(b), groupOf(c));
          counts[role]++;
          if (keep) triples.push({ a, broker: b, c, role, relationsIn, relationsOut });
        }
      }
    }
    triples.sort(
      (p, q) =>
        (ROLE_ORDER.get(p.role) as number) - (ROLE_ORDER.get(q.role) as number) ||
        (p.a < q.a ? -1 : p.a > q.a ? 1 : p.c < q.c ? -1 : p.c > q.c ? 1 : 0),
    );
    return { actor: b, counts, triples };
  });
}
