import { describe, expect, it } from 'vitest';
import { mediatorRoles } from '../../../src/graph/mediators.ts';
import { loadFixture } from './load-fixture.ts';

describe('mediatorRoles', () => {
  it('counts the relations in which each actor has the mediator role, with their ids', () => {
    expect([...mediatorRoles(loadFixture('disconnected')).values()]).toEqual([
      { actor: 'p2', count: 1, relations: ['n1'] },
      { actor: 'm0', count: 1, relations: ['mm'] },
      { actor: 'q2', count: 1, relations: ['n2'] },
    ]);
  });

  it('counts only the participant in the role, not the members of a mediating group', () => {
    // qi mediates m1 in the fixture; its state q and the delegation members do not.
    const roles = mediatorRoles(loadFixture('met-delegations'));
    expect([...roles.keys()]).toEqual(['qi']);
  });

  it('counts default roles: a mediation participant without a role is a mediator', () => {
    const ds = loadFixture('disconnected');
    const relations = [
      ...ds.relations,
      {
        id: 'n3',
        kind: 'mediation' as const,
        participants: [{ actor: 'q2' }, { actor: 'q4', role: 'party' as const }],
      },
    ];
    expect(mediatorRoles({ relations }).get('q2')).toEqual({
      actor: 'q2',
      count: 2,
      relations: ['n2', 'n3'],
    });
  });

  it('is empty when nobody mediates', () => {
    expect(mediatorRoles(loadFixture('kite')).size).toBe(0);
  });
});
