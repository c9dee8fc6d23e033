/** Top-level `positions`: finite numbers, ids that exist in their view. */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/model/validate.ts';

const base = {
  schemaVersion: 1,
  id: 'p',
  title: 'P',
  sources: [],
  actors: [
    { id: 'a', name: 'A', kind: 'person' },
    { id: 'b', name: 'B', kind: 'person' },
  ],
  relations: [{ id: 'r', kind: 'meeting', participants: [{ actor: 'a' }, { actor: 'b' }] }],
};

describe('positions', () => {
  it('accepts finite numbers for existing ids, relations in the events view', () => {
    const ds = {
      ...base,
      positions: {
        actors: { a: { x: -1e6, y: 0.5 } },
        events: { r: { x: 0, y: 0 }, b: { x: 1, y: 2 } },
      },
    };
    expect(validateDataset(ds)).toEqual({ ok: true, dataset: ds });
  });

  it('refuses non-finite numbers, saying so at their path', () => {
    const r = validateDataset({
      ...base,
      positions: { actors: { a: { x: Infinity, y: Number.NaN } } },
    });
    expect(r.ok).toBe(false);
    const messages = r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContain('positions.actors.a.x: expected a finite number, got Infinity');
    expect(messages).toContain('positions.actors.a.y: expected a finite number, got NaN');
  });

  it('refuses ids that do not exist in the view', () => {
    const r = validateDataset({
      ...base,
      positions: { actors: { r: { x: 0, y: 0 }, c: { x: 0, y: 0 } } },
    });
    const messages = r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual([
      "positions.actors.r: 'r' is a relation, not an actor: relations are placed under positions.events",
      "positions.actors.c: unknown actor 'c' — did you mean 'a'?",
    ]);
  });
});
