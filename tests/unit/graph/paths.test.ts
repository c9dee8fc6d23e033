import { describe, expect, it } from 'vitest';
import { findActor, paths, type Chain } from '../../../src/graph/paths.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { loadFixture } from './load-fixture.ts';

const ds = loadFixture('paths-timeline');
const route = (c: Chain): string =>
  c.steps.reduce((s, step) => `${s} -${step.relation}-> ${step.to}`, c.actors[0] ?? '');

describe('paths: direct relations and shortest chains (bipartite actor–relation graph)', () => {
  const r = paths(ds, 'a', 'b');

  it('lists the relations in which both take part as direct', () => {
    expect(r.direct).toEqual([
      { relation: 'r7', kind: 'meeting', date: '2025-03-01', aVia: [], bVia: [] },
    ]);
  });

  it('lists every shortest chain through intermediaries, never through a direct relation', () => {
    // r7 also holds f, but a chain a -r7-> f -r8-> b would go through a direct relation.
    expect(r.shortest.length).toBe(2);
    expect(r.shortest.truncated).toBe(false);
    expect(r.shortest.chains.map(route)).toEqual([
      'a -r1-> c -r2-> b',
      'a -r3-> d -r4-> b',
      'a -r5-> e -r6-> b',
    ]);
    const first = r.shortest.chains[0];
    expect(first?.actors).toEqual(['a', 'c', 'b']);
    expect(first?.steps[1]).toEqual({
      from: 'c',
      to: 'b',
      relation: 'r2',
      kind: 'statement',
      date: '2025-01-05',
      fromVia: [],
      toVia: [],
    });
  });

  it('caps the number of chains listed and says so', () => {
    const capped = paths(ds, 'a', 'b', { limit: 2 });
    expect(capped.shortest.chains).toHaveLength(2);
    expect(capped.shortest.truncated).toBe(true);
  });

  it('goes through delegation members; a member and its delegation are direct at the meeting', () => {
    const toMember = paths(ds, 'a', 'm');
    expect(toMember.direct).toEqual([]);
    expect(toMember.shortest.chains.map(route)).toEqual(['a -r3-> d -r9-> m']);
    expect(toMember.shortest.chains[0]?.steps[1]?.toVia).toEqual(['del']);
    const memberToDelegation = paths(ds, 'm', 'del');
    expect(memberToDelegation.direct).toEqual([
      {
        relation: 'r9',
        kind: 'meeting',
        date: '2025-04',
        endDate: '2025-05-10',
        aVia: ['del'],
        bVia: [],
      },
    ]);
    // r9 is m's only relation, and it is direct: no chain through intermediaries.
    expect(memberToDelegation.shortest.chains).toEqual([]);
  });

  it('finds nothing across components, nor for an unknown id or the same actor twice', () => {
    for (const [x, y] of [
      ['a', 'z'],
      ['a', 'nobody'],
      ['a', 'a'],
    ] as const) {
      const none = paths(ds, x, y);
      expect(none.direct).toEqual([]);
      expect(none.shortest).toEqual({ length: 0, chains: [], truncated: false });
      expect(none.timeRespecting.chains).toEqual([]);
      expect(none.earliestArrival).toBeUndefined();
    }
  });
});

describe('paths: time-respecting chains', () => {
  it('keeps the fewest-step chains whose steps can be in date order; undated ones are left out and listed', () => {
    const r = paths(ds, 'a', 'b');
    // a-c-b: r1 (2025-01-10) then r2 (2025-01-05): out of order. a-e-b: undated.
    expect(r.timeRespecting.length).toBe(2);
    expect(r.timeRespecting.chains.map(route)).toEqual(['a -r3-> d -r4-> b']);
    // r3 is "2025-02" (the whole month): it may precede 2025-02-15, but not certainly.
    expect(r.timeRespecting.chains[0]?.arrival).toBe('2025-02-15');
    expect(r.timeRespecting.chains[0]?.orderCertain).toBe(false);
    expect(r.undatedExcluded).toEqual(['r5', 'r6']);
  });

  it('finds the earliest arrival, even through a longer chain, with all its tied chains', () => {
    const r = paths(ds, 'a', 'b');
    expect(r.earliestArrival).toBe('2024-06-03');
    expect(r.earliestArrivalChains.length).toBe(3);
    expect(r.earliestArrivalChains.chains.map(route)).toEqual([
      'a -r10-> g -r11-> h -r12-> b',
      'a -r13-> i -r14-> h -r12-> b',
    ]);
    expect(r.earliestArrivalChains.chains.every((c) => c.orderCertain)).toBe(true);
    expect(r.earliestArrivalChains.chains.map((c) => c.arrival)).toEqual([
      '2024-06-03',
      '2024-06-03',
    ]);
  });

  it('with --by, keeps only steps on or before the last day the date covers', () => {
    const by2024 = paths(ds, 'a', 'b', { by: '2024' });
    expect(by2024.by).toBe('2024');
    expect(by2024.timeRespecting.length).toBe(3);
    expect(by2024.timeRespecting.chains.map(route)).toEqual([
      'a -r10-> g -r11-> h -r12-> b',
      'a -r13-> i -r14-> h -r12-> b',
    ]);
    expect(paths(ds, 'a', 'b', { by: '2025-02' }).timeRespecting.chains.map(route)).toEqual([
      'a -r3-> d -r4-> b',
    ]);
    const tooEarly = paths(ds, 'a', 'b', { by: '2024-06-02' });
    expect(tooEarly.timeRespecting.chains).toEqual([]);
    expect(tooEarly.earliestArrival).toBeUndefined();
    // The static chains do not depend on dates.
    expect(tooEarly.shortest.chains).toHaveLength(3);
  });

  it('lets a month-dated step follow a day in that month ("no step provably earlier")', () => {
    const small: Dataset = {
      schemaVersion: 1,
      id: 'small',
      title: 'Small',
      sources: [],
      actors: ['x', 'y', 'z'].map((id) => ({ id, name: id, kind: 'person' as const })),
      relations: [
        {
          id: 's1',
          kind: 'meeting',
          participants: [{ actor: 'x' }, { actor: 'y' }],
          date: '2025-10-09',
        },
        {
          id: 's2',
          kind: 'meeting',
          participants: [{ actor: 'y' }, { actor: 'z' }],
          date: '2025-10',
        },
        {
          id: 's3',
          kind: 'meeting',
          participants: [{ actor: 'y' }, { actor: 'z' }],
          date: '2025-09-30',
        },
      ],
    };
    const r = paths(small, 'x', 'z');
    expect(r.shortest.chains.map(route)).toEqual(['x -s1-> y -s2-> z', 'x -s1-> y -s3-> z']);
    expect(r.timeRespecting.chains.map(route)).toEqual(['x -s1-> y -s2-> z']);
    expect(r.timeRespecting.chains[0]?.arrival).toBe('2025-10-09');
    expect(r.timeRespecting.chains[0]?.orderCertain).toBe(false);
    expect(r.undatedExcluded).toEqual([]);
  });
});

