import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../src/gen/generate.ts';
import { mulberry32 } from '../../../src/gen/random.ts';
import { parseDataset, validateDataset } from '../../../src/model/validate.ts';
import { projectDataset } from '../../../src/graph/project.ts';
import { blocsOf } from '../../../src/graph/blocs.ts';

describe('generateDataset', () => {
  for (const actors of [100, 1_000]) {
    it(`makes a valid dataset of ${actors} actors`, () => {
      const ds = generateDataset({ actors, seed: 7 });
      const parsed = parseDataset(JSON.stringify(ds));
      expect(parsed.ok ? [] : parsed.problems.slice(0, 5)).toEqual([]);
      expect(validateDataset(ds).ok).toBe(true);
      expect(ds.actors).toHaveLength(actors);
    });
  }

  it('gives the same dataset for the same seed and another for another seed', () => {
    const a = JSON.stringify(generateDataset({ actors: 500, seed: 42 }));
    expect(JSON.stringify(generateDataset({ actors: 500, seed: 42 }))).toBe(a);
    expect(JSON.stringify(generateDataset({ actors: 500, seed: 43 }))).not.toBe(a);
  });

  it('has blocs, about three participations per actor, meetings of 3–6, directed kinds and dates', () => {
    const ds = generateDataset({ actors: 1_000, seed: 3 });
    const kinds = new Set(ds.actors.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(['delegation', 'organization', 'person', 'state']);
    // persons inside groups inside states
    const byId = new Map(ds.actors.map((a) => [a.id, a]));
    const nested = ds.actors.filter((a) => {
      const parent = a.memberOf ? byId.get(a.memberOf) : undefined;
      return a.kind === 'person' && parent?.memberOf !== undefined;
    });
    expect(nested.length).toBeGreaterThan(500);
    expect(new Set(blocsOf(ds.actors).values()).size).toBeLessThan(200);

    const participations = ds.relations.reduce((s, r) => s + r.participants.length, 0);
    expect(participations / ds.actors.length).toBeGreaterThan(2.5);
    expect(participations / ds.actors.length).toBeLessThan(4);

    const meetings = ds.relations.filter((r) => r.kind === 'meeting');
    expect(meetings.length).toBeGreaterThan(100);
    for (const m of meetings) {
      expect(m.participants.length).toBeGreaterThanOrEqual(3);
      expect(m.participants.length).toBeLessThanOrEqual(6);
    }
    const relKinds = new Set(ds.relations.map((r) => r.kind));
    for (const k of [
      'mediation',
      'statement',
      'authorization',
      'guarantee',
      'attack',
      'proposal',
    ]) {
      expect(relKinds.has(k as never)).toBe(true);
    }
    const dated = ds.relations.filter((r) => r.date !== undefined);
    expect(dated.length).toBeGreaterThan(ds.relations.length * 0.8);
    expect(dated.length).toBeLessThan(ds.relations.length);
    for (const r of dated)
      expect((r.date ?? '') >= '2024' && (r.date ?? '') <= '2025-12-31').toBe(true);

    // projected: about 3 edges per actor
    const edges = projectDataset(ds).length;
    expect(edges / ds.actors.length).toBeGreaterThan(2);
    expect(edges / ds.actors.length).toBeLessThan(5);
  });

  it('grows hubs by preferential attachment', () => {
    const ds = generateDataset({ actors: 5_000, seed: 1 });
    const degree = new Map<string, number>();
    for (const r of ds.relations)
      for (const p of r.participants) degree.set(p.actor, (degree.get(p.actor) ?? 0) + 1);
    const max = Math.max(...degree.values());
    const mean = [...degree.values()].reduce((s, d) => s + d, 0) / degree.size;
    expect(max).toBeGreaterThan(mean * 8);
  });

  it('handles tiny sizes and refuses bad options', () => {
    expect(validateDataset(generateDataset({ actors: 1 })).ok).toBe(true);
    expect(validateDataset(generateDataset({ actors: 3, seed: 9 })).ok).toBe(true);
    expect(() => generateDataset({ actors: 0 })).toThrow(/actors/);
    expect(() => generateDataset({ actors: 10, seed: -1 })).toThrow(/seed/);
  });
});

describe('mulberry32', () => {
  it('is deterministic and in [0, 1)', () => {
    const a = mulberry32(5);
    const b = mulberry32(5);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
});
