import { describe, expect, it } from 'vitest';
import { emptyDataset, relationsNeeding } from '../../../../src/model/edit/index.ts';
import type { Dataset, Relation } from '../../../../src/model/schema.ts';
import { ok, refused, small } from './fixture.ts';

describe('setMeta', () => {
  it('sets the title and description, removes asOf, keeps the rest', () => {
    const ds = small();
    const { dataset, label } = ok(ds, {
      type: 'setMeta',
      meta: { title: 'Renamed', description: 'About it', asOf: undefined },
    });
    expect(dataset.title).toBe('Renamed');
    expect(dataset.description).toBe('About it');
    expect('asOf' in dataset).toBe(false);
    expect(dataset.actors).toBe(ds.actors);
    expect(Object.keys(dataset).slice(0, 4)).toEqual([
      'schemaVersion',
      'id',
      'title',
      'description',
    ]);
    expect(label).toBe("Changed the dataset's title, as-of date and description");
  });

  it("refuses a date that is not one, with the validator's message", () => {
    const out = refused(small(), { type: 'setMeta', meta: { title: 'Small', asOf: '2025-02-30' } });
    expect(out.problems).toEqual([
      { path: 'asOf', message: "'2025-02-30' is not a real calendar date" },
    ]);
  });

  it('refuses an empty title', () => {
    const out = refused(small(), { type: 'setMeta', meta: { title: '' } });
    expect(out.problems).toEqual([{ path: 'title', message: 'must not be empty' }]);
  });
});

describe('actors', () => {
  it('adds an actor, sharing every record it does not touch', () => {
    const ds = small();
    const actor = { id: 'kushner', name: 'Jared Kushner', kind: 'person' as const };
    const { dataset, label } = ok(ds, { type: 'addActor', actor });
    expect(dataset.actors.at(-1)).toEqual(actor);
    expect(dataset.actors.slice(0, -1)).toEqual(ds.actors);
    expect(dataset.actors[0]).toBe(ds.actors[0]);
    expect(dataset.relations).toBe(ds.relations);
    expect(label).toBe("Added actor 'Jared Kushner'");
  });

  it('keeps its own copy of the record given, without undefined fields', () => {
    const actor = {
      id: 'kushner',
      name: 'Jared Kushner',
      kind: 'person' as const,
      title: undefined,
    };
    const { dataset } = ok(small(), { type: 'addActor', actor });
    const added = dataset.actors.at(-1);
    expect(added).not.toBe(actor);
    expect(added && Object.keys(added)).toEqual(['id', 'name', 'kind']);
    actor.name = 'Changed later';
    expect(added?.name).toBe('Jared Kushner');
  });

  it("refuses a duplicate id with the validator's message and path", () => {
    const out = refused(small(), {
      type: 'addActor',
      actor: { id: 'hamas', name: 'Another', kind: 'organization' },
    });
    expect(out.problems).toEqual([
      { path: 'actors[5].id', message: "duplicate id 'hamas' — already used by actors[3]" },
    ]);
  });

  it('refuses an id taken by a relation, an empty name and an unknown group', () => {
    const out = refused(small(), {
      type: 'addActor',
      actor: { id: 'talks', name: ' ', kind: 'person', memberOf: 'envoy' },
    });
    expect(out.problems).toEqual([
      {
        path: 'actors[5].name',
        message:
          "' ' must contain a visible character: it is only white space or zero-width characters",
      },
      { path: 'actors[5].memberOf', message: "unknown actor 'envoy' — did you mean 'envoys'?" },
      { path: 'relations[1].id', message: "duplicate id 'talks' — already used by actors[5]" },
    ]);
  });

  it('updates an actor with the whole record given (x- keys as the form passes them)', () => {
    const ds = small();
    const actor = { id: 'witkoff', name: 'Steven Witkoff', kind: 'person' as const, 'x-new': 1 };
    const { dataset, label } = ok(ds, { type: 'updateActor', id: 'witkoff', actor });
    expect(dataset.actors[2]).toEqual(actor);
    expect(dataset.actors[1]).toBe(ds.actors[1]);
    expect(label).toBe("Edited actor 'Steven Witkoff'");
  });

  it("refuses a memberOf cycle with the validator's message", () => {
    const ds = small();
    const us = { ...ds.actors[0], memberOf: 'witkoff' } as Dataset['actors'][number];
    const out = refused(ds, { type: 'updateActor', id: 'us', actor: us });
    expect(out.problems).toEqual([
      {
        path: 'actors[0].memberOf',
        message: "memberOf forms a cycle: 'us' → 'witkoff' → 'envoys' → 'us'",
      },
    ]);
    const self = { ...ds.actors[3], memberOf: 'hamas' } as Dataset['actors'][number];
    expect(refused(ds, { type: 'updateActor', id: 'hamas', actor: self }).problems).toEqual([
      { path: 'actors[3].memberOf', message: "'hamas' is a member of itself" },
    ]);
  });

  it('refuses a changed id and an unknown actor', () => {
    const ds = small();
    const actor = { id: 'steve', name: 'Steve', kind: 'person' as const };
    expect(refused(ds, { type: 'updateActor', id: 'witkoff', actor }).problems).toEqual([
      {
        path: 'actors[2].id',
        message: "the id of actor 'witkoff' cannot be changed (to 'steve')",
      },
    ]);
    expect(refused(ds, { type: 'updateActor', id: 'steve', actor }).problems).toEqual([
      { path: 'actors', message: "there is no actor 'steve'" },
    ]);
    expect(refused(ds, { type: 'deleteActor', id: 'steve' }).problems).toEqual([
      { path: 'actors', message: "there is no actor 'steve'" },
    ]);
  });
});

