/**
 * Cost at scale (issues 14 and 16): deep `memberOf` chains, large meetings, bounded work.
 * Timings are generous bounds (the machine is shared), chosen so that the quadratic code they
 * replaced fails them.
 */
import { describe, expect, it } from 'vitest';
import { blocsOf, isAncestor, memberForest } from '../../../src/graph/blocs.ts';
import { brokerage, brokerageCounts } from '../../../src/graph/brokerage.ts';
import { brandes, brandesScores, simpleGraph } from '../../../src/graph/centrality.ts';
import { analyzeDetailed } from '../../../src/graph/analysis.ts';
import { AnalysisLimitError, analysisLoad } from '../../../src/graph/budget.ts';
import { metPairs, presenceIndex } from '../../../src/graph/met.ts';
import { paths } from '../../../src/graph/paths.ts';
import { projectDataset } from '../../../src/graph/project.ts';
import { generateDataset } from '../../../src/gen/generate.ts';
import { bigMeetingDataset, deepChainDataset } from '../../../src/gen/stress.ts';
import { seededRandom } from '../../../src/model/random.ts';
import { validateDataset } from '../../../src/model/validate.ts';
import type { Actor, Dataset } from '../../../src/model/schema.ts';

/** The CPU time of `f` (less sensitive than wall time to the other processes of a shared machine). */
function timed<T>(f: () => T): { value: T; ms: number } {
  const t = process.cpuUsage();
  const value = f();
  const d = process.cpuUsage(t);
  return { value, ms: (d.user + d.system) / 1000 };
}

describe('the memberOf forest', () => {
  it('gives a 10,000-deep chain its blocs and ancestor tests in linear time', () => {
    const ds = deepChainDataset(10_000);
    const { value: blocs, ms } = timed(() => blocsOf(ds.actors));
    expect(blocs.get('c10000')).toBe('c1');
    expect(blocs.get('p2')).toBe('c1'); // a member of the deepest link
    expect(blocs.get('p1')).toBe('p1');
    const index = timed(() => presenceIndex(ds.actors));
    expect(ms + index.ms).toBeLessThan(1_000); // the per-actor walks took seconds and 1.6 GB
    const forest = index.value.forest;
    expect(isAncestor(forest, 'c1', 'c10000')).toBe(true);
    expect(isAncestor(forest, 'c10000', 'c1')).toBe(false);
    expect(isAncestor(forest, 'c9999', 'p2')).toBe(true);
    expect(isAncestor(forest, 'c1', 'p1')).toBe(false);
    expect(isAncestor(forest, 'c5', 'c5')).toBe(false);
  });

  it('answers ancestor tests as a walk up the chain does, on random forests with a cycle', () => {
    const rand = seededRandom(5);
    for (let round = 0; round < 20; round++) {
      const n = 40;
      const actors: { id: string; memberOf?: string }[] = [];
      for (let i = 0; i < n; i++) {
        const a: { id: string; memberOf?: string } = { id: `a${i}` };
        const r = rand();
        if (r < 0.7 && i > 0) a.memberOf = `a${Math.floor(rand() * i)}`;
        else if (r < 0.75)
          a.memberOf = `a${Math.floor(rand() * n)}`; // may close a cycle
        else if (r < 0.8) a.memberOf = 'ghost';
        actors.push(a);
      }
      const parent = new Map(actors.map((a) => [a.id, a.memberOf]));
      const walk = (anc: string, d: string): boolean => {
        const seen = new Set([d]);
        for (
          let p = parent.get(d);
          p !== undefined && parent.has(p) && !seen.has(p);
          p = parent.get(p)
        ) {
          if (p === anc) return true;
          seen.add(p);
        }
        return false;
      };
      const forest = memberForest(actors);
      for (const x of actors) {
        for (const y of actors) {
          if (x.id === y.id) continue;
          expect(isAncestor(forest, x.id, y.id), `${x.id} above ${y.id}`).toBe(walk(x.id, y.id));
        }
      }
      // Blocs as the per-actor walk gives them (the top before a repeat on a cycle).
      const top = (id: string): string => {
        let t = id;
        const seen = new Set([t]);
        for (
          let p = parent.get(t);
          p !== undefined && parent.has(p) && !seen.has(p);
          p = parent.get(t)
        ) {
          t = p;
          seen.add(p);
        }
        return t;
      };
      const blocs = blocsOf(actors);
      for (const a of actors) expect(blocs.get(a.id), a.id).toBe(top(a.id));
    }
  });
});

