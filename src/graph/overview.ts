/**
 * The overview of a large network (issue 15, item 1): one node per group, sized by its members, and
 * one edge per pair of groups weighted by the relations between them, with their kinds.
 *
 * - `blocOverview`: the groups are blocs (the top of each `memberOf` chain); an actor without a bloc
 *   (belonging to nothing, with no members) stands alone, as a group of one.
 * - `groupOverview`: any grouping, e.g. Louvain communities (`communities.ts`) for flat networks.
 *
 * A relation counts once per pair of groups it links (through any of its projected edges), and once
 * inside a group when it links two members of that group. Pure; linear in the projected edges.
 */
import type { Dataset } from '../model/schema.ts';
import type { RelationKind } from '../model/vocabulary.ts';
import { blocsOf } from './blocs.ts';
import { projectDataset, type ActorEdge } from './project.ts';

export interface OverviewNode {
  /** The group's id: the bloc's top actor id, or the id the grouping gave. */
  id: string;
  label: string;
  /** Members in dataset order (the bloc's top actor included). */
  members: string[];
  /** Relations between two of its members. */
  innerRelations: number;
}

export interface OverviewEdge {
  /** `overview:<a>|<b>` with a < b. */
  id: string;
  /** The two groups, in id order (an overview edge has no direction). */
  source: string;
  target: string;
  /** Distinct relations linking a member of one to a member of the other. */
  relations: number;
  /** Those relations by kind. */
  kinds: Partial<Record<RelationKind, number>>;
  /** Their ids, in dataset order. */
  relationIds: string[];
}

export interface Overview {
  /** Largest group first (ties: the first member in dataset order). */
  nodes: OverviewNode[];
  /** Most relations first (ties: by id). */
  edges: OverviewEdge[];
  /** Actor id → its group's id. */
  groupOf: Map<string, string>;
}

export interface OverviewOptions {
  /** The dataset's projection, when the caller has it already. */
  edges?: readonly ActorEdge[];
}

/**
 * The overview of any grouping: `groupOf` gives each actor's group id (an actor missing from it is a
 * group of its own), `labelOf` each group's label (default: the group id, or the actor's name for a
 * group named after an actor).
 */
