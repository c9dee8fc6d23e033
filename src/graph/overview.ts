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
