/**
 * The analyses of a dataset, computed once per dataset (the dataset object is immutable) and only
 * when first read: opening the explorer on a large network costs nothing until a panel or the lens
 * asks for betweenness or brokerage.
 */
import { useMemo } from 'react';
import type { Actor, Dataset, Relation } from '../../model/schema.ts';
import { analyzeDetailed, type AnalyzeDetailed } from '../../graph/analysis.ts';
import { brokerage, type ActorBrokerage } from '../../graph/brokerage.ts';
import { timeline, type Timeline } from '../../graph/timeline.ts';
import { metPairs, type MetPair } from '../../graph/met.ts';
import { useAppState } from '../state/store.ts';

export interface DatasetAnalysis {
  readonly dataset: Dataset;
  readonly actors: Map<string, Actor>;
  readonly relations: Map<string, Relation>;
  /** Met pairs, mediator roles, betweenness, brokerage of the mediators (computed on first read). */
  readonly detailed: AnalyzeDetailed;
  /** Every actor's brokerage, with its triples (computed on first read). */
  readonly brokerage: Map<string, ActorBrokerage>;
  readonly timeline: Timeline;
  /** Who met whom (computed on first read, without the costlier mediator scores). */
  readonly met: MetPair[];
  /** Whether the mediator scores are computed already. */
  readonly scored: boolean;
}

function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

const cache = new WeakMap<Dataset, DatasetAnalysis>();

export function analysisOf(dataset: Dataset): DatasetAnalysis {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const detailed = lazy(() => analyzeDetailed(dataset));
  const brokers = lazy(() => new Map(brokerage(dataset).map((b) => [b.actor, b])));
  const tl = lazy(() => timeline(dataset));
  let scored = false;
  const met = lazy(() => (scored ? detailed().met : metPairs(dataset)));
  const out: DatasetAnalysis = {
    dataset,
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    relations: new Map(dataset.relations.map((r) => [r.id, r])),
    get detailed() {
      scored = true;
      return detailed();
    },
    get scored() {
      return scored;
    },
    get met() {
      return met();
    },
    get brokerage() {
      return brokers();
    },
    get timeline() {
      return tl();
    },
  };
  cache.set(dataset, out);
  return out;
}

export function useDatasetAnalysis(): DatasetAnalysis | undefined {
  const dataset = useAppState((s) => s.data.dataset);
  return useMemo(() => (dataset ? analysisOf(dataset) : undefined), [dataset]);
}

/** An actor's name (its id when unknown). */
export function nameOf(a: DatasetAnalysis, id: string): string {
  return a.actors.get(id)?.name ?? id;
}
