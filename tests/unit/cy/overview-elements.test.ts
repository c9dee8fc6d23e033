import { describe, expect, it } from 'vitest';
import { blocOverview } from '../../../src/graph/overview.ts';
import { communitiesOf } from '../../../src/graph/communities.ts';
import {
  groupNodeId,
  LINKS_PER_NODE,
  LINKS_PER_OPENED_MEMBER,
  membersOfGroup,
  OPENED_NAMED_MAX,
  overviewElements,
  shortLabel,
  type GroupNodeData,
  type LinkData,
} from '../../../src/cy/overview-elements.ts';
import { OVERVIEW_DS as ds } from '../graph/overview-fixture.ts';
import type { Relation } from '../../../src/model/schema.ts';

const grouping = { groupOf: blocOverview(ds).groupOf };
const ids = (els: ReturnType<typeof overviewElements>, type: string): string[] =>
  els
    .filter((e) => (e.data as { elementType: string }).elementType === type)
    .map((e) => e.data.id as string)
    .sort();

describe('overviewElements', () => {
  it('draws each closed bloc as one node sized by its members, an actor alone as itself', () => {
    const els = overviewElements(ds, { grouping, expanded: new Set(), edgeMode: 'each' });
    expect(ids(els, 'group')).toEqual(['group:hamas', 'group:us']);
    expect(ids(els, 'actor')).toEqual(['qatar']);
    const us = els.find((e) => e.data.id === 'group:us')?.data as GroupNodeData;
    expect(us.members).toBe(4);
    expect(us.label).toBe('United States (4)');
    const link = els.find((e) => e.data.id === 'overview:hamas|us')?.data as LinkData;
    expect([link.source, link.target, link.count, link.kinds]).toEqual([
      'group:hamas',
      'group:us',
      2,
      { meeting: 1, statement: 1 },
    ]);
  });

  it('draws an opened bloc as the actor network does, linked to the closed ones', () => {
    const els = overviewElements(ds, { grouping, expanded: new Set(['us']), edgeMode: 'each' });
    expect(ids(els, 'group')).toEqual(['group:hamas']);
    expect(ids(els, 'actor')).toEqual(['envoys', 'kushner', 'qatar', 'us', 'witkoff']);
    const witkoff = els.find((e) => e.data.id === 'witkoff')?.data as { parent?: string };
    expect(witkoff.parent).toBe('envoys');
    expect(ids(els, 'link')).toEqual([
      'overview:hamas|kushner',
      'overview:hamas|qatar',
      'overview:hamas|witkoff',
    ]);
    // Only the actor standing alone is marked single (its label waits for a zoom-in).
    const single = els.filter((e) => (e.data as { single?: boolean }).single === true);
    expect(single.map((e) => e.data.id)).toEqual(['qatar']);
    // Qatar's mediation with the US is drawn as the actor network's own edge.
    expect(els.some((e) => e.data.id === 'x1#0' || e.data.id === 'x1#1')).toBe(true);
  });

  it('gives an opened community a box of its own', () => {
    const flat = { ...ds, actors: ds.actors.map(({ memberOf: _m, ...a }) => a) };
    const c = communitiesOf(flat);
    const first = c.communities.find((x) => x.members.length > 1);
    expect(first).toBeDefined();
    const g = first?.id as string;
    const els = overviewElements(flat, {
      grouping: {
        groupOf: c.communityOf,
        labelOf: (id) => c.communities.find((x) => x.id === id)?.name,
      },
      expanded: new Set([g]),
      edgeMode: 'each',
    });
    const box = els.find((e) => e.data.id === groupNodeId(g))?.data as GroupNodeData;
    expect(box.open).toBe(true);
    for (const m of first?.members ?? []) {
      expect((els.find((e) => e.data.id === m)?.data as { parent?: string }).parent).toBe(box.id);
    }
  });
});

describe('shortLabel', () => {
  it('drops a community name\'s "and N more" (the count follows in brackets)', () => {
    expect(shortLabel('Arctic Ocean, North Pole and 1,141 more')).toBe('Arctic Ocean, North Pole…');
    expect(shortLabel('United States')).toBe('United States');
  });
});

