import { describe, expect, it } from 'vitest';
import {
  evidenceOf,
  formatScore,
  legendStops,
  lensRows,
  scoreOf,
  sizeScale,
} from '../../../src/graph/lens-model.ts';
import { analyzeDetailed } from '../../../src/graph/analysis.ts';
import { brokerage } from '../../../src/graph/brokerage.ts';
import { loadGaza, must } from './gaza.ts';

const gaza = loadGaza();
const detailed = analyzeDetailed(gaza);
const brokers = new Map(brokerage(gaza).map((b) => [b.actor, b]));

describe('lensRows', () => {
  it('ranks by the chosen score', () => {
    const byBetweenness = lensRows(gaza, detailed, 'betweenness', brokers);
    expect(byBetweenness[0]?.actor).toBe('israel');
    expect(new Set(byBetweenness.slice(1, 3).map((r) => r.actor))).toEqual(
      new Set(['witkoff', 'kushner']),
    );
    const byLiaison = lensRows(gaza, detailed, 'liaison', brokers);
    expect(new Set(byLiaison.slice(0, 2).map((r) => r.actor))).toEqual(
      new Set(['witkoff', 'kushner']),
    );
    for (let i = 1; i < byLiaison.length; i++) {
      expect(scoreOf(must(byLiaison[i - 1]), 'liaison')).toBeGreaterThanOrEqual(
        scoreOf(must(byLiaison[i]), 'liaison'),
      );
    }
  });

  it('sums the brokerage roles', () => {
    const w = lensRows(gaza, detailed, 'brokerage', brokers).find((r) => r.actor === 'witkoff');
    expect(w?.brokerageTotal).toBe(2 + 7 + 15);
    expect(scoreOf(must(w), 'brokerage')).toBe(24);
  });

  it('lists the intelligence services among the explicit mediators', () => {
    const rows = lensRows(gaza, detailed, 'mediatorRoles', brokers);
    const mediators = rows.filter((r) => r.mediatorRoles > 0).map((r) => r.actor);
    for (const id of ['qatar-intelligence', 'egypt-intelligence', 'turkey-intelligence']) {
      expect(mediators).toContain(id);
    }
  });
});

describe('evidenceOf', () => {
  it('gives the relations of the mediator roles', () => {
    const q = must(
      lensRows(gaza, detailed, 'mediatorRoles', brokers).find(
        (r) => r.actor === 'qatar-intelligence',
      ),
    );
    expect(evidenceOf(q, 'mediatorRoles').relations).toEqual(['sharm-el-sheikh-meeting']);
  });

  it('gives exactly the triples of a brokerage role, and the relations behind them', () => {
    const w = must(lensRows(gaza, detailed, 'liaison', brokers).find((r) => r.actor === 'witkoff'));
    const ev = evidenceOf(w, 'itinerant');
    expect(ev.triples).toHaveLength(2);
    for (const t of ev.triples) {
      expect(t.role).toBe('itinerant');
      for (const r of [...t.relationsIn, ...t.relationsOut]) expect(ev.relations).toContain(r);
    }
    expect(new Set(ev.relations).size).toBe(ev.relations.length);
    expect(evidenceOf(w, 'brokerage').triples).toHaveLength(24);
  });
});

describe('sizeScale and legend', () => {
  it('maps 0 to the minimum and the largest score to the maximum, area proportional', () => {
    const s = sizeScale([0, 4, 16], 20, 80);
    expect(s.size(0)).toBe(20);
    expect(s.size(16)).toBe(80);
    expect(s.size(4)).toBe(50);
    expect(legendStops(s)).toEqual([
      { score: 0, size: 20 },
      { score: 8, size: 62.4 },
      { score: 16, size: 80 },
    ]);
  });

  it('keeps counts whole in the legend', () => {
    const s = sizeScale([0, 1], 20, 80);
    expect(legendStops(s, true).map((x) => x.score)).toEqual([0, 1]);
    expect(legendStops(sizeScale([0, 27]), true).map((x) => x.score)).toEqual([0, 14, 27]);
  });

  it('gives every node the minimum when all scores are 0', () => {
    const s = sizeScale([0, 0]);
    expect(s.size(0)).toBe(s.min);
    expect(legendStops(s)).toEqual([{ score: 0, size: s.min }]);
  });

  it('formats scores', () => {
    expect(formatScore(3)).toBe('3');
    expect(formatScore(39.666667)).toBe('39.67');
    expect(formatScore(0.5)).toBe('0.5');
  });
});
