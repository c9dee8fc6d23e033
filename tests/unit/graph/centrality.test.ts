import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  actorBetweenness,
  betweenness,
  betweennessTrace,
  normalizedByMax,
} from '../../../src/graph/centrality.ts';
import { projectDataset } from '../../../src/graph/project.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { parseDataset } from '../../../src/model/validate.ts';
import { loadFixture } from './load-fixture.ts';

/** Raw undirected betweenness as cytoscape computes it (headless), halved to count each pair once. */
function cytoscapeBetweenness(nodes: string[], edges: [string, string][]): Map<string, number> {
  const cy = cytoscape({
    headless: true,
    elements: [
      ...nodes.map((id) => ({ data: { id } })),
      ...edges.map(([source, target], i) => ({ data: { id: `e${i}`, source, target } })),
    ],
  });
  const bc = cy.elements().betweennessCentrality({ directed: false });
  const out = new Map(nodes.map((id) => [id, bc.betweenness(cy.getElementById(id)) / 2]));
  cy.destroy();
  return out;
}

function projectedPairs(ds: Dataset): [string, string][] {
  return projectDataset(ds).map((e) => [e.source, e.target]);
}

describe('betweenness', () => {
  it("gives Krackhardt's kite its published raw values, the duplicate Heather–Ike relation collapsed", () => {
    const b = actorBetweenness(loadFixture('kite'));
    const expected: Record<string, number> = {
      heather: 14,
      fernando: 25 / 3,
      garth: 25 / 3,
      ike: 8,
      diane: 11 / 3,
      andre: 5 / 6,
      beverly: 5 / 6,
      carol: 0,
      ed: 0,
      jane: 0,
    };
    for (const [id, value] of Object.entries(expected)) expect(b.raw.get(id)).toBeCloseTo(value, 9);
    // Normalized by (n−1)(n−2)/2 = 36 pairs: Heather 0.389 as published.
    expect(b.normalized.get('heather')).toBeCloseTo(14 / 36, 9);
    expect(b.normalized.get('jane')).toBe(0);
  });

  it('handles a disconnected graph with an isolated actor (paths never cross components)', () => {
    const b = actorBetweenness(loadFixture('disconnected'));
    expect(Object.fromEntries(b.raw)).toEqual({
      m0: 0,
      p1: 2,
      p2: 2,
      p3: 0,
      q1: 0,
      q2: 2,
      q3: 2,
      q4: 0,
      solo: 0,
    });
  });

  it('ignores loops, duplicate edges and unknown ends; is 0 everywhere on fewer than 3 nodes', () => {
    const b = betweenness(
      ['a', 'b', 'c'],
      [
        ['a', 'b'],
        ['b', 'a'],
        ['b', 'b'],
        ['b', 'c'],
        ['c', 'ghost'],
      ],
    );
    expect(Object.fromEntries(b.raw)).toEqual({ a: 0, b: 1, c: 0 });
    expect(b.normalized.get('b')).toBe(1);
    expect(Object.fromEntries(betweenness(['a', 'b'], [['a', 'b']]).normalized)).toEqual({
      a: 0,
      b: 0,
    });
  });

  it("agrees with cytoscape's betweennessCentrality on the kite (raw and max-normalized)", () => {
    const ds = loadFixture('kite');
    const nodes = ds.actors.map((a) => a.id);
    const edges = projectedPairs(ds);
    const ours = betweenness(nodes, edges);
    const theirs = cytoscapeBetweenness(nodes, edges);
    for (const id of nodes) expect(ours.raw.get(id)).toBeCloseTo(theirs.get(id) ?? NaN, 9);
    const cy = cytoscape({
      headless: true,
      elements: [
        ...nodes.map((id) => ({ data: { id } })),
        ...edges.map(([source, target], i) => ({ data: { id: `e${i}`, source, target } })),
      ],
    });
    const bc = cy.elements().betweennessCentrality({ directed: false });
    const byMax = normalizedByMax(ours.raw);
    for (const id of nodes) {
      expect(byMax.get(id)).toBeCloseTo(bc.betweennessNormalized(cy.getElementById(id)), 9);
    }
  });

  it("agrees with cytoscape on the Gaza dataset's projection", () => {
    const parsed = parseDataset(
      readFileSync(
        new URL('../../../graph-data/gaza-ceasefire-2025.json', import.meta.url),
        'utf8',
      ),
    );
    if (!parsed.ok) throw new Error('the Gaza dataset does not validate');
    const nodes = parsed.dataset.actors.map((a) => a.id);
    const edges = projectedPairs(parsed.dataset);
    const ours = actorBetweenness(parsed.dataset);
    const theirs = cytoscapeBetweenness(nodes, edges);
    for (const id of nodes) expect(ours.raw.get(id)).toBeCloseTo(theirs.get(id) ?? NaN, 9);
  });

  it('agrees with cytoscape on random multigraphs (property)', () => {
    const graph = fc
      .integer({ min: 1, max: 12 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 }),
        ),
      );
    fc.assert(
      fc.property(graph, ([n, pairs]) => {
        const nodes = Array.from({ length: n }, (_, i) => `n${i}`);
        const edges = pairs
          .filter(([i, j]) => i !== j)
          .map(([i, j]): [string, string] => [`n${i}`, `n${j}`]);
        const ours = betweenness(nodes, edges);
        const theirs = cytoscapeBetweenness(nodes, edges);
        for (const id of nodes) {
          expect(ours.raw.get(id)).toBeCloseTo(theirs.get(id) ?? NaN, 9);
        }
      }),
      { numRuns: 150, seed: 20251126 },
    );
  });
});

describe('betweennessTrace', () => {
  it("lists the pairs behind Ike's 8 on the kite: Jane with each of the other 8", () => {
    const t = betweennessTrace(loadFixture('kite'), 'ike');
    expect(t.raw).toBeCloseTo(8, 9);
    expect(t.pairs.every((p) => p.share === 1)).toBe(true);
    expect(t.pairs.map((p) => (p.s === 'jane' ? p.t : p.s)).sort()).toEqual([
      'andre',
      'beverly',
      'carol',
      'diane',
      'ed',
      'fernando',
      'garth',
      'heather',
    ]);
    expect(t.relations.sort()).toEqual(['meeting-heather-ike', 'tie-heather-ike', 'tie-ike-jane']);
  });

  it('sums to the raw betweenness of every actor, on the kite and on the Gaza dataset', () => {
    const parsed = parseDataset(
      readFileSync(
        new URL('../../../graph-data/gaza-ceasefire-2025.json', import.meta.url),
        'utf8',
      ),
    );
    if (!parsed.ok) throw new Error('the Gaza dataset does not validate');
    for (const ds of [loadFixture('kite'), loadFixture('disconnected'), parsed.dataset]) {
      const b = actorBetweenness(ds);
      for (const a of ds.actors) {
        expect(betweennessTrace(ds, a.id).raw).toBeCloseTo(b.raw.get(a.id) ?? NaN, 9);
      }
    }
  });

  it('gives nothing for an actor on no shortest path, and for an unknown id', () => {
    const ds = loadFixture('kite');
    expect(betweennessTrace(ds, 'jane')).toEqual({
      actor: 'jane',
      raw: 0,
      pairs: [],
      relations: [],
    });
    expect(betweennessTrace(ds, 'nobody').pairs).toEqual([]);
  });
});
