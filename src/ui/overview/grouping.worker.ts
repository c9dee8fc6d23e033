/**
 * The grouping worker: blocs or Louvain communities of a dataset, off the main thread (Louvain takes
 * seconds at 20,000 actors). Message in: `{ dataset, seed }`; message out: a `GroupingResult`.
 */
import type { Dataset } from '../../model/schema.ts';
import { computeGrouping, type GroupingResult } from './grouping-compute.ts';

export interface GroupingRequest {
  dataset: Pick<Dataset, 'actors' | 'relations'>;
  seed: number;
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<GroupingRequest>) => void) | null;
  postMessage: (message: GroupingResult) => void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (e) => {
  scope.postMessage(computeGrouping(e.data.dataset, e.data.seed));
};
