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

describe('validateDataset with trusted records', () => {
  it('trusts the records of a dataset it accepted whole, and checks every other one', () => {
    const ds = small();
    const trusted = new WeakSet<object>();
    expect(validateDataset(ds, { trusted }).ok).toBe(true);
    for (const a of ds.actors) expect(trusted.has(a)).toBe(true);
    const bad = { id: 'zz', name: '', kind: 'person' } as Actor;
    const next: Dataset = { ...ds, actors: [...ds.actors, bad] };
    const r = validateDataset(next, { trusted });
    expect(r.ok === false && r.problems.map((p) => p.path)).toEqual([
      `actors[${ds.actors.length}].name`,
    ]);
    // Refused: none of its records is trusted for it.
    expect(trusted.has(bad)).toBe(false);
  });

  it('still checks references to and from trusted records every time', () => {
    const ds = small();
    const trusted = new WeakSet<object>();
    expect(validateDataset(ds, { trusted }).ok).toBe(true);
    // The actor a trusted relation needs is gone: the trusted relation's reference is refused.
    const gone = ds.relations[0]?.participants[0]?.actor;
    const next: Dataset = { ...ds, actors: ds.actors.filter((a) => a.id !== gone) };
    const r = validateDataset(next, { trusted });
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.problems.some((p) => p.message.includes(`'${gone ?? ''}'`))).toBe(
      true,
    );
  });

  it('skips what it trusts: a record wrongly trusted is not checked again (the contract)', () => {
    const ds = small();
    const trusted = new WeakSet<object>();
    const wrong = { id: 'yy', name: '', kind: 'person' } as Actor;
    trusted.add(wrong);
    const next: Dataset = { ...ds, actors: [...ds.actors, wrong] };
    expect(validateDataset(next).ok).toBe(false);
    expect(validateDataset(next, { trusted }).ok).toBe(true);
  });
});
