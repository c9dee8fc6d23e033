/** The filtered view's dataset stays valid with the format additions: positions and participant sources. */
import { describe, expect, it } from 'vitest';
import { filteredDataset } from '../../../../src/ui/export/filtered-dataset.ts';
import { validateDataset } from '../../../../src/model/validate.ts';
import type { Dataset } from '../../../../src/model/schema.ts';

const ds: Dataset = {
  schemaVersion: 1,
  id: 'mini',
  title: 'Mini',
  sources: [
    { id: 'interviews', title: 'Interviews' },
    { id: 'other', title: 'Other' },
  ],
  actors: [
    { id: 'a', name: 'A', kind: 'person' },
    { id: 'b', name: 'B', kind: 'person' },
    { id: 'c', name: 'C', kind: 'person' },
  ],
  relations: [
    {
      id: 'ab',
      kind: 'meeting',
      participants: [{ actor: 'a' }, { actor: 'b', sources: ['interviews'] }],
    },
    { id: 'bc', kind: 'meeting', participants: [{ actor: 'b' }, { actor: 'c' }] },
  ],
  positions: {
    actors: { a: { x: 0, y: 0 }, c: { x: 1, y: 1 } },
    events: { ab: { x: 2, y: 2 }, bc: { x: 3, y: 3 }, c: { x: 4, y: 4 } },
  },
};

describe('filteredDataset and the format additions', () => {
  const out = filteredDataset(ds, { actors: new Set(['a', 'b']), relations: new Set(['ab']) });

  it('keeps the sources a kept participant cites, and the positions of what is kept only', () => {
    expect(out.sources.map((s) => s.id)).toEqual(['interviews']);
    expect(out.positions).toEqual({
      actors: { a: { x: 0, y: 0 } },
      events: { ab: { x: 2, y: 2 } },
    });
  });

  it('is a valid dataset', () => {
    expect(validateDataset(out).ok).toBe(true);
  });
});