export function groupOverview(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  groupOf: ReadonlyMap<string, string>,
  labelOf: (groupId: string) => string | undefined = () => undefined,
  options: OverviewOptions = {},
): Overview {
  const names = new Map<string, string>();
  const order = new Map<string, number>();
  const byGroup = new Map<string, OverviewNode>();
  const groups = new Map<string, string>();
  for (const a of dataset.actors) {
    if (order.has(a.id)) continue;
    order.set(a.id, order.size);
    names.set(a.id, a.name);
  }
  for (const id of order.keys()) {
    const g = groupOf.get(id) ?? id;
    groups.set(id, g);
    const node = byGroup.get(g);
    if (node) node.members.push(id);
    else byGroup.set(g, { id: g, label: '', members: [id], innerRelations: 0 });
  }
  for (const node of byGroup.values()) {
    node.label = labelOf(node.id) ?? names.get(node.id) ?? node.id;
  }
  const edgeOf = new Map<string, OverviewEdge>();
  let last = '';
  const seen = new Set<string>(); // group pairs already counted for the current relation
  for (const e of options.edges ?? projectDataset(dataset)) {
    const ga = groups.get(e.source);
    const gb = groups.get(e.target);
    if (ga === undefined || gb === undefined) continue;
    if (e.relationId !== last) {
      last = e.relationId;
      seen.clear();
    }
    const [x, y] = ga < gb ? [ga, gb] : [gb, ga];
    const key = `${x}|${y}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (x === y) {
      (byGroup.get(x) as OverviewNode).innerRelations++;
      continue;
    }
    let edge = edgeOf.get(key);
    if (!edge) {
      edge = {
        id: `overview:${key}`,
        source: x,
        target: y,
        relations: 0,
        kinds: {},
        relationIds: [],
      };
      edgeOf.set(key, edge);
    }
    edge.relations++;
    edge.kinds[e.kind] = (edge.kinds[e.kind] ?? 0) + 1;
    edge.relationIds.push(e.relationId);
  }
  const first = (n: OverviewNode): number => order.get(n.members[0] as string) as number;
  return {
    nodes: [...byGroup.values()].sort(
      (p, q) => q.members.length - p.members.length || first(p) - first(q),
    ),
    edges: [...edgeOf.values()].sort(
      (p, q) => q.relations - p.relations || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0),
    ),
    groupOf: groups,
  };
}

/** One node per bloc (the top of each `memberOf` chain; an actor without a bloc stands alone). */
export function blocOverview(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  options: OverviewOptions = {},
): Overview {
  return groupOverview(dataset, blocsOf(dataset.actors), () => undefined, options);
}

/**
 * The grouping with some groups opened: each member of an `expanded` group stands alone (drawn as
 * itself), every other actor keeps its group. Feed it to `groupOverview` for the drawn overview.
 */
export function openGroups(
  groupOf: ReadonlyMap<string, string>,
  expanded: ReadonlySet<string>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const [actor, group] of groupOf) out.set(actor, expanded.has(group) ? actor : group);
  return out;
}

/** How a network is grouped in its overview: by blocs when any actor is a member of another. */
export type GroupingKind = 'blocs' | 'communities';

export function groupingKindOf(dataset: Pick<Dataset, 'actors'>): GroupingKind {
  return dataset.actors.some((a) => a.memberOf !== undefined) ? 'blocs' : 'communities';
}

/** A point of a layout (model units). */
export interface Point {
  x: number;
  y: number;
}

/** The golden angle: consecutive places of a sunflower spiral never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Above this many nodes the local layout stays a spiral. */
const LOCAL_FORCE_MAX = 5000;
const LOCAL_ROUNDS = 50;

/** Each id's neighbours (without self-links or repeats), in link order. */
function adjacency(ids: readonly string[], links: readonly (readonly [string, string])[]) {
  const adj = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  for (const [a, b] of links) {
    if (a === b) continue;
    const sa = adj.get(a);
    const sb = adj.get(b);
    if (!sa || !sb) continue;
    sa.add(b);
    sb.add(a);
  }
  return adj;
}

/** Breadth-first from the best-linked node of each part (parts largest first): hubs first. */
function spiralOrder(ids: readonly string[], adj: ReadonlyMap<string, Set<string>>): string[] {
  const degree = (id: string): number => adj.get(id)?.size ?? 0;
  const byDegree = ids
    .map((id, i) => ({ id, i }))
    .sort((p, q) => degree(q.id) - degree(p.id) || p.i - q.i)
    .map((p) => p.id);
  const order: string[] = [];
  const seen = new Set<string>();
  for (const root of byDegree) {
    if (seen.has(root)) continue;
    seen.add(root);
    for (let k = order.push(root) - 1; k < order.length; k++) {
      const next = [...(adj.get(order[k] as string) ?? [])].filter((n) => !seen.has(n));
      next.sort((p, q) => degree(q) - degree(p));
      for (const n of next) {
        seen.add(n);
        order.push(n);
      }
    }
  }
  return order;
}

/** How far a node pushes others away, in spacings (farther nodes do not meet in a local layout). */
const REACH = 3;

/**
 * Adds to (dx, dy) the push between every two nodes within REACH spacings of each other: nodes in
 * buckets of that size, each bucket against itself and the buckets around it (linear, not n²).
 */
function repel(pos: readonly Point[], spacing: number, dx: Float64Array, dy: Float64Array): void {
  const cell = REACH * spacing;
  const k2 = spacing * spacing;
  const buckets = new Map<number, number[]>();
  const keyOf = (u: number, v: number): number => (u + 32768) * 65536 + (v + 32768);
  pos.forEach((p, i) => {
    const key = keyOf(Math.floor(p.x / cell), Math.floor(p.y / cell));
    const b = buckets.get(key);
    if (b) b.push(i);
    else buckets.set(key, [i]);
  });
  pos.forEach((p, i) => {
    const bx = Math.floor(p.x / cell);
    const by = Math.floor(p.y / cell);
    for (let u = bx - 1; u <= bx + 1; u++)
      for (let v = by - 1; v <= by + 1; v++)
        for (const j of buckets.get(keyOf(u, v)) ?? []) {
          if (j <= i) continue;
          const q = pos[j] as Point;
          const ex = p.x - q.x;
          const ey = p.y - q.y;
          const d2 = ex * ex + ey * ey;
          if (d2 > cell * cell) continue;
          // Two nodes on one spot: pushed apart along a direction of their own.
          const f = k2 / Math.max(d2, 1);
          const fx = d2 === 0 ? spacing * Math.cos(i + j) : ex * f;
          const fy = d2 === 0 ? spacing * Math.sin(i + j) : ey * f;
          dx[i] = (dx[i] as number) + fx;
          dy[i] = (dy[i] as number) + fy;
          dx[j] = (dx[j] as number) - fx;
          dy[j] = (dy[j] as number) - fy;
        }
  });
}

/** Rounds of spring forces (near nodes repel, links pull, a light pull to the centre), cooling. */
function relax(pos: Point[], edges: readonly [number, number][], spacing: number): void {
  const n = pos.length;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let round = 0; round < LOCAL_ROUNDS; round++) {
    dx.fill(0);
    dy.fill(0);
    repel(pos, spacing, dx, dy);
    for (const [a, b] of edges) {
      const p = pos[a] as Point;
      const q = pos[b] as Point;
      const ex = p.x - q.x;
      const ey = p.y - q.y;
      const f = Math.hypot(ex, ey) / spacing;
      dx[a] = (dx[a] as number) - ex * f;
      dy[a] = (dy[a] as number) - ey * f;
      dx[b] = (dx[b] as number) + ex * f;
      dy[b] = (dy[b] as number) + ey * f;
    }
    const step = spacing * 2 * (1 - round / LOCAL_ROUNDS) + spacing * 0.05;
    for (let i = 0; i < n; i++) {
      const p = pos[i] as Point;
      const fx = (dx[i] as number) - p.x * 0.05;
      const fy = (dy[i] as number) - p.y * 0.05;
      const len = Math.hypot(fx, fy);
      if (len === 0) continue;
      const move = Math.min(len, step) / len;
      p.x += fx * move;
      p.y += fy * move;
    }
  }
}

/**
 * A local layout of a few hundred nodes (an opened group's members, and the hubs among them),
 * centred on (0, 0), nodes about `spacing` apart: a sunflower spiral in breadth-first order from
 * the best-linked node (linked nodes start near each other, hubs in the middle), then rounds of
 * spring forces (linear: a node pushes only the nodes within a few spacings). Pure and deterministic: the same input gives the same picture.
 */
export function localLayout(
  ids: readonly string[],
  links: readonly (readonly [string, string])[],
  spacing: number,
): Map<string, Point> {
  const adj = adjacency(ids, links);
  const order = spiralOrder(ids, adj);
  const pos = order.map((_, i) => {
    const r = spacing * 0.6 * Math.sqrt(i + 0.5);
    return { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) };
  });
  if (order.length <= LOCAL_FORCE_MAX) {
    const index = new Map(order.map((id, i) => [id, i]));
    const edges: [number, number][] = [];
    for (const [id, ns] of adj)
      for (const m of ns) {
        const a = index.get(id) as number;
        const b = index.get(m) as number;
        if (a < b) edges.push([a, b]);
      }
    relax(pos, edges, spacing);
  }
  return new Map(order.map((id, i) => [id, pos[i] as Point]));
}
