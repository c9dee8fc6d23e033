/**
 * The grouping worker: blocs or Louvain communities of a dataset, off the main thread (Louvain takes
 * seconds at 20,000 actors). Message in: `{ dataset, seed, communities? }` (`communities`: Louvain
 * communities even where the dataset has blocs); message out: a `GroupingResult`.
 */
import type { Dataset } from '../../model/schema.ts';
import { computeCommunities, computeGrouping, type GroupingResult } from '../../graph/grouping.ts';

export interface GroupingRequest {
  dataset: Pick<Dataset, 'actors' | 'relations'>;
  seed: number;
  /** Communities whatever the hierarchy (default: the overview's grouping). */
  communities?: boolean;
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<GroupingRequest>) => void) | null;
  postMessage: (message: GroupingResult) => void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (e) => {
  const { dataset, seed, communities } = e.data;
  scope.postMessage(
    communities === true ? computeCommunities(dataset, seed) : computeGrouping(dataset, seed),
  );
};
