import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/model/schema.ts';
import {
  applyFilters,
  dateExtent,
  inDateRange,
  NO_FILTERS,
  partShown,
} from '../../../src/graph/filters.ts';
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

describe('the additions of the format: participant certainty, "by then", qualifiers', () => {
  const parts: Pick<Dataset, 'actors' | 'relations'> = {
    actors: ds.actors,
    relations: [
      {
        id: 'meet',
        kind: 'meeting',
        certainty: 'confirmed',
        endDate: '2025-10',
        participants: [
          { actor: 'envoy' },
          { actor: 'hamas' },
          { actor: 'qatar', role: 'mediator', certainty: 'reported' },
        ],
      },
      {
        id: 'only-one-sure',
        kind: 'meeting',
        date: '2025-10-05~',
        participants: [{ actor: 'envoy', certainty: 'confirmed' }, { actor: 'hamas' }],
      },
    ],
  };

  it("the certainty filter hides an actor's part by its own certainty, not the whole relation", () => {
    const v = applyFilters(parts, { ...NO_FILTERS, hiddenCertainties: ['reported'] });
    expect(ids(v.relations)).toEqual(['meet']);
    expect(partShown(v, 'meet', 'envoy')).toBe(true);
    expect(partShown(v, 'meet', 'qatar')).toBe(false);
    expect(partShown(v, 'only-one-sure', 'envoy')).toBe(false);
    expect([...(v.hiddenParts?.get('meet') ?? [])]).toEqual(['qatar']);
    // Hiding confirmed leaves each relation one shown part: neither is drawn.
    const w = applyFilters(parts, { ...NO_FILTERS, hiddenCertainties: ['confirmed'] });
    expect(ids(w.relations)).toEqual([]);
    expect(applyFilters(parts, NO_FILTERS).hiddenParts?.size).toBe(0);
  });

  it('a "by then" relation is in any range that starts by its end (its start is unknown)', () => {
    const byOct = { endDate: '2025-10' };
    expect(inDateRange(byOct, { ...NO_FILTERS, to: '2025-01-31' })).toBe(true);
    expect(inDateRange(byOct, { ...NO_FILTERS, from: '2025-10-31' })).toBe(true);
    expect(inDateRange(byOct, { ...NO_FILTERS, from: '2025-11-01' })).toBe(false);
    expect(inDateRange(byOct, { ...NO_FILTERS, showUndated: false })).toBe(true);
  });

  it('a qualified date filters by the days it covers', () => {
    const around = { date: '2025-10~' };
    expect(inDateRange(around, { ...NO_FILTERS, from: '2025-10-31', to: '2025-12-01' })).toBe(true);
    expect(inDateRange(around, { ...NO_FILTERS, from: '2025-11-01' })).toBe(false);
    expect(inDateRange(around, { ...NO_FILTERS, to: '2025-09-30' })).toBe(false);
  });

  it('the date extent counts a "by then" relation from its end\'s first day', () => {
    expect(dateExtent(parts.relations)).toEqual({
      min: '2025-10-01',
      max: '2025-10-31',
      undated: 0,
    });
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
