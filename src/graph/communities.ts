/**
 * Communities for flat networks (issue 15, item 2): where actors have no `memberOf` hierarchy (most
 * imported GEXF, GraphML and CSV files), groups come from Louvain community detection
 * (`graphology-communities-louvain`) on the projected actor network, undirected, each pair weighted
 * by the number of relations between them. Seeded: the same dataset and seed give the same
 * communities. A community is named after its members of highest degree.
 *
 * Pure: a dataset in, communities out (graphology is used here only, never past src/graph).
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { Dataset } from '../model/schema.ts';
import { seededRandom } from '../model/random.ts';
import { projectDataset, type ActorEdge } from './project.ts';

export interface Community {
  /** `community-1`, `community-2`, … by decreasing size (ties: by the first member in dataset order). */
  id: string;
  /** The names of its members of highest degree: "A", "A and B", or "A, B and 12 more". */
  name: string;
  /** Members in dataset order. */
  members: string[];
  /** Up to three members of highest degree, highest first (ties: dataset order). */
  leaders: string[];
}

export interface Communities {
  communities: Community[];
  /** Actor id → its community's id. */
  communityOf: Map<string, string>;
  /** Modularity of the partition (Newman), as Louvain reports it. */
  modularity: number;
}

export interface CommunityOptions {
  /** Seed of Louvain's random choices (default 1). */
  seed?: number;
  /** Louvain resolution (default 1; higher gives more, smaller communities). */
  resolution?: number;
  /** The dataset's projection, when the caller has it already. */
  edges?: readonly ActorEdge[];
}

interface Names {
  id: string;
  name: string;
}

/** "A", "A and B", "A, B and 3 more". */
export function communityName(leaderNames: readonly string[], size: number): string {
  const [a, b] = leaderNames;
  if (a === undefined) return '';
  if (b === undefined || size === 1) return size > 1 ? `${a} and ${size - 1} more` : a;
  if (size === 2) return `${a} and ${b}`;
  return `${a}, ${b} and ${size - 2} more`;
}

/**
 * The undirected weighted actor graph: one edge per pair, weight = relations between the pair. Weights
 * are summed under numeric keys first and each edge added once (graphology's `updateEdge` per
 * projected edge cost three times Louvain itself at 20,000 actors).
 */
function weightedGraph(
  actors: readonly Names[],
  edges: readonly ActorEdge[],
): { graph: Graph; ids: string[] } {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const index = new Map<string, number>();
  const ids: string[] = [];
  for (const a of actors) {
    if (index.has(a.id)) continue;
    // Nodes are keyed by index: integer-like keys make graphology's adjacency objects
    // fast elements instead of dictionaries (edge insertion took 2 s at 20,000 actors).
    graph.addNode(String(ids.length));
    index.set(a.id, ids.length);
    ids.push(a.id);
  }
  const n = ids.length;
  const weight = new Map<number, number>();
  let lastRelation = '';
  const inRelation = new Set<number>(); // one relation counts once per pair
  for (const e of edges) {
    const i = index.get(e.source);
    const j = index.get(e.target);
    if (i === undefined || j === undefined || i === j) continue;
    if (e.relationId !== lastRelation) {
      lastRelation = e.relationId;
      inRelation.clear();
    }
    const key = i < j ? i * n + j : j * n + i;
    if (inRelation.has(key)) continue;
    inRelation.add(key);
    weight.set(key, (weight.get(key) ?? 0) + 1);
  }
  let k = 0;
  for (const [key, w] of weight) {
    const i = Math.floor(key / n);
    // Own keys: graphology's generated ones cost a fifth of the insertion.
    graph.addUndirectedEdgeWithKey(String(k++), String(i), String(key - i * n), { weight: w });
  }
  return { graph, ids };
}

/** Louvain communities of a dataset's actors (see the module comment). */
export function communitiesOf(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  options: CommunityOptions = {},
): Communities {
  const { graph, ids } = weightedGraph(dataset.actors, options.edges ?? projectDataset(dataset));
  const result = louvain.detailed(graph, {
    getEdgeWeight: 'weight',
    resolution: options.resolution ?? 1,
    rng: seededRandom(options.seed ?? 1),
  });
  const order = new Map<string, number>();
  const nameOf = new Map<string, string>();
  for (const a of dataset.actors) {
    if (!order.has(a.id)) order.set(a.id, order.size);
    if (!nameOf.has(a.id)) nameOf.set(a.id, a.name);
  }
  const groups = new Map<number, string[]>();
  for (const id of order.keys()) {
    const c = result.communities[String(order.get(id))] as number;
    const list = groups.get(c);
    if (list) list.push(id);
    else groups.set(c, [id]);
  }
  const sorted = [...groups.values()].sort(
    (p, q) =>
      q.length - p.length ||
      (order.get(p[0] as string) as number) - (order.get(q[0] as string) as number),
  );
  const degree = new Map<string, number>();
  graph.forEachNode((node) => degree.set(ids[Number(node)] as string, graph.degree(node)));
  const degreeOf = (id: string): number => degree.get(id) ?? 0;
  const communityOf = new Map<string, string>();
  const communities = sorted.map((members, i): Community => {
    const id = `community-${i + 1}`;
    for (const m of members) communityOf.set(m, id);
    const leaders = [...members]
      .sort(
        (p, q) => degreeOf(q) - degreeOf(p) || (order.get(p) as number) - (order.get(q) as number),
      )
      .slice(0, 3);
    const name = communityName(
      leaders.map((l) => nameOf.get(l) ?? l),
      members.length,
    );
    return { id, name, members, leaders };
  });
  return { communities, communityOf, modularity: result.modularity };
}

/**
 * The dataset with each actor's community written on it (exports, issue 15 item 2): `x-community`
 * (its id, `community-1`…) and `x-community-name`. Every exporter writes `x-` keys and every
 * importer reads them back, so the communities survive GEXF, GraphML and CSV round trips.
 */
export function withCommunities<D extends Pick<Dataset, 'actors'>>(
  ds: D,
  { communities, communityOf }: Pick<Communities, 'communities' | 'communityOf'>,
): D {
  const names = new Map(communities.map((c) => [c.id, c.name]));
  return {
    ...ds,
    actors: ds.actors.map((a) => {
      const id = communityOf.get(a.id);
      if (id === undefined) return a;
      return { ...a, 'x-community': id, 'x-community-name': names.get(id) ?? id };
    }),
  };
}
