/** The analyses of a dataset, computed once per dataset (the dataset object is immutable). */
import { useMemo } from 'react';
import type { Actor, Dataset, Relation } from '../../model/schema.ts';
import { analyzeDetailed, type AnalyzeDetailed } from '../../graph/analysis.ts';
import { brokerage, type ActorBrokerage } from '../../graph/brokerage.ts';
import { timeline, type Timeline } from '../../graph/timeline.ts';
import { useAppState } from '../state/store.ts';

export interface DatasetAnalysis {
  dataset: Dataset;
  actors: Map<string, Actor>;
  relations: Map<string, Relation>;
  detailed: AnalyzeDetailed;
  brokerage: Map<string, ActorBrokerage>;
  timeline: Timeline;
}

const cache = new WeakMap<Dataset, DatasetAnalysis>();

export function analysisOf(dataset: Dataset): DatasetAnalysis {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const out: DatasetAnalysis = {
    dataset,
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    relations: new Map(dataset.relations.map((r) => [r.id, r])),
    detailed: analyzeDetailed(dataset),
    brokerage: new Map(brokerage(dataset).map((b) => [b.actor, b])),
    timeline: timeline(dataset),
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
