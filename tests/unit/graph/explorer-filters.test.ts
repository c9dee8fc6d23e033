import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/model/schema.ts';
import { applyFilters, dateExtent, inDateRange, NO_FILTERS } from '../../../src/graph/filters.ts';
import { neighbourhood } from '../../../src/graph/neighbourhood.ts';

const ds: Pick<Dataset, 'actors' | 'relations'> = {
  actors: [
    { id: 'us', name: 'US', kind: 'state' },
    { id: 'envoy', name: 'Envoy', kind: 'person', memberOf: 'us' },
    { id: 'hamas', name: 'Hamas', kind: 'organization' },
    { id: 'qatar', name: 'Qatar', kind: 'state' },
    { id: 'lonely', name: 'Lonely', kind: 'other' },
  ],
  relations: [
    {
      id: 'm1',
      kind: 'meeting',
      date: '2025-10',
      certainty: 'confirmed',
      participants: [{ actor: 'envoy' }, { actor: 'hamas' }, { actor: 'qatar', role: 'mediator' }],
    },
    {
      id: 'g1',
      kind: 'guarantee',
      date: '2025-10-09',
      participants: [
        { actor: 'us', role: 'guarantor' },
        { actor: 'hamas', role: 'beneficiary' },
      ],
    },
    {
      id: 'u1',
      kind: 'statement',
      certainty: 'disputed',
      participants: [
        { actor: 'qatar', role: 'speaker' },
        { actor: 'us', role: 'addressee' },
      ],
    },
  ],
};

const ids = (s: Set<string>): string[] => [...s].sort();

describe('applyFilters', () => {
  it('shows everything without filters', () => {
    const v = applyFilters(ds, NO_FILTERS);
    expect(ids(v.actors)).toEqual(['envoy', 'hamas', 'lonely', 'qatar', 'us']);
    expect(ids(v.relations)).toEqual(['g1', 'm1', 'u1']);
    expect(v.containers.size).toBe(0);
  });
  it('hides by relation kind and certainty', () => {
    expect(
      ids(applyFilters(ds, { ...NO_FILTERS, hiddenRelationKinds: ['meeting'] }).relations),
    ).toEqual(['g1', 'u1']);
    expect(
      ids(applyFilters(ds, { ...NO_FILTERS, hiddenCertainties: ['reported'] }).relations),
    ).toEqual(['m1', 'u1']);
  });
  it('hides by actor kind, drops relations left with fewer than two, keeps parents as containers', () => {
    const v = applyFilters(ds, { ...NO_FILTERS, hiddenActorKinds: ['state'] });
    expect(ids(v.actors)).toEqual(['envoy', 'hamas', 'lonely']);
    expect(ids(v.relations)).toEqual(['m1']);
    expect(ids(v.containers)).toEqual(['us']);
  });
  it('filters by date range and keeps undated relations only when asked', () => {
    const f = { ...NO_FILTERS, from: '2025-10-05', to: '2025-10-31' };
    expect(ids(applyFilters(ds, f).relations)).toEqual(['g1', 'm1', 'u1']);
    expect(ids(applyFilters(ds, { ...f, showUndated: false }).relations)).toEqual(['g1', 'm1']);
    expect(ids(applyFilters(ds, { ...f, from: '2025-10-10' }).relations)).toEqual(['m1', 'u1']);
    expect(inDateRange({ date: '2025-09' }, { ...NO_FILTERS, from: '2025-10-01' })).toBe(false);
  });
  it('hides isolated actors when asked', () => {
    const v = applyFilters(ds, { ...NO_FILTERS, hideIsolated: true });
    expect(v.actors.has('lonely')).toBe(false);
    expect(v.actors.has('hamas')).toBe(true);
  });
  it('measures the date extent and counts undated relations', () => {
    expect(dateExtent(ds.relations)).toEqual({ min: '2025-10-01', max: '2025-10-31', undated: 1 });
  });
});

describe('neighbourhood', () => {
  const links = [
    { source: 'a', target: 'b' },
    { source: 'c', target: 'b' },
    { source: 'c', target: 'd' },
  ];
  it('follows links both ways up to the depth', () => {
    expect(ids(neighbourhood(links, 'a', 0))).toEqual(['a']);
    expect(ids(neighbourhood(links, 'a', 1))).toEqual(['a', 'b']);
    expect(ids(neighbourhood(links, 'a', 2))).toEqual(['a', 'b', 'c']);
    expect(ids(neighbourhood(links, 'b', 1))).toEqual(['a', 'b', 'c']);
  });
});
