/**
 * All of `backchannel analyze` in one place: `analyzeDetailed` keeps the evidence behind every number
 * (for the explorer), `analyzeDataset` gives exactly the JSON interface of the CLI (issue 2, item 5).
 */
import type { Dataset } from '../model/schema.ts';
import { brokerage, emptyCounts, type BrokerageCounts, type BrokerageTriple } from './brokerage.ts';
import { actorBetweenness, type BetweennessSample, type BrandesOptions } from './centrality.ts';
import { mediatorRoles } from './mediators.ts';
import { metPairs, type MetPair } from './met.ts';
import { projectDataset } from './project.ts';
import { assertWithinAnalysisLimits } from './budget.ts';

/** The `analyze --json` object. */
export interface AnalyzeJson {
  dataset: string;
  actors: number;
  relations: number;
  met: { a: string; b: string; relations: string[] }[];
  mediators: {
    actor: string;
    mediatorRoles: number;
    betweenness: number;
    brokerage: BrokerageCounts;
  }[];
  /**
   * Only when betweenness was estimated from a seeded sample of sources (large networks: see
   * BETWEENNESS_EXACT_WORK in centrality.ts); absent, every betweenness value is exact.
   */
  betweennessSampled?: BetweennessSample;
}

export interface MediatorDetail {
  actor: string;
  mediatorRoles: number;
  /** The relations in which the actor is a mediator. */
  mediatorRelations: string[];
  /** Raw undirected betweenness on the projected actor network (see centrality.ts). */
  betweenness: number;
  /** Betweenness ÷ ((n−1)(n−2)/2). */
  betweennessNormalized: number;
  brokerage: BrokerageCounts;
  /** The open two-paths behind the brokerage counts (empty when not kept: see AnalyzeOptions). */
  brokerageTriples: BrokerageTriple[];
}

export interface AnalyzeDetailed {
  dataset: string;
  actors: number;
  relations: number;
  met: MetPair[];
  /** Sorted as in the JSON: mediator roles, then betweenness, both descending; ties by id. */
  mediators: MediatorDetail[];
  /** Present when betweenness values are estimates (see `AnalyzeJson.betweennessSampled`). */
  betweennessSampled?: BetweennessSample;
}

/** Betweenness as reported: rounded to 6 decimals so that floating-point noise neither shows nor sorts. */
function rounded(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export interface AnalyzeOptions extends BrandesOptions {
  /** Keep the brokerage triples (default true; the CLI, which does not show them, saves the memory). */
  brokerageTriples?: boolean;
  /** Keep how each pair met (default true; `analyze --json` does not print it). */
  metEvidence?: boolean;
  /** Also list every actor's non-zero brokerage counts (`MediatorScores.brokerage`; default false). */
  everyBrokerage?: boolean;
}

export interface MediatorScores {
  /** Sorted as in the JSON: mediator roles, then betweenness, both descending; ties by id. */
  mediators: MediatorDetail[];
  betweennessSampled?: BetweennessSample;
  /**
   * With `everyBrokerage`: each actor with any brokerage, and its counts, in dataset order (some have
   * no mediator role and no betweenness, so are not in `mediators`).
   */
  brokerage?: [string, BrokerageCounts][];
}

/**
 * Mediator roles, betweenness and brokerage of every actor: a dataset in, scores out. Pure and
 * self-contained, so that a worker can call it; `onProgress` reports the betweenness searches (the
 * long part), `maxWork` and `seed` bound and seed it (see `brandesScores`).
 */
export function mediatorScores(
  dataset: Pick<Dataset, 'actors' | 'relations'>,
  options: AnalyzeOptions = {},
): MediatorScores {
  assertWithinAnalysisLimits(dataset);
  const edges = projectDataset(dataset);
  const roles = mediatorRoles(dataset);
  const between = actorBetweenness(dataset, { ...options, edges });
  const brokers = new Map(
    brokerage(dataset, { triples: options.brokerageTriples ?? true, edges }).map((b) => [
      b.actor,
      b,
    ]),
  );
  const mediators: MediatorDetail[] = [];
  for (const actor of dataset.actors) {
    const role = roles.get(actor.id);
    const raw = rounded(between.raw.get(actor.id) ?? 0);
    if (!role && raw === 0) continue;
    const broker = brokers.get(actor.id);
    mediators.push({
      actor: actor.id,
      mediatorRoles: role?.count ?? 0,
      mediatorRelations: role?.relations ?? [],
      betweenness: raw,
      betweennessNormalized: rounded(between.normalized.get(actor.id) ?? 0),
      brokerage: broker?.counts ?? emptyCounts(),
      brokerageTriples: broker?.triples ?? [],
    });
  }
  mediators.sort(
    (x, y) =>
      y.mediatorRoles - x.mediatorRoles ||
      y.betweenness - x.betweenness ||
      (x.actor < y.actor ? -1 : x.actor > y.actor ? 1 : 0),
  );
  const out: MediatorScores = { mediators };
  if (between.sampled) out.betweennessSampled = between.sampled;
  if (options.everyBrokerage) {
    out.brokerage = [];
    for (const [actor, b] of brokers) {
      if (Object.values(b.counts).some((n) => n > 0)) out.brokerage.push([actor, b.counts]);
    }
  }
  return out;
}

export function analyzeDetailed(dataset: Dataset, options: AnalyzeOptions = {}): AnalyzeDetailed {
  const scores = mediatorScores(dataset, options);
  const out: AnalyzeDetailed = {
    dataset: dataset.id,
    actors: dataset.actors.length,
    relations: dataset.relations.length,
    met: metPairs(dataset, { evidence: options.metEvidence ?? true }),
    mediators: scores.mediators,
  };
  if (scores.betweennessSampled) out.betweennessSampled = scores.betweennessSampled;
  return out;
}

/** The `analyze --json` object of a dataset. `betweenness` is the RAW UNDIRECTED value (each pair once). */
export function analyzeDataset(dataset: Dataset): AnalyzeJson {
  return toAnalyzeJson(analyzeDetailed(dataset, { brokerageTriples: false, metEvidence: false }));
}

export function toAnalyzeJson(d: AnalyzeDetailed): AnalyzeJson {
  const json: AnalyzeJson = {
    dataset: d.dataset,
    actors: d.actors,
    relations: d.relations,
    // The relation lists are shared with `d`, not copied (250,000 pairs at 20,000 actors).
    met: d.met.map((p) => ({ a: p.a, b: p.b, relations: p.relations })),
    mediators: d.mediators.map((m) => ({
      actor: m.actor,
      mediatorRoles: m.mediatorRoles,
      betweenness: m.betweenness,
      brokerage: { ...m.brokerage },
    })),
  };
  if (d.betweennessSampled) json.betweennessSampled = { ...d.betweennessSampled };
  return json;
}
