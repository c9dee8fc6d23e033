import { describe, expect, it } from 'vitest';
import { applyEdit, citationsOf } from '../../../../src/model/edit/index.ts';
import type { Dataset, Relation } from '../../../../src/model/schema.ts';
import { ok, refused, small } from './fixture.ts';

describe('sources', () => {
  it('adds and updates a source', () => {
    const ds = small();
    const source = { id: 'tv', title: 'A broadcast', publisher: 'TV', date: '2025-10-09' };
    const added = ok(ds, { type: 'addSource', source });
    expect(added.label).toBe("Added source 'A broadcast'");
    expect(added.dataset.sources.at(-1)).toEqual(source);
    expect(added.dataset.actors).toBe(ds.actors);
    const edited = { ...source, title: 'A TV broadcast', url: 'https://example.org/tv' };
    const updated = ok(added.dataset, { type: 'updateSource', id: 'tv', source: edited });
    expect(updated.label).toBe("Edited source 'A TV broadcast'");
    expect(updated.dataset.sources[2]).toEqual(edited);
  });

  it("refuses a duplicate id, a bad URL and an unknown source, with the validator's messages", () => {
    const ds = small();
    expect(
      refused(ds, { type: 'addSource', source: { id: 'wire', title: 'Again' } }).problems,
    ).toEqual([
      { path: 'sources[2].id', message: "duplicate source id 'wire' — already used by sources[0]" },
    ]);
    const bad = { id: 'wire', title: 'A wire story', url: 'javascript:alert(1)' };
    expect(refused(ds, { type: 'updateSource', id: 'wire', source: bad }).problems).toEqual([
      {
        path: 'sources[0].url',
        message: "'javascript:alert(1)' must be an absolute http: or https: URL",
      },
    ]);
    expect(refused(ds, { type: 'deleteSource', id: 'tv' }).problems).toEqual([
      { path: 'sources', message: "there is no source 'tv'" },
    ]);
  });

  it('lists what cites a source, in document order', () => {
    const ds = small();
    expect(citationsOf(ds, 'wire')).toEqual([
      'actors[2].sources',
      'actors[4].sources',
      'relations[0].participants[0].sources',
      'relations[0].quotes[0].source',
      'relations[0].sources',
    ]);
    expect(citationsOf(ds, 'paper')).toEqual([
      'actors[4].sources',
      'relations[0].quotes[1].source',
    ]);
    expect(citationsOf(ds, 'nothing')).toEqual([]);
  });

  it('refuses to delete a cited source, naming what cites it', () => {
    const out = refused(small(), { type: 'deleteSource', id: 'paper' });
    expect(out.needs).toEqual({
      type: 'citedBy',
      paths: ['actors[4].sources', 'relations[0].quotes[1].source'],
    });
    expect(out.problems).toEqual([
      {
        path: 'sources[1]',
        message:
          "source 'A newspaper story' is cited in 2 places: actors[4].sources and relations[0].quotes[1].source",
      },
    ]);
  });

  it('with force: removes every citation; empty lists and quote sources go', () => {
    const ds = small();
    const { dataset, label } = ok(ds, { type: 'deleteSource', id: 'wire', force: true });
    expect(label).toBe("Deleted source 'A wire story' and its citations in 5 places");
    expect(dataset.sources.map((s) => s.id)).toEqual(['paper']);
    expect(dataset.actors[2]).toEqual({
      id: 'witkoff',
      name: 'Steve Witkoff',
      kind: 'person',
      memberOf: 'envoys',
      'x-note': 'kept',
    });
    expect(dataset.actors[4]?.sources).toEqual(['paper']);
    const sharm = dataset.relations[0] as Relation;
    expect('sources' in sharm).toBe(false);
    expect(sharm.participants[0]).toEqual({ actor: 'witkoff' });
    expect(sharm.participants[1]).toBe(ds.relations[0]?.participants[1]);
    expect(sharm.quotes).toEqual([
      { text: 'We met.', speaker: 'witkoff' },
      { text: 'They met.', source: 'paper' },
    ]);
    expect(dataset.relations[1]).toBe(ds.relations[1]);
    expect(dataset.actors[0]).toBe(ds.actors[0]);
    expect(citationsOf(dataset, 'wire')).toEqual([]);
  });

  it('deletes a source nothing cites without force', () => {
    const ds = ok(small(), { type: 'addSource', source: { id: 'tv', title: 'TV' } }).dataset;
    const { dataset, label } = ok(ds, { type: 'deleteSource', id: 'tv' });
    expect(label).toBe("Deleted source 'TV'");
    expect(dataset).toEqual(small());
  });
});

describe('setPositions', () => {
  it('sets and removes positions of actors', () => {
    const ds = small();
    const { dataset, label } = ok(ds, {
      type: 'setPositions',
      positions: { qatar: { x: 10, y: -2.5 }, hamas: undefined },
    });
    expect(label).toBe('Moved 2 actors');
    expect(dataset.positions).toEqual({
      actors: { witkoff: { x: 1, y: 2 }, qatar: { x: 10, y: -2.5 } },
      events: ds.positions?.events,
    });
    expect(dataset.positions?.events).toBe(ds.positions?.events);
    expect(ok(ds, { type: 'setPositions', positions: { hamas: { x: 0, y: 0 } } }).label).toBe(
      "Moved 'Hamas'",
    );
    expect(ok(ds, { type: 'setPositions', positions: { hamas: undefined } }).label).toBe(
      "Cleared the position of 'Hamas'",
    );
  });

  it('removes the positions object when nothing is left in it', () => {
    const base: Dataset = { ...small(), positions: { actors: { hamas: { x: 1, y: 1 } } } };
    const { dataset, label } = ok(base, {
      type: 'setPositions',
      positions: { hamas: undefined, qatar: undefined },
    });
    expect(label).toBe('Cleared the positions of 2 actors');
    expect('positions' in dataset).toBe(false);
    const fresh = ok(dataset, { type: 'setPositions', positions: { us: { x: 4, y: 5 } } }).dataset;
    expect(fresh.positions).toEqual({ actors: { us: { x: 4, y: 5 } } });
  });

  it("refuses an unknown actor, a relation and a non-finite number, with the validator's messages", () => {
    const ds = small();
    const out = refused(ds, {
      type: 'setPositions',
      positions: { witkof: { x: 1, y: 1 }, talks: { x: 1, y: 1 }, us: { x: Infinity, y: 0 } },
    });
    expect(out.problems).toEqual([
      {
        path: 'positions.actors.witkof',
        message: "unknown actor 'witkof' — did you mean 'witkoff'?",
      },
      {
        path: 'positions.actors.talks',
        message: "'talks' is a relation, not an actor: relations are placed under positions.events",
      },
      { path: 'positions.actors.us.x', message: 'Infinity is not JSON data' },
      expect.objectContaining({ path: 'positions.actors.us.x' }),
    ]);
  });

  it('refuses the key __proto__ as an own key, never touching a prototype', () => {
    const positions = JSON.parse('{"__proto__": {"x": 1, "y": 2}}') as Record<
      string,
      { x: number; y: number }
    >;
    const out = applyEdit(small(), { type: 'setPositions', positions });
    expect(out.ok).toBe(false);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
