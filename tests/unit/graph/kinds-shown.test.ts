import { describe, expect, it } from 'vitest';
import { kindsShown } from '../../../src/graph/kinds-shown.ts';
import type { Dataset } from '../../../src/model/schema.ts';

const ds: Dataset = {
  schemaVersion: 1,
  id: 'mini',
  title: 'Mini',
  sources: [],
  actors: [
    { id: 'g', name: 'G', kind: 'state' },
    { id: 'a', name: 'A', kind: 'person', memberOf: 'g' },
    { id: 'b', name: 'B', kind: 'organization' },
  ],
  relations: [
    {
      id: 'r1',
      kind: 'meeting',
      certainty: 'confirmed',
      participants: [{ actor: 'a' }, { actor: 'b' }],
    },
    {
      id: 'r2',
      kind: 'attack',
      certainty: 'disputed',
      participants: [{ actor: 'g' }, { actor: 'b' }],
    },
  ],
};

describe('kindsShown', () => {
  it('lists every kind and certainty when nothing is filtered', () => {
    expect([
      ...kindsShown({
        ...ds,
        relations: [{ id: 'r', kind: 'tie', participants: [{ actor: 'a' }, { actor: 'b' }] }],
      }).certainties,
    ]).toEqual(['reported']);
    const k = kindsShown(ds);
    expect([...k.actorKinds].sort()).toEqual(['organization', 'person', 'state']);
    expect([...k.relationKinds].sort()).toEqual(['attack', 'meeting']);
    expect([...k.certainties].sort()).toEqual(['confirmed', 'disputed']);
    expect(k.groups).toBe(true);
  });

  it('keeps only what is shown, groups only when a shown actor is a member', () => {
    const k = kindsShown(ds, { actors: new Set(['g', 'b']), relations: new Set(['r2']) });
    expect([...k.actorKinds].sort()).toEqual(['organization', 'state']);
    expect([...k.relationKinds]).toEqual(['attack']);
    expect([...k.certainties]).toEqual(['disputed']);
    expect(k.groups).toBe(false);
  });

  it('is empty without a dataset', () => {
    const k = kindsShown(null);
    expect(k.actorKinds.size + k.relationKinds.size + k.certainties.size).toBe(0);
    expect(k.groups).toBe(false);
  });
});
