/**
 * Betweenness centrality (Brandes 2001) on the projected actor network: undirected, multi-edges
 * collapsed, unweighted. O(V·E) time, O(V + E) memory.
 *
 * Raw values follow the textbook undirected convention: each unordered pair {s, t} counts once, so a
 * star's centre with n leaves scores n(n−1)/2 (Krackhardt's kite: Heather 14). Normalized values divide by
 * the number of pairs not involving the actor, (n−1)(n−2)/2, so they lie in [0, 1].
 * (cytoscape's `betweennessCentrality()` on an undirected graph reports twice the raw value, and its
 * "normalized" value is raw ÷ the maximum raw value: see `normalizedByMax`.)
 */
import type { Dataset } from '../model/schema.ts';
import { projectDataset, type ActorEdge } from './project.ts';

export interface Betweenness {
  /** Node ids, in the order given. */
  nodes: string[];
  /** Raw undirected betweenness per node id. */
  raw: Map<string, number>;
  /** raw ÷ ((n−1)(n−2)/2); 0 when n < 3. */
  normalized: Map<string, number>;
}

/** Compact undirected simple graph: node indexes 0…n−1, adjacency lists without duplicates or loops. */
export interface SimpleGraph {
  ids: string[];
  indexOf: Map<string, number>;
  adjacency: number[][];
}

/** The undirected simple graph on `nodes` with `edges` (unknown ends, loops and duplicates dropped). */
export function simpleGraph(
  nodes: readonly string[],
  edges: Iterable<readonly [string, string]>,
): SimpleGraph {
  const ids = [...new Set(nodes)];
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const sets: Set<number>[] = ids.map(() => new Set<number>());
  for (const [a, b] of edges) {
    const i = indexOf.get(a);
    const j = indexOf.get(b);
    if (i === undefined || j === undefined || i === j) continue;
    (sets[i] as Set<number>).add(j);
    (sets[j] as Set<number>).add(i);
  }
  return { ids, indexOf, adjacency: sets.map((s) => [...s]) };
}

/** The adjacency lists packed in two typed arrays (compressed sparse rows): faster to scan. */
function packed(graph: SimpleGraph): { offsets: Int32Array; targets: Int32Array } {
  const n = graph.ids.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i + 1] = (offsets[i] as number) + (graph.adjacency[i] as number[]).length;
  }
  const targets = new Int32Array(offsets[n] as number);
  for (let i = 0; i < n; i++) targets.set(graph.adjacency[i] as number[], offsets[i] as number);
  return { offsets, targets };
}

/**
 * Raw undirected betweenness of each node index (Brandes' accumulation, each pair counted once).
 *
 * Leaves (degree 1) are not used as sources: every shortest path from a leaf v runs through its
 * neighbour u, so v's dependencies equal u's on every other node, and u gains (component size − 2).
 * Each non-leaf source therefore counts 1 + (its leaf neighbours) times. Exact, and one breadth-first
 * search fewer per leaf.
 */
export function brandes(graph: SimpleGraph): Float64Array {
  const n = graph.ids.length;
  const { offsets, targets } = packed(graph);
  const degree = (v: number): number => (offsets[v + 1] as number) - (offsets[v] as number);
  const leafNeighbours = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    if (degree(v) === 1) {
      const u = targets[offsets[v] as number] as number;
      leafNeighbours[u] = (leafNeighbours[u] as number) + 1;
    }
  }
  const cb = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (degree(s) <= 1) continue; // an isolated node lies on no path; a leaf is counted with its neighbour
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    let top = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++] as number;
      stack[top++] = v;
      const dv = dist[v] as number;
      const sv = sigma[v] as number;
      for (let k = offsets[v] as number, end = offsets[v + 1] as number; k < end; k++) {
        const w = targets[k] as number;
        let dw = dist[w] as number;
        if (dw === -1) {
          dw = dv + 1;
          dist[w] = dw;
          queue[tail++] = w;
        }
        if (dw === dv + 1) sigma[w] = (sigma[w] as number) + sv;
      }
    }
    const leaves = leafNeighbours[s] as number;
    const weight = 1 + leaves;
    cb[s] = (cb[s] as number) + leaves * (top - 2);
    // Predecessors of w are its neighbours one step closer to s: no lists needed.
    while (top > 0) {
      const w = stack[--top] as number;
      const dw = dist[w] as number;
      const coeff = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (let k = offsets[w] as number, end = offsets[w + 1] as number; k < end; k++) {
        const v = targets[k] as number;
        if (dist[v] === dw - 1) delta[v] = (delta[v] as number) + (sigma[v] as number) * coeff;
      }
      if (w !== s) cb[w] = (cb[w] as number) + weight * (delta[w] as number);
    }
  }
  // Each unordered pair was counted from both ends.
  for (let i = 0; i < n; i++) cb[i] = (cb[i] as number) / 2;
  return cb;
}

