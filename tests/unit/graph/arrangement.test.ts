/** Hand-made arrangements: pinned places (dataset positions under kept ones) and saving into a dataset. */
import { describe, expect, it } from 'vitest';
import { pinnedFor, withPositions } from '../../../src/graph/arrangement.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { validateDataset } from '../../../src/model/validate.ts';

const ds: Dataset = {
  schemaVersion: 1,
  id: 'tiny',
  title: 'Tiny',
  sources: [],
  actors: [
    { id: 'a', name: 'A', kind: 'person' },
    { id: 'b', name: 'B', kind: 'person' },
  ],
  relations: [
    {
      id: 'm1',
      kind: 'meeting',
      participants: [
        { actor: 'a', role: 'participant' },
        { actor: 'b', role: 'participant' },
      ],
    },
  ],
  positions: { actors: { a: { x: 1, y: 2 }, gone: { x: 0, y: 0 } } },
} as Dataset;

describe('pinnedFor', () => {
  it("draws the dataset's own positions (known ids only), under what the reader kept", () => {
    expect(pinnedFor(ds, 'actors')).toEqual({ a: { x: 1, y: 2 } });
    expect(pinnedFor(ds, 'actors', { a: { x: 5, y: 6 }, b: { x: 7, y: 8 } })).toEqual({
      a: { x: 5, y: 6 },
      b: { x: 7, y: 8 },
    });
    expect(pinnedFor(ds, 'events')).toBeUndefined();
  });

  it('drops kept places that are not two finite numbers', () => {
    const kept = { b: { x: Infinity, y: 1 }, c: 'here', d: { x: 1 }, e: { x: 3, y: 4 } };
    expect(pinnedFor(ds, 'events', kept)).toEqual({ e: { x: 3, y: 4 } });
  });
});

describe('withPositions', () => {
  it('writes a new dataset whose positions name existing ids with finite numbers', () => {
    const next = withPositions(ds, 'events', {
      a: { x: 10.04, y: -3 },
      m1: { x: 0.25, y: 0 },
      hub: { x: 1, y: 1 },
      b: { x: NaN, y: 1 },
    });
    expect(next).not.toBe(ds);
    expect(ds.positions?.events).toBeUndefined();
    expect(next.positions).toEqual({
      actors: { a: { x: 1, y: 2 }, gone: { x: 0, y: 0 } },
      events: { a: { x: 10, y: -3 }, m1: { x: 0.3, y: 0 } },
    });
  });

  it('keeps only actors in the actor view, and the result validates', () => {
    const next = withPositions(ds, 'actors', { a: { x: 1, y: 1 }, m1: { x: 2, y: 2 } });
    expect(next.positions?.actors).toEqual({ a: { x: 1, y: 1 } });
    const { positions: _p, ...rest } = ds;
    const clean = withPositions(rest as Dataset, 'actors', { b: { x: 4, y: 4 } });
    expect(validateDataset(clean).ok).toBe(true);
  });
});
