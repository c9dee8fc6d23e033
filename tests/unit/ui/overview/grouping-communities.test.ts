/** "By community" asks for Louvain communities even where the dataset has blocs (memberOf). */
import { describe, expect, it } from 'vitest';
import { computeCommunities, computeGrouping } from '../../../../src/graph/grouping.ts';
import type { Dataset } from '../../../../src/model/schema.ts';

const actor = (id: string, memberOf?: string) => ({
  id,
  name: id.toUpperCase(),
  kind: 'person' as const,
  ...(memberOf && { memberOf }),
});
const meet = (id: string, a: string, b: string) => ({
  id,
  kind: 'meeting' as const,
  participants: [{ actor: a }, { actor: b }],
});

const DS = {
  actors: [actor('bloc'), actor('a', 'bloc'), actor('b', 'bloc'), actor('c'), actor('d')],
  relations: [meet('r1', 'a', 'b'), meet('r2', 'c', 'd'), meet('r3', 'c', 'd')],
} as unknown as Pick<Dataset, 'actors' | 'relations'>;

describe('computeCommunities', () => {
  it('gives communities where the overview would give blocs', () => {
    expect(computeGrouping(DS).kind).toBe('blocs');
    const c = computeCommunities(DS);
    expect(c.kind).toBe('communities');
    const of = new Map(c.groupOf);
    expect(of.get('a')).toBe(of.get('b'));
    expect(of.get('c')).toBe(of.get('d'));
    expect(of.get('a')).not.toBe(of.get('c'));
    expect(c.labels.map(([id]) => id)[0]).toBe('community-1');
  });
});
