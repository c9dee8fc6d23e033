import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../../src/gen/generate.ts';
import { analyzeDetailed, mediatorScores } from '../../../../src/graph/analysis.ts';
import { brokerage } from '../../../../src/graph/brokerage.ts';
import { metPairs } from '../../../../src/graph/met.ts';
import { analysisOf, installScores } from '../../../../src/ui/analysis/data.ts';

describe('installScores (the worker’s scores become the dataset’s)', () => {
  it('serves the installed scores without computing them, brokerage without triples', () => {
    const ds = generateDataset({ actors: 300, relations: 900, seed: 3 });
    const a = analysisOf(ds);
    expect(a.scored).toBe(false);
    const scores = mediatorScores(ds, { brokerageTriples: false, everyBrokerage: true });
    installScores(ds, scores);
    expect(a.scored).toBe(true);
    expect(a.installed).toBe(true);
    expect(a.detailed.mediators).toBe(scores.mediators);
    expect(a.detailed.met).toEqual(metPairs(ds));
    const local = brokerage(ds).filter((b) => Object.values(b.counts).some((n) => n > 0));
    expect(local.length).toBeGreaterThan(10);
    expect([...a.brokerage.values()]).toEqual(local.map((b) => ({ ...b, triples: [] })));
    // The same numbers as the scores computed here.
    const here = analyzeDetailed(ds);
    expect(a.detailed.mediators.map((m) => [m.actor, m.betweenness, m.brokerage])).toEqual(
      here.mediators.map((m) => [m.actor, m.betweenness, m.brokerage]),
    );
  });

  it('is ignored once the scores were computed here', () => {
    const ds = generateDataset({ actors: 120, relations: 300, seed: 4 });
    const a = analysisOf(ds);
    const first = a.detailed;
    installScores(ds, { mediators: [] });
    expect(a.installed).toBe(false);
    expect(a.detailed).toBe(first);
    expect(first.mediators.length).toBeGreaterThan(0);
  });
});
