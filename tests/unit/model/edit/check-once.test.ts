/**
 * An edit is checked once, and only its own records by zod (issue 13, item 13: an edit drawn within
 * 100 ms at 1,000 actors): the problems of a draft are kept per dataset object, and records whose
 * shape was found right are skipped — without ever missing a problem of a record an edit made.
 */
import { describe, expect, it } from 'vitest';
import { applyEdit, draftProblems } from '../../../../src/model/edit/index.ts';
import type { Actor, Dataset } from '../../../../src/model/schema.ts';
import { validateDataset } from '../../../../src/model/validate.ts';
import { small } from './fixture.ts';

describe('draftProblems', () => {
  it('gives the same list for the same dataset object, computed once', () => {
    const ds = small();
    const first = draftProblems(ds);
    expect(first).toEqual([]);
    expect(draftProblems(ds)).toBe(first);
    // A copy is another dataset: checked on its own.
    expect(draftProblems(structuredClone(ds))).not.toBe(first);
  });

  it('still finds the problem of a record added to a dataset whose other records were checked', () => {
    const ds = small();
    expect(draftProblems(ds)).toEqual([]);
    const bad = { id: 'zz', name: 'Zed', kind: 'robot' } as unknown as Actor;
    const next: Dataset = { ...ds, actors: [...ds.actors, bad] };
    const problems = draftProblems(next);
    expect(problems.map((p) => p.path)).toContain(`actors[${ds.actors.length}].kind`);
    // And an edit adding it is refused with that problem.
    const out = applyEdit(ds, { type: 'addActor', actor: bad });
    expect(out.ok).toBe(false);
  });
});

describe('validateDataset with shapeChecked', () => {
  it('skips records already found right, adds the ones it finds right, never the wrong ones', () => {
    const ds = small();
    const known = new WeakSet<object>();
    expect(validateDataset(ds, { shapeChecked: known }).ok).toBe(true);
    for (const a of ds.actors) expect(known.has(a)).toBe(true);
    const bad = { id: 'zz', name: '', kind: 'person' } as Actor;
    const next: Dataset = { ...ds, actors: [...ds.actors, bad] };
    const r = validateDataset(next, { shapeChecked: known });
    expect(r.ok).toBe(false);
    expect(known.has(bad)).toBe(false);
    // A record in the set is trusted as it is: that is the contract (records never change in place).
    const trusted = { id: 'yy', name: '', kind: 'person' } as Actor;
    known.add(trusted);
    const shapeOnly = validateDataset(
      { ...ds, actors: [...ds.actors, trusted] },
      { shapeChecked: known },
    );
    const without = validateDataset({ ...ds, actors: [...ds.actors, trusted] });
    expect(without.ok).toBe(false);
    expect(shapeOnly.ok === false ? shapeOnly.problems.length : 0).toBeLessThan(
      without.ok === false ? without.problems.length : 0,
    );
  });
});