describe('deleteActor', () => {
  it('refuses when a relation needs the actor, naming it', () => {
    const ds = small();
    expect(relationsNeeding(ds, 'witkoff')).toEqual(['talks']);
    expect(relationsNeeding(ds, 'qatar')).toEqual([]);
    const out = refused(ds, { type: 'deleteActor', id: 'witkoff' });
    expect(out.needs).toEqual({ type: 'relations', ids: ['talks'] });
    expect(out.problems).toEqual([
      {
        path: 'actors[2]',
        message:
          "'Steve Witkoff' is one of the two distinct participants of relation 'Direct talks': delete it too, or keep the actor",
      },
    ]);
  });

  it('with its relations: removes them and every other reference', () => {
    const ds = small();
    const { dataset, label } = ok(ds, { type: 'deleteActor', id: 'witkoff', withRelations: true });
    expect(label).toBe("Deleted actor 'Steve Witkoff' and relation 'Direct talks'");
    expect(dataset.actors.map((a) => a.id)).toEqual(['us', 'envoys', 'hamas', 'qatar']);
    expect(dataset.relations.map((r) => r.id)).toEqual(['sharm']);
    const sharm = dataset.relations[0] as Relation;
    expect(sharm.participants.map((p) => p.actor)).toEqual(['hamas', 'qatar']);
    expect(sharm.quotes).toEqual([
      { text: 'We met.', source: 'wire' },
      { text: 'They met.', source: 'paper' },
    ]);
    expect(sharm['x-extra' as keyof Relation]).toEqual({ free: true });
    expect(sharm.quotes?.[1]).toBe(ds.relations[0]?.quotes?.[1]);
    expect(dataset.positions).toEqual({
      actors: { hamas: { x: 3, y: 4 } },
      events: { sharm: { x: 5, y: 6 } },
    });
    expect(dataset.actors[0]).toBe(ds.actors[0]);
  });

  it("drops members' memberOf, and positions that would be left empty", () => {
    const ds = small();
    const { dataset } = ok(ds, { type: 'deleteActor', id: 'envoys' });
    expect(dataset.actors.find((a) => a.id === 'witkoff')).toEqual({
      id: 'witkoff',
      name: 'Steve Witkoff',
      kind: 'person',
      sources: ['wire'],
      'x-note': 'kept',
    });
    const noPositions = ok(ds, {
      type: 'setPositions',
      positions: { witkoff: undefined, hamas: undefined },
    }).dataset;
    expect(noPositions.positions).toEqual({
      events: { sharm: { x: 5, y: 6 }, witkoff: { x: 7, y: 8 } },
    });
    const gone = ok(noPositions, { type: 'deleteActor', id: 'witkoff', withRelations: true });
    expect(gone.dataset.positions).toEqual({ events: { sharm: { x: 5, y: 6 } } });
    const none = ok(gone.dataset, { type: 'deleteRelation', id: 'sharm' }).dataset;
    expect('positions' in none).toBe(false);
  });

  it('deletes the last actor of a draft', () => {
    const draft = ok(emptyDataset({ title: 'Draft' }), {
      type: 'addActor',
      actor: { id: 'a', name: 'A', kind: 'other' },
    }).dataset;
    const { dataset } = ok(draft, { type: 'deleteActor', id: 'a' });
    expect(dataset.actors).toEqual([]);
  });

  it('names several relations, and counts them in the label', () => {
    const ds = small();
    const extra: Relation = {
      id: 'call',
      kind: 'statement',
      participants: [{ actor: 'hamas' }, { actor: 'qatar' }],
    };
    const more = ok(ds, { type: 'addRelation', relation: extra }).dataset;
    const out = refused(more, { type: 'deleteActor', id: 'hamas' });
    expect(out.needs).toEqual({ type: 'relations', ids: ['talks', 'call'] });
    expect(out.problems[0]?.message).toBe(
      "'Hamas' is one of the two distinct participants of 2 relations 'Direct talks' and 'Statement': delete them too, or keep the actor",
    );
    const done = ok(more, { type: 'deleteActor', id: 'hamas', withRelations: true });
    expect(done.label).toBe("Deleted actor 'Hamas' and 2 relations");
    expect(done.dataset.relations.map((r) => r.participants.map((p) => p.actor))).toEqual([
      ['witkoff', 'qatar'],
    ]);
  });
});