describe('deep chains in the analyses', () => {
  it('analyses a 10,000-deep chain (10,018 actors) and finds paths in it in seconds', () => {
    const ds = deepChainDataset(10_000);
    expect(validateDataset(ds).ok).toBe(true);
    const a = timed(() => analyzeDetailed(ds, { brokerageTriples: false }));
    expect(a.ms).toBeLessThan(5_000);
    // p1 meets the deepest delegation and its members p2, p4, … (present through it).
    expect(a.value.met.some((m) => m.a === 'p1' && m.b === 'p2')).toBe(true);
    const p = timed(() => paths(ds, 'p1', 'p17'));
    expect(p.ms).toBeLessThan(5_000);
    expect(p.value.direct.length + p.value.shortest.chains.length).toBeGreaterThan(0);
  });
});

describe('met pairs without evidence', () => {
  it('lists the same pairs and relations, with empty evidence', () => {
    const ds = deepChainDataset(200);
    const full = metPairs(ds);
    const bare = metPairs(ds, { evidence: false });
    expect(bare.map((p) => [p.a, p.b, p.relations])).toEqual(
      full.map((p) => [p.a, p.b, p.relations]),
    );
    expect(bare.every((p) => p.evidence.length === 0)).toBe(true);
    expect(full.every((p) => p.evidence.length === p.relations.length)).toBe(true);
  });
});

describe('brokerage counts without triples', () => {
  const cases: [string, Dataset][] = [
    ['generated, 400 actors', generateDataset({ actors: 400, seed: 9 })],
    ['generated, 150 actors, dense', generateDataset({ actors: 150, seed: 4, relations: 900 })],
    ['one meeting of 60 and a ring', bigMeetingDataset(60)],
  ];
  for (const [name, ds] of cases) {
    it(`equal the counts of the enumerated triples: ${name}`, () => {
      const enumerated = brokerage(ds, { triples: true }).map((b) => b.counts);
      const counted = brokerageCounts(
        ds.actors.map((a) => a.id),
        projectDataset(ds),
        blocsOf(ds.actors),
      );
      expect(counted).toEqual(enumerated);
      expect(enumerated.some((c) => c.liaison + c.coordinator > 0)).toBe(true);
    });
  }

  it('finds no open two-path inside a meeting of 600 (a clique), in seconds', () => {
    const ds = bigMeetingDataset(600);
    const { value, ms } = timed(() => brokerage(ds, { triples: false }));
    expect(ms).toBeLessThan(5_000); // 2·10⁸ map look-ups before
    const inClique = value.find((b) => b.actor === 'q300');
    expect(inClique?.counts).toEqual({
      coordinator: 0,
      itinerant: 0,
      gatekeeper: 0,
      representative: 0,
      liaison: 0,
    });
  });
});

