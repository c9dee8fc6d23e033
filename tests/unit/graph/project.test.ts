import { describe, expect, it } from 'vitest';
import {
  edgesByPair,
  pairKey,
  participantsOf,
  projectDataset,
  projectRelation,
} from '../../../src/graph/project.ts';
import type { Relation } from '../../../src/model/schema.ts';

const arcs = (r: Relation): string[] =>
  projectRelation(r).map((e) => `${e.source}${e.directed ? '>' : '-'}${e.target}`);
const p = (actor: string, role?: string) => (role ? { actor, role } : { actor });

describe('projectRelation', () => {
  it('links everyone at a meeting to everyone else, undirected, ends in id order', () => {
    const r = {
      id: 'm',
      kind: 'meeting',
      participants: [p('c'), p('a', 'host'), p('b', 'mediator')],
    } as Relation;
    expect(arcs(r)).toEqual(['a-c', 'b-c', 'a-b']);
  });

  it('links negotiation parties through their mediators, or directly when there is none', () => {
    const withMediator = {
      id: 'n',
      kind: 'negotiation',
      participants: [p('x'), p('y'), p('m', 'mediator')],
    } as Relation;
    expect(arcs(withMediator)).toEqual(['m>x', 'm>y']);
    const direct = { id: 'n2', kind: 'negotiation', participants: [p('y'), p('x')] } as Relation;
    expect(arcs(direct)).toEqual(['x-y']);
  });

  it('projects the directed kinds from their roles', () => {
    expect(
      arcs({
        id: 'g',
        kind: 'guarantee',
        participants: [p('us'), p('h', 'beneficiary'), p('i', 'subject')],
      } as Relation),
    ).toEqual(['us>h', 'us>i']);
    expect(
      arcs({
        id: 'p',
        kind: 'proposal',
        participants: [p('w'), p('h', 'recipient'), p('q', 'mediator')],
      } as Relation),
    ).toEqual(['w>q', 'q>h']);
    expect(
      arcs({ id: 'p2', kind: 'proposal', participants: [p('w'), p('h', 'recipient')] } as Relation),
    ).toEqual(['w>h']);
    expect(
      arcs({
        id: 's',
        kind: 'statement',
        participants: [p('a'), p('b', 'addressee'), p('c', 'addressee')],
      } as Relation),
    ).toEqual(['a>b', 'a>c']);
    expect(
      arcs({ id: 'k', kind: 'attack', participants: [p('i'), p('q', 'target')] } as Relation),
    ).toEqual(['i>q']);
    expect(
      arcs({
        id: 'au',
        kind: 'authorization',
        participants: [p('t'), p('w', 'grantee')],
      } as Relation),
    ).toEqual(['t>w']);
    expect(
      arcs({
        id: 'md',
        kind: 'mediation',
        participants: [p('q'), p('a', 'party'), p('b', 'party')],
      } as Relation),
    ).toEqual(['q>a', 'q>b']);
    expect(
      arcs({
        id: 't',
        kind: 'tie',
        participants: [p('s'), p('t', 'target'), p('m2', 'member'), p('m1', 'member')],
      } as Relation),
    ).toEqual(['s>t', 'm1-m2']);
  });

  it('fills in default roles and the default certainty, and copies dates', () => {
    const r = {
      id: 'm',
      kind: 'meeting',
      participants: [p('a'), p('b')],
      date: '2025-10',
      endDate: '2025-11',
    } as Relation;
    expect(participantsOf(r)).toEqual([
      { actor: 'a', role: 'participant' },
      { actor: 'b', role: 'participant' },
    ]);
    expect(projectRelation(r)).toEqual([
      {
        id: 'm#0',
        relationId: 'm',
        kind: 'meeting',
        source: 'a',
        target: 'b',
        directed: false,
        sourceRole: 'participant',
        targetRole: 'participant',
        certainty: 'reported',
        date: '2025-10',
        endDate: '2025-11',
      },
    ]);
  });
});

describe('edgesByPair and pairKey', () => {
  it('groups the edges of both directions under one unordered key', () => {
    const relations = [
      { id: 's1', kind: 'statement', participants: [p('b'), p('a', 'addressee')] },
      { id: 's2', kind: 'statement', participants: [p('a'), p('b', 'addressee')] },
    ] as Relation[];
    const groups = edgesByPair(projectDataset({ relations }));
    expect([...groups.keys()]).toEqual([pairKey('b', 'a')]);
    expect(groups.get('a|b')?.map((e) => e.relationId)).toEqual(['s1', 's2']);
  });
});
