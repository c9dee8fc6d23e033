/**
 * `groupingOf`: the overview's grouping of a dataset, computed in a module worker so that the page
 * keeps answering while Louvain runs; on the main thread where workers are unavailable.
 */
import type { Dataset } from '../../model/schema.ts';
import type { GroupingResult } from '../../graph/grouping.ts';
import type { GroupingRequest } from './grouping.worker.ts';
import { knownGrouping } from '../load/load.ts';
import { callWorker } from '../../formats/import-async.ts';

export type { GroupingResult };

const SEED = 1;

async function onMainThread(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  communities: boolean,
): Promise<GroupingResult> {
  const m = await import('../../graph/grouping.ts');
  return communities ? m.computeCommunities(dataset, SEED) : m.computeGrouping(dataset, SEED);
}

/**
 * The overview's grouping: blocs where the dataset has them, else Louvain communities. The loading
 * worker's, when it computed this dataset's (src/ui/load/load.ts): no second worker, no copy of the dataset.
 */
export async function groupingOf(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
): Promise<GroupingResult> {
  const known = await knownGrouping(dataset);
  return known ?? compute(dataset, false);
}

/** The dataset's Louvain communities (seeded), whatever its hierarchy ("Colours: by community"). */
export function communitiesGroupingOf(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
): Promise<GroupingResult> {
  return compute(dataset, true);
}

function compute(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  communities: boolean,
): Promise<GroupingResult> {
  // Only what the grouping reads crosses to the worker (the clone costs the main thread).
  const request: GroupingRequest = {
    dataset: { actors: dataset.actors, relations: dataset.relations },
    seed: SEED,
    communities,
  };
  return callWorker<GroupingRequest, GroupingResult>(
    () => new Worker(new URL('./grouping.worker.ts', import.meta.url), { type: 'module' }),
    request,
    () => onMainThread(dataset, communities),
  );
}
