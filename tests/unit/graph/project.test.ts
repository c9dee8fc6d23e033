import { describe, expect, it } from 'vitest';
import {
  certaintiesOf,
  edgesByPair,
  pairKey,
  participantCertainty,
  participantsOf,
  projectDataset,
  projectedEdges,
  projectRelation,
  weakerCertainty,
} from '../../../src/graph/project.ts';
import type { Relation } from '../../../src/model/schema.ts';
import type { Certainty } from '../../../src/model/vocabulary.ts';

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

describe('projection of the format additions', () => {
  const rel = (
    kind: Relation['kind'],
    participants: Relation['participants'],
    certainty?: Certainty,
  ) => ({ id: 'r', kind, participants, ...(certainty ? { certainty } : {}) }) as Relation;
  const brief = (r: Relation) =>
    projectRelation(r).map((e) => [e.source, e.target, e.directed, e.variant ?? '-', e.certainty]);

  it('a statement subject is said about, marked apart from said to', () => {
    const r = rel('statement', [
      { actor: 'witkoff' },
      { actor: 'hamas', role: 'subject' },
      { actor: 'press', role: 'addressee' },
    ]);
    expect(brief(r)).toEqual([
      ['witkoff', 'press', true, '-', 'reported'],
      ['witkoff', 'hamas', true, 'said-about', 'reported'],
    ]);
  });

  it('a guarantee conveyor is drawn conveyor → beneficiary, marked conveyed', () => {
    const r = rel('guarantee', [
      { actor: 'us' },
      { actor: 'hamas', role: 'beneficiary' },
      { actor: 'witkoff', role: 'conveyor' },
    ]);
    expect(brief(r)).toEqual([
      ['us', 'hamas', true, '-', 'reported'],
      ['witkoff', 'hamas', true, 'conveyed', 'reported'],
    ]);
  });

  it('an agreement links its parties, and mediators and guarantors to each party', () => {
    const r = rel('agreement', [
      { actor: 'israel' },
      { actor: 'hamas' },
      { actor: 'qatar', role: 'mediator' },
      { actor: 'us', role: 'guarantor' },
    ]);
    expect(brief(r)).toEqual([
      ['hamas', 'israel', false, '-', 'reported'],
      ['qatar', 'israel', true, '-', 'reported'],
      ['qatar', 'hamas', true, '-', 'reported'],
      ['us', 'israel', true, '-', 'reported'],
      ['us', 'hamas', true, '-', 'reported'],
    ]);
  });

  it("an edge has the weaker of its two ends' certainties; a part overrides the relation", () => {
    const r = rel(
      'meeting',
      [
        { actor: 'a' },
        { actor: 'b', certainty: 'confirmed' },
        { actor: 'c', certainty: 'disputed' },
      ],
      'confirmed',
    );
    expect(brief(r).map((e) => `${e[0]}-${e[1]}:${e[4]}`)).toEqual([
      'a-b:confirmed',
      'a-c:disputed',
      'b-c:disputed',
    ]);
    expect(participantCertainty(r, 'c')).toBe('disputed');
    expect(participantCertainty(r, 'a')).toBe('confirmed');
    expect([...certaintiesOf(r)].sort()).toEqual(['confirmed', 'disputed']);
    expect(weakerCertainty('reported', 'confirmed')).toBe('reported');
  });
});

describe('projectedEdges', () => {
  it('projects a dataset once, and a new dataset (an edit) anew', () => {
    const meeting: Relation = {
      id: 'm',
      kind: 'meeting',
      participants: [p('a'), p('b'), p('c')],
    } as Relation;
    const ds = { relations: [meeting] };
    const first = projectedEdges(ds);
    expect(first).toEqual(projectDataset(ds));
    expect(projectedEdges(ds)).toBe(first);
    const edited = { relations: [meeting, { ...meeting, id: 'n' }] };
    expect(projectedEdges(edited)).not.toBe(first);
    expect(projectedEdges(edited)).toHaveLength(2 * first.length);
  });
});
