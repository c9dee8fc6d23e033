/**
 * The mediators lens: the scores an actor can be sized by, a size scale with its legend, the ranked
 * table, and the evidence behind each number (the relations, or the brokered triples).
 * Pure: the detailed analysis in (`analyzeDetailed`), values out.
 */
import type { Dataset } from '../model/schema.ts';
import type { AnalyzeDetailed, MediatorDetail } from './analysis.ts';
import {
  BROKERAGE_ROLES,
  emptyCounts,
  type BrokerageRole,
  type BrokerageTriple,
} from './brokerage.ts';

export type ScoreKey = 'mediatorRoles' | 'betweenness' | 'brokerage' | BrokerageRole;

export const SCORE_KEYS: readonly ScoreKey[] = [
  'mediatorRoles',
  'betweenness',
  'brokerage',
  ...BROKERAGE_ROLES,
];

export const SCORE_LABELS: Record<ScoreKey, string> = {
  mediatorRoles: 'Mediator roles',
  betweenness: 'Betweenness',
  brokerage: 'Brokerage (all roles)',
  coordinator: 'Brokerage: coordinator',
  itinerant: 'Brokerage: itinerant',
  gatekeeper: 'Brokerage: gatekeeper',
  representative: 'Brokerage: representative',
  liaison: 'Brokerage: liaison',
};

/** One row of the ranked table: an actor and every score, with their evidence. */
export interface LensRow extends MediatorDetail {
  name: string;
  brokerageTotal: number;
}

function isRole(key: ScoreKey): key is BrokerageRole {
  return (BROKERAGE_ROLES as readonly string[]).includes(key);
}

export function scoreOf(row: LensRow, key: ScoreKey): number {
  if (key === 'mediatorRoles') return row.mediatorRoles;
  if (key === 'betweenness') return row.betweenness;
  if (key === 'brokerage') return row.brokerageTotal;
  return row.brokerage[key];
}

/**
 * Every actor with a non-zero score of any kind (the analysis lists those with mediator roles or
 * betweenness; actors with brokerage alone are added), ranked by `key` descending, then by the
 * analysis's own order.
 */
export function lensRows(
  dataset: Pick<Dataset, 'actors'>,
  detailed: AnalyzeDetailed,
  key: ScoreKey,
  brokerageOf: ReadonlyMap<
    string,
    { counts: MediatorDetail['brokerage']; triples: BrokerageTriple[] }
  >,
): LensRow[] {
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const total = (c: MediatorDetail['brokerage']): number =>
    BROKERAGE_ROLES.reduce((s, r) => s + c[r], 0);
  const rows: LensRow[] = detailed.mediators.map((m) => ({
    ...m,
    name: names.get(m.actor) ?? m.actor,
    brokerageTotal: total(m.brokerage),
  }));
  const listed = new Set(rows.map((r) => r.actor));
  for (const a of dataset.actors) {
    const b = brokerageOf.get(a.id);
    if (listed.has(a.id) || !b || total(b.counts) === 0) continue;
    rows.push({
      actor: a.id,
      name: a.name,
      mediatorRoles: 0,
      mediatorRelations: [],
      betweenness: 0,
      betweennessNormalized: 0,
      brokerage: { ...emptyCounts(), ...b.counts },
      brokerageTriples: b.triples,
      brokerageTotal: total(b.counts),
    });
  }
  const order = new Map(rows.map((r, i) => [r.actor, i]));
  return rows.sort(
    (x, y) =>
      scoreOf(y, key) - scoreOf(x, key) ||
      (order.get(x.actor) as number) - (order.get(y.actor) as number),
  );
}

export interface SizeScale {
  min: number;
  max: number;
  /** The largest score (the domain is [0, maxScore]). */
  maxScore: number;
  size(score: number): number;
}

/**
 * Node diameters by score: area proportional to the score (diameter ∝ √score), from `min` px at 0
 * to `max` px at the largest score. With every score 0 every node gets `min`.
 */
export function sizeScale(scores: Iterable<number>, min = 24, max = 84): SizeScale {
  let maxScore = 0;
  for (const s of scores) if (s > maxScore) maxScore = s;
  const size = (score: number): number => {
    if (maxScore <= 0 || score <= 0) return min;
    const t = Math.sqrt(Math.min(score, maxScore) / maxScore);
    return Math.round((min + (max - min) * t) * 10) / 10;
  };
  return { min, max, maxScore, size };
}

/** The legend's stops: 0, about half (a whole number for counts), and the largest score (distinct values only). */
export function legendStops(scale: SizeScale, integers = false): { score: number; size: number }[] {
  const half = integers
    ? Math.round(scale.maxScore / 2)
    : scale.maxScore >= 2
      ? niceRound(scale.maxScore / 2)
      : scale.maxScore / 2;
  const values = [0, half, scale.maxScore].filter((v, i, a) => a.indexOf(v) === i);
  return values.map((score) => ({ score, size: scale.size(score) }));
}

function niceRound(x: number): number {
  return x >= 10 ? Math.round(x) : Math.round(x * 10) / 10;
}

/** A score as shown: integers as they are, betweenness with at most 2 decimals. */
export function formatScore(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}

/** What earned a score: the relations behind it, and for brokerage the triples. */
export interface Evidence {
  relations: string[];
  triples: BrokerageTriple[];
}

/**
 * The evidence behind a row's brokerage or mediator-roles score (betweenness has its own, see
 * `betweenness-evidence.ts`). Relations are listed once each, in the order first met.
 */
export function evidenceOf(row: LensRow, key: Exclude<ScoreKey, 'betweenness'>): Evidence {
  if (key === 'mediatorRoles') return { relations: [...row.mediatorRelations], triples: [] };
  const triples = isRole(key)
    ? row.brokerageTriples.filter((t) => t.role === key)
    : row.brokerageTriples;
  const relations: string[] = [];
  const seen = new Set<string>();
  for (const t of triples) {
    for (const r of [...t.relationsIn, ...t.relationsOut]) {
      if (!seen.has(r)) {
        seen.add(r);
        relations.push(r);
      }
    }
  }
  return { relations, triples };
}
