/**
 * All of `backchannel analyze` in one place: `analyzeDetailed` keeps the evidence behind every number
 * (for the explorer), `analyzeDataset` gives exactly the JSON interface of the CLI (issue 2, item 5).
 */
import type { Dataset } from '../model/schema.ts';
import { brokerage, emptyCounts, type BrokerageCounts, type BrokerageTriple } from './brokerage.ts';
import { actorBetweenness } from './centrality.ts';
import { mediatorRoles } from './mediators.ts';
import { metPairs, type MetPair } from './met.ts';

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
}

/** Betweenness as reported: rounded to 6 decimals so that floating-point noise neither shows nor sorts. */
function rounded(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export interface AnalyzeOptions {
  /** Keep the brokerage triples (default true; the CLI, which does not show them, saves the memory). */
  brokerageTriples?: boolean;
}

export function analyzeDetailed(dataset: Dataset, options: AnalyzeOptions = {}): AnalyzeDetailed {
  const roles = mediatorRoles(dataset);
  const between = actorBetweenness(dataset);
  const brokers = new Map(
    brokerage(dataset, { triples: options.brokerageTriples ?? true }).map((b) => [b.actor, b]),
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
  return {
    dataset: dataset.id,
    actors: dataset.actors.length,
    relations: dataset.relations.length,
    met: metPairs(dataset),
    mediators,
  };
}

/** The `analyze --json` object of a dataset. `betweenness` is the RAW UNDIRECTED value (each pair once). */
export function analyzeDataset(dataset: Dataset): AnalyzeJson {
  return toAnalyzeJson(analyzeDetailed(dataset, { brokerageTriples: false }));
}

export function toAnalyzeJson(d: AnalyzeDetailed): AnalyzeJson {
  return {
    dataset: d.dataset,
    actors: d.actors,
    relations: d.relations,
    met: d.met.map((p) => ({ a: p.a, b: p.b, relations: [...p.relations] })),
    mediators: d.mediators.map((m) => ({
      actor: m.actor,
      mediatorRoles: m.mediatorRoles,
      betweenness: m.betweenness,
      brokerage: { ...m.brokerage },
    })),
  };
}