describe('the links drawn', () => {
  it("keeps each group's strongest links, not every pair", () => {
    // Seven blocs of two (a and its member), every pair of blocs linked by i + j meetings.
    const blocs = [0, 1, 2, 3, 4, 5, 6];
    const actors = blocs.flatMap((i) => [
      { id: `b${i}`, name: `Bloc ${i}`, kind: 'state' as const },
      { id: `m${i}`, name: `Member ${i}`, kind: 'person' as const, memberOf: `b${i}` },
    ]);
    const relations: Relation[] = [];
    for (const i of blocs)
      for (const j of blocs)
        if (i < j)
          for (let k = 0; k < i + j; k++)
            relations.push({
              id: `r${i}-${j}-${k}`,
              kind: 'meeting',
              participants: [{ actor: `m${i}` }, { actor: `m${j}` }],
            });
    const flat = { actors, relations };
    const els = overviewElements(flat, {
      grouping: { groupOf: blocOverview(flat).groupOf },
      expanded: new Set(),
      edgeMode: 'each',
    });
    const drawnLinks = els
      .filter((e) => e.data.elementType === 'link')
      .map((e) => e.data as LinkData);
    expect(drawnLinks.length).toBeLessThan(21);
    // The strongest pair (5–6: 11 meetings) is drawn; the weakest (0–1: 1 meeting) is not.
    expect(drawnLinks.some((l) => l.count === 11)).toBe(true);
    expect(drawnLinks.some((l) => l.count === 1)).toBe(false);
    // Each drawn link took a free place at one of its ends at least.
    expect(drawnLinks.length).toBeLessThanOrEqual(blocs.length * LINKS_PER_NODE);
  });

  it("draws an opened group's member with its strongest link only", () => {
    // Bloc b0 (its head and m0) opened; m0 met each of five other blocs' members, bloc i i times.
    const others = [1, 2, 3, 4, 5];
    const actors = [0, ...others].flatMap((i) => [
      { id: `b${i}`, name: `Bloc ${i}`, kind: 'state' as const },
      { id: `m${i}`, name: `Member ${i}`, kind: 'person' as const, memberOf: `b${i}` },
    ]);
    const relations: Relation[] = others.flatMap((i) =>
      Array.from({ length: i }, (_, k) => ({
        id: `r${i}-${k}`,
        kind: 'meeting' as const,
        participants: [{ actor: 'm0' }, { actor: `m${i}` }],
      })),
    );
    const flat = { actors, relations };
    const groupOf = blocOverview(flat).groupOf;
    const links = (expanded: string[]): LinkData[] =>
      overviewElements(flat, {
        grouping: { groupOf },
        expanded: new Set(expanded),
        edgeMode: 'each',
      })
        .filter((e) => e.data.elementType === 'link')
        .map((e) => e.data as LinkData);
    // Closed, b0 is linked to all five (each link has room at its other end).
    expect(links([]).length).toBe(5);
    const opened = links(['b0']).filter((l) => l.source === 'm0' || l.target === 'm0');
    expect(opened.length).toBe(LINKS_PER_OPENED_MEMBER);
    expect(opened[0]?.count).toBe(5);
  });
});

describe('membersOfGroup', () => {
  it("reads a group's members from the grouping's list, else off groupOf", () => {
    const groupOf = new Map([
      ['a', 'g'],
      ['b', 'h'],
      ['c', 'g'],
    ]);
    expect(membersOfGroup({ groupOf }, 'g')).toEqual(['a', 'c']);
    expect(membersOfGroup({ groupOf, members: new Map([['g', ['c']]]) }, 'g')).toEqual(['c']);
  });
});

/**
 * A bloc: its head `id` and `members` people, each a member of `under` (default: the head); a
 * `sub` bloc head between them when asked.
 */
function bloc(id: string, members: number, sub = false) {
  const under = sub ? `${id}-sub` : id;
  return [
    { id, name: id, kind: 'state' as const },
    ...(sub ? [{ id: under, name: `${id} sub`, kind: 'organization' as const, memberOf: id }] : []),
    ...Array.from({ length: members }, (_, i) => ({
      id: `${id}-${i}`,
      name: `${id} ${i}`,
      kind: 'person' as const,
      memberOf: under,
    })),
  ];
}

/** The elements of `flat` with its blocs `small` and `large` opened. */
function openSmallAndLarge(flat: { actors: ReturnType<typeof bloc>; relations: Relation[] }) {
  return overviewElements(flat, {
    grouping: { groupOf: blocOverview(flat).groupOf },
    expanded: new Set(['small', 'large']),
    edgeMode: 'each',
  });
}

describe('names in an opened group', () => {
  it('shows the names of a small opened group; a large one waits for a zoom-in', () => {
    const flat = {
      actors: [...bloc('small', 3), ...bloc('large', OPENED_NAMED_MAX)],
      relations: [],
    };
    const els = openSmallAndLarge(flat);
    const single = (id: string): boolean | undefined =>
      (els.find((e) => e.data.id === id)?.data as { single?: boolean } | undefined)?.single;
    expect(single('small-0')).toBeUndefined();
    expect(single('large-0')).toBe(true);
  });
});

describe('boxes in an opened group', () => {
  it('keeps the inner blocs of a small opened group as boxes; a large one draws none', () => {
    // Each bloc: its head, a sub-bloc head under it, and members under the sub-bloc.
    const flat = {
      actors: [...bloc('small', 3, true), ...bloc('large', OPENED_NAMED_MAX, true)],
      relations: [],
    };
    const els = openSmallAndLarge(flat);
    const parent = (id: string): unknown => els.find((e) => e.data.id === id)?.data.parent;
    expect(parent('small-0')).toBe('small-sub');
    expect(parent('small-sub')).toBe('small');
    expect(parent('large-0')).toBeUndefined();
    expect(parent('large-sub')).toBeUndefined();
    expect(els.filter((e) => e.data.parent !== undefined).map((e) => e.data.id)).toEqual([
      'small-sub',
      'small-0',
      'small-1',
      'small-2',
    ]);
  });
});
