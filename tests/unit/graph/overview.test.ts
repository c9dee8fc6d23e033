import { describe, expect, it } from 'vitest';
import {
  blocOverview,
  groupingKindOf,
  groupOverview,
  openGroups,
} from '../../../src/graph/overview.ts';
import { OVERVIEW_DS as ds } from './overview-fixture.ts';

describe('blocOverview', () => {
  it('gives one node per bloc, sized by members; an actor without a bloc stands alone', () => {
    const o = blocOverview(ds);
    expect(o.nodes.map((n) => [n.id, n.label, n.members])).toEqual([
      ['us', 'United States', ['us', 'envoys', 'witkoff', 'kushner']],
      ['hamas', 'Hamas', ['hamas', 'hayya']],
      ['qatar', 'Qatar', ['qatar']],
    ]);
    expect(o.groupOf.get('kushner')).toBe('us');
  });

  it('gives one edge per pair of blocs, weighted by relations, with their kinds', () => {
    const o = blocOverview(ds);
    expect(o.edges).toEqual([
      {
        id: 'overview:hamas|us',
        source: 'hamas',
        target: 'us',
        relations: 2, // m1 (two projected edges, one relation) and s1; x1 links each to Qatar only
        kinds: { meeting: 1, statement: 1 },
        relationIds: ['m1', 's1'],
      },
      {
        id: 'overview:hamas|qatar',
        source: 'hamas',
        target: 'qatar',
        relations: 1,
        kinds: { mediation: 1 },
        relationIds: ['x1'],
      },
      {
        id: 'overview:qatar|us',
        source: 'qatar',
        target: 'us',
        relations: 1,
        kinds: { mediation: 1 },
        relationIds: ['x1'],
      },
    ]);
    // witkoff–kushner met inside the US bloc.
    expect(o.nodes[0]?.innerRelations).toBe(1);
  });

  it('folds any grouping, with labels from the caller', () => {
    const groups = new Map([
      ['witkoff', 'g1'],
      ['hayya', 'g1'],
    ]);
    const o = groupOverview(ds, groups, (g) => (g === 'g1' ? 'Talkers' : undefined));
    expect(o.nodes[0]).toEqual({
      id: 'g1',
      label: 'Talkers',
      members: ['witkoff', 'hayya'],
      innerRelations: 2,
    });
    expect(o.nodes).toHaveLength(6);
  });
});

describe('openGroups', () => {
  it('draws the members of an opened group as themselves, the rest as their groups', () => {
    const o = blocOverview(ds);
    const open = openGroups(o.groupOf, new Set(['us']));
    const shown = groupOverview(ds, open);
    expect(shown.nodes.map((n) => n.id).sort()).toEqual(
      ['envoys', 'hamas', 'kushner', 'qatar', 'us', 'witkoff'].sort(),
    );
    // The meeting and the statement now reach the members (the mediation links each party to Qatar
    // only), and the Hamas bloc stays one node.
    const hamasLinks = shown.edges.filter((e) => e.source === 'hamas' || e.target === 'hamas');
    expect(hamasLinks.map((e) => e.id).sort()).toEqual([
      'overview:hamas|kushner',
      'overview:hamas|qatar',
      'overview:hamas|witkoff',
    ]);
    expect(shown.groupOf.get('hayya')).toBe('hamas');
  });

  it('groups by blocs when there is a hierarchy, else by communities', () => {
    expect(groupingKindOf(ds)).toBe('blocs');
    expect(groupingKindOf({ actors: [{ id: 'a', name: 'A', kind: 'person' }] })).toBe(
      'communities',
    );
  });
});