describe('betweenness with bounded work', () => {
  const ds = generateDataset({ actors: 600, seed: 2 });
  const graph = simpleGraph(
    ds.actors.map((a) => a.id),
    projectDataset(ds).map((e) => [e.source, e.target] as const),
  );
  const arcs = graph.adjacency.reduce((s, l) => s + l.length, 0);

  it('is exact below the bound, and the same as plain Brandes', () => {
    const r = brandesScores(graph, { maxWork: arcs * graph.ids.length });
    expect(r.sources).toBe(r.eligible);
    expect([...r.raw]).toEqual([...brandes(graph)]);
  });

  it('samples sources above it: seeded, with progress, close to the exact ranking', () => {
    const progress: [number, number][] = [];
    const opts = { maxWork: arcs * 200, seed: 3, progressEvery: 50 };
    const a = brandesScores(graph, { ...opts, onProgress: (d, t) => progress.push([d, t]) });
    const b = brandesScores(graph, opts);
    expect(a.sources).toBe(200);
    expect(a.eligible).toBeGreaterThan(400);
    expect([...a.raw]).toEqual([...b.raw]);
    expect(progress).toEqual([
      [50, 200],
      [100, 200],
      [150, 200],
      [200, 200],
    ]);
    const exact = brandes(graph);
    const top = (xs: Float64Array): number[] =>
      [...xs.keys()].sort((i, j) => (xs[j] as number) - (xs[i] as number)).slice(0, 10);
    const shared = top(a.raw).filter((i) => top(exact).includes(i)).length;
    expect(shared).toBeGreaterThanOrEqual(7);
    const sum = (xs: Float64Array): number => xs.reduce((s, x) => s + x, 0);
    expect(Math.abs(sum(a.raw) / sum(exact) - 1)).toBeLessThan(0.1);
  });

  it('says in the analysis when the values are estimates', () => {
    const d = analyzeDetailed(ds, { brokerageTriples: false, maxWork: arcs * 100 });
    expect(d.betweennessSampled).toEqual({ sources: 100, eligible: expect.any(Number), seed: 1 });
    expect(analyzeDetailed(ds, { brokerageTriples: false }).betweennessSampled).toBeUndefined();
  });
});

describe('analysis limits', () => {
  it('counts what a meeting brings: participants and their delegations’ members', () => {
    const actors: Actor[] = [
      { id: 'd', name: 'D', kind: 'delegation' },
      { id: 'e', name: 'E', kind: 'delegation', memberOf: 'd' },
      { id: 'x', name: 'X', kind: 'person', memberOf: 'e' },
      { id: 'y', name: 'Y', kind: 'person', memberOf: 'd' },
      { id: 'z', name: 'Z', kind: 'person' },
    ];
    const ds = {
      actors,
      relations: [
        { id: 'm', kind: 'meeting', participants: [{ actor: 'd' }, { actor: 'z' }] },
        {
          id: 's',
          kind: 'statement',
          participants: [{ actor: 'd' }, { actor: 'z', role: 'addressee' }],
        },
      ],
    } as Pick<Dataset, 'actors' | 'relations'>;
    // m: d, z + e, x, y present → 5 → 10 pairs; s: 2 participants → 1 pair; presence 5 + 5.
    expect(analysisLoad(ds)).toEqual({
      pairs: 11,
      presence: 10,
      largest: { relation: 'm', present: 5 },
    });
  });

  it('refuses, in one line, a meeting whose delegation brings 3,000 members', () => {
    const actors: Actor[] = [{ id: 'del', name: 'Delegation', kind: 'delegation' }];
    for (let i = 0; i < 3_000; i++) {
      actors.push({ id: `m${i}`, name: `Member ${i}`, kind: 'person', memberOf: 'del' });
    }
    actors.push({ id: 'host', name: 'Host', kind: 'person' });
    const ds = {
      schemaVersion: 1,
      id: 'huge-delegation',
      title: 'Huge delegation',
      sources: [],
      actors,
      relations: [
        { id: 'r', kind: 'meeting', participants: [{ actor: 'del' }, { actor: 'host' }] },
      ],
    } as Dataset;
    let error: unknown;
    try {
      analyzeDetailed(ds);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AnalysisLimitError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message).toContain("relation 'r', has 3,002 actors present");
    expect(message).toContain('the limit is 2,000,000');
    expect(() => metPairs({ ...ds, relations: [] })).not.toThrow();
  });
});
