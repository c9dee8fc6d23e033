import { describe, expect, it } from 'vitest';
import {
  brokerage,
  brokerageOfActor,
  brokerageRole,
  relationsByActor,
  directedArcs,
  emptyCounts,
  type BrokerageCounts,
} from '../../../src/graph/brokerage.ts';
import { generateDataset } from '../../../src/gen/generate.ts';
import { loadGaza } from './gaza.ts';
import { loadFixture } from './load-fixture.ts';

describe('brokerageRole', () => {
  it('names each of the five Gould–Fernandez roles from the groups of source, broker, destination', () => {
    expect(brokerageRole('A', 'A', 'A')).toBe('coordinator');
    expect(brokerageRole('A', 'B', 'A')).toBe('itinerant');
    expect(brokerageRole('A', 'B', 'B')).toBe('gatekeeper');
    expect(brokerageRole('A', 'A', 'B')).toBe('representative');
    expect(brokerageRole('A', 'B', 'C')).toBe('liaison');
  });
});

describe('brokerage (hand-worked fixture, blocs as groups)', () => {
  const ds = loadFixture('brokerage-roles');
  const result = brokerage(ds);
  const byActor = new Map(result.map((b) => [b.actor, b]));
  const counts = (over: Partial<BrokerageCounts>): BrokerageCounts => ({
    ...emptyCounts(),
    ...over,
  });

  it('counts exactly the open two-paths worked out by hand', () => {
    const nonZero = Object.fromEntries(
      result
        .filter((b) => Object.values(b.counts).some((n) => n > 0))
        .map((b) => [b.actor, b.counts]),
    );
    expect(nonZero).toEqual({
      a2: counts({ coordinator: 1 }), // a1 → a2 → a3, all in ga
      b1: counts({ itinerant: 1 }), // a4 → b1 → a5
      b2: counts({ gatekeeper: 1 }), // a6 → b2 → b3
      b5: counts({ representative: 1 }), // b4 → b5 → c1
      b6: counts({ liaison: 1 }), // a7 → b6 → c2 (c2's bloc is gc through c-sub)
      // The three-cycle c4 → b8 → a9 → c4: each two-path is open (only a → c closes one).
      b8: counts({ liaison: 1 }),
      a9: counts({ liaison: 1 }),
      c4: counts({ liaison: 1 }),
      // d2 → d1 (two statements, one arc) and the d1–b9 meeting (both directions).
      d1: counts({ representative: 1 }),
    });
  });

  it('does not count a closed triad (a8 → b7 → c3 with a8 → c3)', () => {
    expect(byActor.get('b7')?.counts).toEqual(emptyCounts());
  });

  it('keeps the triples behind each count, with the relations of both arcs', () => {
    expect(byActor.get('d1')?.triples).toEqual([
      {
        a: 'd2',
        broker: 'd1',
        c: 'b9',
        role: 'representative',
        relationsIn: ['multi-1', 'multi-2'],
        relationsOut: ['undirected-1'],
      },
    ]);
    expect(byActor.get('b6')?.triples).toEqual([
      {
        a: 'a7',
        broker: 'b6',
        c: 'c2',
        role: 'liaison',
        relationsIn: ['liaison-1'],
        relationsOut: ['liaison-2'],
      },
    ]);
  });

  it('gives every actor an entry, in dataset order, zero when it brokers nothing', () => {
    expect(result.map((b) => b.actor)).toEqual(ds.actors.map((a) => a.id));
    expect(byActor.get('ga')?.counts).toEqual(emptyCounts());
  });

  it('uses the groups given instead of blocs, and can drop the triples', () => {
    // Everyone in one group: every open two-path is coordination.
    const one = new Map(ds.actors.map((a) => [a.id, 'all']));
    const all = brokerage(ds, { groups: one, triples: false });
    expect(all.reduce((sum, b) => sum + b.counts.coordinator, 0)).toBe(9);
    expect(all.every((b) => b.triples.length === 0)).toBe(true);
  });

  it('builds collapsed arcs, undirected edges both ways', () => {
    const arcs = directedArcs(ds);
    expect(arcs.get('d2')?.get('d1')).toEqual(['multi-1', 'multi-2']);
    expect(arcs.get('d1')?.get('b9')).toEqual(['undirected-1']);
    expect(arcs.get('b9')?.get('d1')).toEqual(['undirected-1']);
    expect(arcs.get('d1')?.has('d2')).toBe(false);
  });
});

describe('brokerageOfActor (one actor, from its own relations and its in-neighbours’)', () => {
  it('gives every actor exactly what brokerage gives it, triples and their relations included', () => {
    for (const ds of [loadFixture('brokerage-roles'), loadFixture('met-delegations'), loadGaza()]) {
      const relationsOf = relationsByActor(ds.relations);
      const all = brokerage(ds);
      let withTriples = 0;
      for (const b of all) {
        expect(brokerageOfActor(ds, b.actor, { relationsOf })).toEqual(b);
        if (b.triples.length > 0) withTriples++;
      }
      expect(withTriples).toBeGreaterThan(0);
    }
  });

  it('matches on a generated network with delegations and every relation kind', () => {
    const ds = generateDataset({ actors: 300, relations: 900, seed: 7 });
    const relationsOf = relationsByActor(ds.relations);
    const all = brokerage(ds);
    const busiest = [...all].sort((x, y) => y.triples.length - x.triples.length).slice(0, 25);
    expect(busiest[0]?.triples.length).toBeGreaterThan(10);
    for (const b of busiest) expect(brokerageOfActor(ds, b.actor, { relationsOf })).toEqual(b);
    expect(brokerageOfActor(ds, 'no-such-actor').counts).toEqual(emptyCounts());
  });
});
