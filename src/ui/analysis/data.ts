/**
 * The analyses of a dataset, computed once per dataset (the dataset object is immutable) and only
 * when first read: opening the explorer on a large network costs nothing until a panel or the lens
 * asks for betweenness or brokerage.
 */
import { useMemo } from 'react';
import type { Actor, Dataset, Relation } from '../../model/schema.ts';
import {
  analyzeDetailed,
  type AnalyzeDetailed,
  type MediatorScores,
} from '../../graph/analysis.ts';
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
  /**
   * Whether the scores came from the worker (`installScores`): brokerage without its triples (see
   * `brokerageOfActor` for one actor's), betweenness perhaps sampled.
   */
  readonly installed: boolean;
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

/** Scores computed elsewhere (the worker), by dataset: read instead of computing them here. */
const installed = new WeakMap<Dataset, MediatorScores>();

/** The analysis's detailed scores from scores computed elsewhere (who met whom computed on read). */
function fromScores(
  dataset: Dataset,
  scores: MediatorScores,
  met: () => MetPair[],
): AnalyzeDetailed {
  const out: AnalyzeDetailed = {
    dataset: dataset.id,
    actors: dataset.actors.length,
    relations: dataset.relations.length,
    get met() {
      return met();
    },
    mediators: scores.mediators,
  };
  if (scores.betweennessSampled) out.betweennessSampled = scores.betweennessSampled;
  return out;
}

export function analysisOf(dataset: Dataset): DatasetAnalysis {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const given = (): MediatorScores | undefined => installed.get(dataset);
  const detailed = lazy((): AnalyzeDetailed => {
    const scores = given();
    return scores ? fromScores(dataset, scores, () => met()) : analyzeDetailed(dataset);
  });
  const brokers = lazy(() => {
    const counts = given()?.brokerage;
    if (counts)
      return new Map(counts.map(([actor, c]) => [actor, { actor, counts: c, triples: [] }]));
    return new Map(brokerage(dataset).map((b) => [b.actor, b]));
  });
  const tl = lazy(() => timeline(dataset));
  let scored = false;
  const met = lazy((): MetPair[] => (scored && !given() ? detailed().met : metPairs(dataset)));
  const out: DatasetAnalysis = {
    dataset,
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    relations: new Map(dataset.relations.map((r) => [r.id, r])),
    get detailed() {
      scored = true;
      return detailed();
    },
    get scored() {
      return scored || given() !== undefined;
    },
    get installed() {
      return given() !== undefined;
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

/**
 * Scores computed by the worker (`mediatorScoresInWorker`) become the dataset's, unless its scores
 * were computed here already.
 */
export function installScores(dataset: Dataset, scores: MediatorScores): void {
  if (!analysisOf(dataset).scored) installed.set(dataset, scores);
}

export function useDatasetAnalysis(): DatasetAnalysis | undefined {
  const dataset = useAppState((s) => s.data.dataset);
  return useMemo(() => (dataset ? analysisOf(dataset) : undefined), [dataset]);
}

/** An actor's name (its id when unknown). */
export function nameOf(a: DatasetAnalysis, id: string): string {
  return a.actors.get(id)?.name ?? id;
}
