/**
 * Properties of `paths` on seeded synthetic datasets (src/gen): every chain is made of valid steps, the
 * shortest length agrees with a plain breadth-first search on actor pairs, and time-respecting chains are
 * feasible in time and never beat the earliest arrival.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../src/gen/generate.ts';
import { presenceAt, presenceIndex, type Presence } from '../../../src/graph/met.ts';
import { paths, type Chain } from '../../../src/graph/paths.ts';
import { endOf, relationSpan, startOf } from '../../../src/model/dates.ts';
import type { Dataset } from '../../../src/model/schema.ts';

const day = (ymd: string): number =>
  Date.UTC(+ymd.slice(0, 4), +ymd.slice(5, 7) - 1, +ymd.slice(8, 10)) / 86_400_000;

/**
 * The same dataset with some dates made "by then" (`endDate` alone) and some qualified: every
 * `every`-th dated relation loses its start, every `every`+1-th gets `~`.
 */
function withByThen(ds: Dataset, every: number): Dataset {
  let n = 0;
  const relations = ds.relations.map((r) => {
    if (r.date === undefined) return r;
    n++;
    if (n % every === 0) {
      const { date, ...rest } = r;
      return { ...rest, endDate: r.endDate ?? date };
    }
    return n % (every + 1) === 0 ? { ...r, date: `${r.date}~` } : r;
  });
  return { ...ds, relations };
}

function presenceMaps(ds: Dataset): Map<string, Map<string, Presence>> {
  const index = presenceIndex(ds.actors);
  return new Map(
    ds.relations.map((r) => [r.id, new Map(presenceAt(r, index).map((p) => [p.actor, p]))]),
  );
}

/** Steps between actor pairs, by a plain search over every pair of every relation. */
function oracleDistance(ds: Dataset, a: string, b: string): number {
  const index = presenceIndex(ds.actors);
  const adjacency = new Map<string, Set<string>>();
  for (const r of ds.relations) {
    const present = presenceAt(r, index);
    const ids = new Set(present.map((p) => p.actor));
    if (ids.has(a) && ids.has(b)) continue;
    for (const p of present) {
      for (const q of present) {
        if (p.actor === q.actor) continue;
        const set = adjacency.get(p.actor) ?? new Set<string>();
        set.add(q.actor);
        adjacency.set(p.actor, set);
      }
    }
  }
  const dist = new Map([[a, 0]]);
  const queue = [a];
  for (let i = 0; i < queue.length; i++) {
    const x = queue[i] as string;
    for (const y of adjacency.get(x) ?? []) {
      if (dist.has(y)) continue;
      dist.set(y, (dist.get(x) as number) + 1);
      queue.push(y);
    }
  }
  return dist.get(b) ?? 0;
}

function checkChain(
  ds: Dataset,
  present: Map<string, Map<string, Presence>>,
  c: Chain,
  a: string,
  b: string,
): void {
  expect(c.actors[0]).toBe(a);
  expect(c.actors[c.actors.length - 1]).toBe(b);
  expect(new Set(c.actors).size).toBe(c.actors.length);
  expect(new Set(c.steps.map((s) => s.relation)).size).toBe(c.steps.length);
  c.steps.forEach((s, i) => {
    expect(s.from).toBe(c.actors[i]);
    expect(s.to).toBe(c.actors[i + 1]);
    const here = present.get(s.relation);
    const from = here?.get(s.from);
    const to = here?.get(s.to);
    if (!from || !to) throw new Error(`${s.from} or ${s.to} is not in ${s.relation}`);
    expect(from.actor).not.toBe(to.actor);
    expect(here?.has(a) && here.has(b)).toBe(false);
  });
}

describe('paths on synthetic datasets (property)', () => {
  it('gives valid, shortest, time-feasible chains', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 10, max: 60 }),
        fc.nat(),
        fc.nat(),
        fc.option(fc.constantFrom('2024', '2024-06', '2025-01-15', '2025'), { nil: undefined }),
        fc.constantFrom(0, 3, 7),
        (seed, size, i, j, by, every) => {
          const generated = generateDataset({ actors: size, seed });
          const ds = every === 0 ? generated : withByThen(generated, every);
          const a = ds.actors[i % ds.actors.length]?.id as string;
          const b = ds.actors[j % ds.actors.length]?.id as string;
          if (a === b) return;
          const r = paths(ds, a, b, by === undefined ? { limit: 20 } : { by, limit: 20 });
          const present = presenceMaps(ds);
          expect(r.shortest.length).toBe(oracleDistance(ds, a, b));
          for (const c of r.shortest.chains) {
            checkChain(ds, present, c, a, b);
            expect(c.steps).toHaveLength(r.shortest.length);
          }
          const byDay = by === undefined ? Infinity : day(endOf(by) ?? '');
          const spans = new Map(ds.relations.map((x) => [x.id, relationSpan(x)]));
          const timed = [...r.timeRespecting.chains, ...r.earliestArrivalChains.chains];
          for (const c of timed) {
            checkChain(ds, present, c, a, b);
            let t = -Infinity;
            for (const s of c.steps) {
              const span = spans.get(s.relation);
              if (!span) throw new Error(`undated ${s.relation} in a time-respecting chain`);
              // A "by then" relation may have happened on any day up to its end.
              t = Math.max(t, span.byThen ? -Infinity : day(span.start));
              expect(t).toBeLessThanOrEqual(day(span.end));
            }
            expect(t).toBeLessThanOrEqual(byDay);
            expect(c.arrivalOpen === true).toBe(t === -Infinity);
            if (!c.arrivalOpen) expect(c.arrival >= (r.earliestArrival ?? '')).toBe(true);
            expect(c.steps.length).toBeGreaterThanOrEqual(r.shortest.length);
          }
          for (const c of r.earliestArrivalChains.chains)
            if (r.earliestArrivalOpen) expect(c.arrivalOpen).toBe(true);
            else expect(c.arrival).toBe(r.earliestArrival);
          if (r.timeRespecting.chains.length > 0) {
            expect(
              r.timeRespecting.chains.every((c) => c.steps.length === r.timeRespecting.length),
            ).toBe(true);
            expect(r.earliestArrivalChains.length).toBeGreaterThanOrEqual(r.timeRespecting.length);
          } else {
            expect(r.earliestArrival).toBeUndefined();
            expect(r.earliestArrivalOpen).toBeUndefined();
          }
          expect(startOf(r.earliestArrival ?? '2000')).toBeDefined();
        },
      ),
      { numRuns: 120, seed: 4242 },
    );
  });
});