describe('relations', () => {
  const doha: Relation = {
    id: 'doha',
    kind: 'meeting',
    place: 'Doha',
    participants: [{ actor: 'qatar', role: 'host' }, { actor: 'hamas' }],
  };

  it('adds, updates and deletes a relation', () => {
    const ds = small();
    const added = ok(ds, { type: 'addRelation', relation: doha });
    expect(added.label).toBe("Added relation 'Meeting · Doha'");
    expect(added.dataset.relations.at(-1)).toEqual(doha);
    const changed = { ...doha, date: '2025-10-08' };
    const updated = ok(added.dataset, { type: 'updateRelation', id: 'doha', relation: changed });
    expect(updated.label).toBe("Edited relation 'Meeting · Doha · 8 Oct 2025'");
    expect(updated.dataset.relations[2]).toEqual(changed);
    const deleted = ok(ds, { type: 'deleteRelation', id: 'sharm' });
    expect(deleted.label).toBe("Deleted relation 'Meeting · Sharm el-Sheikh'");
    expect(deleted.dataset.relations.map((r) => r.id)).toEqual(['talks']);
    expect(deleted.dataset.positions?.events).toEqual({ witkoff: { x: 7, y: 8 } });
    expect(deleted.dataset.actors).toBe(ds.actors);
  });

  it("refuses what the validator refuses, at the new relation's paths", () => {
    const ds = small();
    const one = { ...doha, participants: [{ actor: 'qatar' }, { actor: 'qatar' }] };
    expect(refused(ds, { type: 'addRelation', relation: one }).problems).toEqual([
      {
        path: 'relations[2].participants',
        message: "needs at least 2 distinct actors, but every participant is 'qatar'",
      },
    ]);
    const bad = {
      ...doha,
      participants: [{ actor: 'qatr' }, { actor: 'talks' }],
      date: '2025-10-09',
      endDate: '2025-10-01',
    };
    expect(refused(ds, { type: 'addRelation', relation: bad }).problems).toEqual([
      {
        path: 'relations[2].participants[0].actor',
        message: "unknown actor 'qatr' — did you mean 'qatar'?",
      },
      {
        path: 'relations[2].participants[1].actor',
        message: "'talks' is a relation, not an actor",
      },
      { path: 'relations[2].endDate', message: "endDate '2025-10-01' is before date '2025-10-09'" },
    ]);
  });

  it('refuses a role the kind lacks, a changed id and an unknown relation', () => {
    const ds = small();
    const attack = { ...(ds.relations[0] as Relation), kind: 'attack' } as Relation;
    const out = refused(ds, { type: 'updateRelation', id: 'sharm', relation: attack });
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]?.path).toBe('relations[0].participants[2].role');
    const renamed = { ...doha, id: 'sharm-2' };
    expect(
      refused(ds, { type: 'updateRelation', id: 'sharm', relation: renamed }).problems,
    ).toEqual([
      {
        path: 'relations[0].id',
        message: "the id of relation 'sharm' cannot be changed (to 'sharm-2')",
      },
    ]);
    expect(refused(ds, { type: 'deleteRelation', id: 'nope' }).problems).toEqual([
      { path: 'relations', message: "there is no relation 'nope'" },
    ]);
  });
});