describe('"by then" relations (endDate alone) in time-respecting chains', () => {
  const ds = {
    actors: ['a', 'm', 'n', 'b'].map((id) => ({ id, name: id, kind: 'person' as const })),
    relations: [
      {
        id: 'r1',
        kind: 'meeting' as const,
        participants: [{ actor: 'a' }, { actor: 'm' }],
        endDate: '2025-10',
      },
      {
        id: 'r2',
        kind: 'meeting' as const,
        participants: [{ actor: 'm' }, { actor: 'b' }],
        date: '2025-03-02~',
      },
      {
        id: 'r3',
        kind: 'meeting' as const,
        participants: [{ actor: 'a' }, { actor: 'n' }],
        endDate: '2025-01',
      },
      {
        id: 'r4',
        kind: 'meeting' as const,
        participants: [{ actor: 'n' }, { actor: 'b' }],
        endDate: '2025-02-10?',
      },
    ],
  };

  it('may come first: its start is unknown, so it can precede a dated step', () => {
    const r = paths(ds, 'a', 'b');
    const viaM = r.timeRespecting.chains.find((c) => c.actors[1] === 'm');
    expect(viaM?.arrival).toBe('2025-03-02');
    expect(viaM?.arrivalOpen).toBeUndefined();
    expect(r.undatedExcluded).toEqual([]);
  });

  it('a chain of "by then" steps alone has an open arrival, given as the last day it ends by', () => {
    const r = paths(ds, 'a', 'b');
    const viaN = r.timeRespecting.chains.find((c) => c.actors[1] === 'n');
    expect(viaN).toMatchObject({ arrival: '2025-02-10', arrivalOpen: true });
    expect(r.earliestArrivalOpen).toBe(true);
    expect(r.earliestArrival).toBeUndefined();
    expect(r.earliestArrivalChains.chains.map((c) => c.actors[1])).toEqual(['n']);
  });

  it('with `by`, a dated step must start by then; a "by then" one may have happened before', () => {
    const r = paths(ds, 'a', 'b', { by: '2025-02' });
    expect(r.timeRespecting.chains.map((c) => c.actors[1])).toEqual(['n']);
    // Both steps of the chain through n may have happened in 2024: B was reached by its end.
    const early = paths(ds, 'a', 'b', { by: '2024' }).timeRespecting.chains;
    expect(early.map((c) => [c.actors[1], c.arrival, c.arrivalOpen])).toEqual([
      ['n', '2024-12-31', true],
    ]);
  });
});

describe('findActor', () => {
  const actors = loadFixture('met-delegations').actors;

  it('finds by id, name or alias, ignoring case and dash kind', () => {
    expect(findActor(actors, 'W')).toMatchObject({ ok: true, actor: { id: 'w' } });
    expect(findActor(actors, 'witkoff')).toMatchObject({ ok: true, actor: { id: 'w' } });
    expect(findActor(actors, 'AL\u2011KHAYA')).toMatchObject({ ok: true, actor: { id: 'h' } });
    expect(findActor(actors, ' Hamas delegation ')).toMatchObject({
      ok: true,
      actor: { id: 'hdel' },
    });
  });

  it('suggests the nearest actor for a misspelling, and reports ambiguous names', () => {
    expect(findActor(actors, 'witkof')).toMatchObject({ ok: false, suggestion: { id: 'w' } });
    expect(findActor(actors, 'qqqqqqqqqqqq')).toEqual({ ok: false, ambiguous: [] });
    const twins = [
      { id: 'p1', name: 'Ali', kind: 'person' as const },
      { id: 'p2', name: 'ali', kind: 'person' as const },
    ];
    const r = findActor(twins, 'Ali');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.ambiguous.map((a) => a.id)).toEqual(['p1', 'p2']);
  });
});