/** Betweenness of `nodes` in the undirected simple graph of `edges`. */
export function betweenness(
  nodes: readonly string[],
  edges: Iterable<readonly [string, string]>,
): Betweenness {
  const graph = simpleGraph(nodes, edges);
  const raw = brandes(graph);
  const n = graph.ids.length;
  const pairs = ((n - 1) * (n - 2)) / 2;
  return {
    nodes: graph.ids,
    raw: new Map(graph.ids.map((id, i) => [id, raw[i] as number])),
    normalized: new Map(graph.ids.map((id, i) => [id, pairs > 0 ? (raw[i] as number) / pairs : 0])),
  };
}

/** raw ÷ the largest raw value (cytoscape's "normalized"); all 0 when every value is 0. */
export function normalizedByMax(raw: ReadonlyMap<string, number>): Map<string, number> {
  let max = 0;
  for (const v of raw.values()) if (v > max) max = v;
  return new Map([...raw].map(([id, v]) => [id, max > 0 ? v / max : 0]));
}

/** The undirected actor–actor pairs of a projection (direction dropped, multi-edges kept: `simpleGraph` collapses them). */
export function undirectedPairs(edges: readonly ActorEdge[]): [string, string][] {
  return edges.map((e) => [e.source, e.target]);
}

/** Betweenness of every actor on the projected actor network (`projectDataset`), undirected. */
export function actorBetweenness(dataset: Pick<Dataset, 'actors' | 'relations'>): Betweenness {
  return betweenness(
    dataset.actors.map((a) => a.id),
    undirectedPairs(projectDataset(dataset)),
  );
}

/** One pair of actors whose shortest paths run through the traced actor, with its share of them. */
export interface BetweennessPair {
  s: string;
  t: string;
  /** σ_st(v) / σ_st: the fraction of the s–t shortest paths through v. */
  share: number;
}

export interface BetweennessTrace {
  actor: string;
  /** Sum of the shares: equals the raw betweenness. */
  raw: number;
  /** Unordered pairs (s < t by id) with a non-zero share, largest share first (ties: by s, then t). */
  pairs: BetweennessPair[];
  /** Relations of the projected edges between the actor and a neighbour on one of those shortest paths. */
  relations: string[];
}

function bfs(graph: SimpleGraph, s: number): { dist: Int32Array; sigma: Float64Array } {
  const n = graph.ids.length;
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  dist[s] = 0;
  sigma[s] = 1;
  queue[tail++] = s;
  while (head < tail) {
    const v = queue[head++] as number;
    for (const w of graph.adjacency[v] as number[]) {
      if (dist[w] === -1) {
        dist[w] = (dist[v] as number) + 1;
        queue[tail++] = w;
      }
      if (dist[w] === (dist[v] as number) + 1)
        sigma[w] = (sigma[w] as number) + (sigma[v] as number);
    }
  }
  return { dist, sigma };
}

/**
 * What one actor's betweenness is made of: the pairs it lies between and the relations that carry those
 * paths through it. Computed on demand (one breadth-first search per actor: O(V·E)), for the explorer.
 */
export function betweennessTrace(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  actorId: string,
): BetweennessTrace {
  const edges = projectDataset(dataset);
  const graph = simpleGraph(
    dataset.actors.map((a) => a.id),
    undirectedPairs(edges),
  );
  const v = graph.indexOf.get(actorId);
  if (v === undefined) return { actor: actorId, raw: 0, pairs: [], relations: [] };
  const n = graph.ids.length;
  const fromV = bfs(graph, v);
  const pairs: BetweennessPair[] = [];
  const usedNeighbours = new Set<number>();
  for (let s = 0; s < n; s++) {
    if (s === v || fromV.dist[s] === -1) continue;
    const fromS = bfs(graph, s);
    const dsv = fromS.dist[v] as number;
    let through = false;
    for (let t = 0; t < n; t++) {
      if (t === v || t === s || fromV.dist[t] === -1) continue;
      if (dsv + (fromV.dist[t] as number) !== fromS.dist[t]) continue;
      through = true;
      const sid = graph.ids[s] as string;
      const tid = graph.ids[t] as string;
      if (sid < tid) {
        const share =
          ((fromS.sigma[v] as number) * (fromV.sigma[t] as number)) / (fromS.sigma[t] as number);
        pairs.push({ s: sid, t: tid, share });
      }
    }
    // The neighbours on s's side of v; t's side is s's side of the pair seen from t.
    if (through) {
      for (const u of graph.adjacency[v] as number[]) {
        if (fromS.dist[u] === dsv - 1) usedNeighbours.add(u);
      }
    }
  }
  pairs.sort((p, q) => q.share - p.share || (p.s < q.s ? -1 : p.s > q.s ? 1 : p.t < q.t ? -1 : 1));
  const neighbourIds = new Set([...usedNeighbours].map((u) => graph.ids[u] as string));
  const relations: string[] = [];
  const seen = new Set<string>();
  for (const e of edges) {
    const other = e.source === actorId ? e.target : e.target === actorId ? e.source : undefined;
    if (other === undefined || !neighbourIds.has(other) || seen.has(e.relationId)) continue;
    seen.add(e.relationId);
    relations.push(e.relationId);
  }
  return { actor: actorId, raw: pairs.reduce((sum, p) => sum + p.share, 0), pairs, relations };
}
