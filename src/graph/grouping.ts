/**
 * The overview's grouping of a dataset (issue 15): its blocs (the top of each `memberOf` chain) when
 * it has a hierarchy, else its Louvain communities (seeded: the same file gives the same groups),
 * each named after its members of highest degree. Pure (runs in the grouping worker or the loading
 * worker, or on the main thread where workers are missing).
 */
import type { Dataset } from '../model/schema.ts';
import { blocsOf } from './blocs.ts';
import { communitiesOf } from './communities.ts';
import { groupingKindOf, type GroupingKind } from './overview.ts';

/** A grouping as plain data (it crosses the worker boundary). */
export interface GroupingResult {
  kind: GroupingKind;
  /** [actor id, group id] for every actor. */
  groupOf: [string, string][];
  /** [group id, label] for groups not named after an actor (communities). */
  labels: [string, string][];
  /** Milliseconds the computation took. */
  ms: number;
}

export function computeGrouping(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  seed = 1,
): GroupingResult {
  const t0 = performance.now();
  const kind = groupingKindOf(dataset);
  if (kind === 'blocs') {
    return { kind, groupOf: [...blocsOf(dataset.actors)], labels: [], ms: performance.now() - t0 };
  }
  return computeCommunities(dataset, seed);
}

/**
 * The dataset's Louvain communities whatever its hierarchy ("Colours: by community"), in the same
 * shape: labels in decreasing size (`community-1` first).
 */
export function computeCommunities(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  seed = 1,
): GroupingResult {
  const t0 = performance.now();
  const c = communitiesOf(dataset, { seed });
  return {
    kind: 'communities',
    groupOf: [...c.communityOf],
    labels: c.communities.map((x) => [x.id, x.name]),
    ms: performance.now() - t0,
  };
}
