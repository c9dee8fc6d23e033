/**
 * Bounded cost (issue 14, item 2): what an analysis would materialise, counted before it is built, so
 * that a dataset past the limits is refused with one line instead of exhausting the heap.
 *
 * A relation of m participants projects to at most m(m−1)/2 actor pairs, whatever its kind; a meeting
 * also puts the members of its delegations in the room (`presenceAt`), so its bound counts them too.
 * Counting is linear in actors + participants: delegation memberships are summed bottom-up over the
 * `memberOf` forest, never listed.
 */
import { MAX_ANALYSIS_PAIRS, MAX_PATH_PRESENCE } from '../model/limits.ts';
import type { Actor, Dataset } from '../model/schema.ts';
import { memberForest } from './blocs.ts';

/** An analysis past the limits; its message is one line for the user. */
export class AnalysisLimitError extends Error {
  override name = 'AnalysisLimitError';
}

export interface AnalysisLoad {
  /** Upper bound of the actor pairs the projection and "who met whom" can list. */
  pairs: number;
  /** Upper bound of the (relation, present actor) entries of the event graph. */
  presence: number;
  /** The relation with the most actors present, and how many (upper bound). */
  largest?: { relation: string; present: number };
}

/** For each actor, how many actors its presence brings along: delegation members, recursively. */
function delegationReach(
  actors: readonly Pick<Actor, 'id' | 'memberOf' | 'kind'>[],
): Map<string, number> {
  const forest = memberForest(actors);
  const n = forest.ids.length;
  const kind = new Map(actors.map((a) => [a.id, a.kind]));
  const isDelegation = forest.ids.map((id) => kind.get(id) === 'delegation');
  // Children have larger entry numbers than their parents: visit by decreasing entry number.
  const order = Array.from({ length: n }, (_, i) => i)
    .filter((i) => (forest.enter[i] as number) >= 0)
    .sort((x, y) => (forest.enter[y] as number) - (forest.enter[x] as number));
  const reach = new Float64Array(n);
  for (const v of order) {
    const p = forest.parent[v] as number;
    if (p === -1 || !isDelegation[p]) continue;
    reach[p] = (reach[p] as number) + 1 + (isDelegation[v] ? (reach[v] as number) : 0);
  }
  const out = new Map<string, number>();
  forest.ids.forEach((id, i) => {
    if ((reach[i] as number) > 0) out.set(id, reach[i] as number);
  });
  return out;
}

/** What analyses of `dataset` would materialise at most (see `AnalysisLoad`). */
export function analysisLoad(dataset: Pick<Dataset, 'actors' | 'relations'>): AnalysisLoad {
  const reach = delegationReach(dataset.actors);
  const out: AnalysisLoad = { pairs: 0, presence: 0 };
  for (const r of dataset.relations) {
    const m = r.participants.length;
    let present = m;
    if (reach.size > 0) for (const p of r.participants) present += reach.get(p.actor) ?? 0;
    // Only a meeting pairs the delegation members it brings; other kinds project their participants.
    out.pairs += r.kind === 'meeting' ? (present * (present - 1)) / 2 : (m * (m - 1)) / 2;
    out.presence += present;
    if (!out.largest || present > out.largest.present) {
      out.largest = { relation: r.id, present };
    }
  }
  return out;
}

function figure(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/**
 * Throws `AnalysisLimitError` when "who met whom" and the projection could list more than
 * MAX_ANALYSIS_PAIRS actor pairs.
 */
export function assertWithinAnalysisLimits(dataset: Pick<Dataset, 'actors' | 'relations'>): void {
  const load = analysisLoad(dataset);
  if (load.pairs <= MAX_ANALYSIS_PAIRS) return;
  const largest = load.largest
    ? ` (the largest, relation '${load.largest.relation}', has ${figure(load.largest.present)} actors present)`
    : '';
  throw new AnalysisLimitError(
    `too large to analyse: its relations make up to ${figure(load.pairs)} actor pairs${largest}; ` +
      `the limit is ${figure(MAX_ANALYSIS_PAIRS)}`,
  );
}

/** Throws `AnalysisLimitError` when the event graph of paths would pass MAX_PATH_PRESENCE entries. */
export function assertWithinPathLimits(dataset: Pick<Dataset, 'actors' | 'relations'>): void {
  const load = analysisLoad(dataset);
  if (load.presence <= MAX_PATH_PRESENCE) return;
  throw new AnalysisLimitError(
    `too large to search for paths: its relations have ${figure(load.presence)} actors present ` +
      `(delegation members included); the limit is ${figure(MAX_PATH_PRESENCE)}`,
  );
}
