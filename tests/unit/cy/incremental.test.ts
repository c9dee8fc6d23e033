/**
 * Edits drawn in place (src/cy/incremental.ts through the controller), headless in Node: while
 * editing, a new dataset under the same key is diffed into the Core with no layout and nothing drawn
 * moving; each case has a control without `editing` that lays out again (so that it can fail).
 * Also the picked actors' class, the additive tap, the edge drawn by edgehandles, and `placeNew`.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Core, ElementDefinition, NodeSingular, Position } from 'cytoscape';
import type { GraphController } from '../../../src/cy/controller.ts';
import { drawnKeyOf } from '../../../src/cy/elements.ts';
import { EDIT_CLASSES } from '../../../src/cy/edit-style.ts';
import cytoscape from 'cytoscape';
import { applyElements, placeNew } from '../../../src/cy/incremental.ts';
import type { Actor, Dataset, Relation } from '../../../src/model/schema.ts';
import { DS, drawnInTest, showAll, withClass } from './controller-fixture.ts';

const draw = drawnInTest();
const EDITING = { editing: { picked: [] as string[] } };

/** Every leaf node's position. */
function positions(cy: Core): Map<string, Position> {
  const out = new Map<string, Position>();
  cy.nodes()
    .filter((n) => !n.isParent())
    .forEach((n) => {
      out.set(n.id(), { ...n.position() });
    });
  return out;
}

const ids = (cy: Core, sel = '*'): string[] =>
  cy
    .elements(sel)
    .map((e) => e.id())
    .sort();

const dist = (a: Position, b: Position): number => Math.hypot(a.x - b.x, a.y - b.y);

const withActor = (ds: Dataset, a: Actor, ...rs: Relation[]): Dataset => ({
  ...ds,
  actors: [...ds.actors, a],
  relations: [...ds.relations, ...rs],
});

const BIBI: Actor = { id: 'bibi', name: 'Netanyahu', kind: 'person', memberOf: 'israel' };
const MET: Relation = {
  id: 'm9',
  kind: 'meeting',
  participants: [{ actor: 'bibi' }, { actor: 'witkoff' }],
};
const LONE: Actor = { id: 'egypt', name: 'Egypt', kind: 'state' };

/**
 * Draws DS (editing or not), then applies `edit` to the dataset under the same key; returns the
 * Core, the positions before and after, and how many layouts ran for the edit.
 */
async function edited(
  edit: (ds: Dataset) => Dataset,
  editing: boolean,
  start: Dataset = DS,
): Promise<{
  cy: Core;
  controller: GraphController;
  before: Map<string, Position>;
  after: Map<string, Position>;
  layouts: number;
  /** Elements drawn before and after that are new element objects (rebuilt, not kept). */
  rebuilt: number;
  drawn: ReturnType<typeof vi.fn>;
}> {
  const drawn = vi.fn();
  const { cy, controller } = await draw(
    { dataset: start, presentation: showAll(start), ...(editing && EDITING) },
    { onDrawn: drawn },
  );
  const before = positions(cy);
  const objects = new Map(cy.elements().map((e) => [e.id(), e[0]] as const));
  const spy = vi.spyOn(cy, 'layout');
  const next = edit(start);
  controller.update({ dataset: next, presentation: showAll(next) });
  await controller.ready();
  const layouts = spy.mock.calls.length;
  spy.mockRestore();
  const rebuilt = cy.elements().filter((e) => {
    const old = objects.get(e.id());
    return old !== undefined && old !== e[0];
  }).length;
  return { cy, controller, before, after: positions(cy), layouts, rebuilt, drawn };
}

/** The positions of `before`'s nodes that are still drawn and moved. */
function moved(before: Map<string, Position>, after: Map<string, Position>): string[] {
  return [...before]
    .filter(([id, p]) => {
      const q = after.get(id);
      return q !== undefined && dist(p, q) > 1e-6;
    })
    .map(([id]) => id);
}

describe('an edit drawn in place', () => {
  it('adds an actor and its relation beside its neighbour: no layout, nothing else moves', async () => {
    const r = await edited((ds) => withActor(ds, BIBI, MET), true);
    expect(r.layouts).toBe(0);
    expect(r.rebuilt).toBe(0);
    expect(moved(r.before, r.after)).toEqual([]);
    expect([...r.after.keys()].filter((id) => !r.before.has(id))).toEqual(['bibi']);
    expect(r.cy.getElementById('m9#0').nonempty()).toBe(true);
    expect(
      r.cy
        .getElementById('bibi')
        .parent()
        .map((p) => p.id()),
    ).toEqual(['israel']);
    const p = r.after.get('bibi') as Position;
    expect(dist(p, r.after.get('witkoff') as Position)).toBeLessThan(200);
    // Not on top of anything.
    for (const [id, q] of r.after) if (id !== 'bibi') expect(dist(p, q)).toBeGreaterThan(40);
    // Reported drawn, with the same key.
    expect(r.drawn).toHaveBeenLastCalledWith(
      drawnKeyOf({ datasetKey: 'test:fixture', view: 'actors', edgeMode: 'each', layout: 'force' }),
    );
    expect(r.drawn).toHaveBeenCalledTimes(2);
  });

  it('(control) without editing, the same change lays the scene out again', async () => {
    const r = await edited((ds) => withActor(ds, BIBI, MET), false);
    expect(r.layouts).toBeGreaterThan(0);
    expect(moved(r.before, r.after).length).toBeGreaterThan(0);
  });

  it('puts two new actors linked to nothing near the middle of the view, apart', async () => {
    const two = (ds: Dataset): Dataset =>
      withActor(withActor(ds, LONE), { id: 'jordan', name: 'Jordan', kind: 'state' });
    const r = await edited(two, true);
    expect(r.layouts).toBe(0);
    const [a, b] = [r.after.get('egypt'), r.after.get('jordan')] as Position[];
    expect(dist(a as Position, b as Position)).toBeGreaterThan(40);
  });

  it('deletes an actor (with its relations) and a relation', async () => {
    const del = (ds: Dataset): Dataset => ({
      ...ds,
      actors: ds.actors.filter((a) => a.id !== 'israel'),
      relations: ds.relations.filter((x) => x.id !== 's1' && x.id !== 'm4'),
    });
    const r = await edited(del, true);
    expect(r.layouts).toBe(0);
    expect(r.cy.getElementById('israel').empty()).toBe(true);
    expect(r.cy.getElementById('s1#0').empty()).toBe(true);
    expect(r.cy.getElementById('m4#0').empty()).toBe(true);
    expect(moved(r.before, r.after)).toEqual([]);
    expect(r.rebuilt).toBe(0);
    // Today's behaviour without editing: every element built again (positions restored).
    const control = await edited(del, false);
    expect(control.rebuilt).toBeGreaterThan(0);
  });

  it('deletes a group: its members stay, out of the box', async () => {
    const del = (ds: Dataset): Dataset => ({
      ...ds,
      actors: ds.actors
        .filter((a) => a.id !== 'us-envoys')
        .map((a) => (a.memberOf === 'us-envoys' ? { ...a, memberOf: 'us' } : a)),
    });
    const r = await edited(del, true);
    expect(r.cy.getElementById('us-envoys').empty()).toBe(true);
    expect(
      r.cy
        .getElementById('witkoff')
        .parent()
        .map((p) => p.id()),
    ).toEqual(['us']);
    expect(
      r.cy
        .getElementById('kushner')
        .parent()
        .map((p) => p.id()),
    ).toEqual(['us']);
    expect(r.cy.getElementById('auth1#0').nonempty()).toBe(true);
    expect(moved(r.before, r.after)).toEqual([]);
  });

  it('renames an actor: its label changes in place', async () => {
    const rename = (ds: Dataset): Dataset => ({
      ...ds,
      actors: ds.actors.map((a) => (a.id === 'qatar' ? { ...a, name: 'State of Qatar' } : a)),
    });
    const r = await edited(rename, true);
    expect(r.cy.getElementById('qatar').data('label')).toBe('State of Qatar');
    expect(r.layouts).toBe(0);
    expect(r.rebuilt).toBe(0);
    const control = await edited(rename, false);
    expect(control.cy.getElementById('qatar').data('label')).toBe('State of Qatar');
    expect(control.rebuilt).toBeGreaterThan(0);
  });

  it('moves an actor to another group when its memberOf changes', async () => {
    const join = (ds: Dataset): Dataset => ({
      ...ds,
      actors: ds.actors.map((a) => (a.id === 'qatar' ? { ...a, memberOf: 'hamas' } : a)),
    });
    const r = await edited(join, true);
    expect(
      r.cy
        .getElementById('qatar')
        .parent()
        .map((p) => p.id()),
    ).toEqual(['hamas']);
    expect(moved(r.before, r.after)).toEqual([]);
    expect(r.layouts).toBe(0);
    // And out again, to the top level.
    r.controller.update({ dataset: DS, presentation: showAll(DS) });
    expect(r.cy.getElementById('qatar').parent().empty()).toBe(true);
    expect(r.rebuilt).toBe(0);
    const control = await edited(join, false);
    expect(control.rebuilt).toBeGreaterThan(0);
  });

  it('draws a hub between the participants once a relation has a third', async () => {
    const third = (ds: Dataset): Dataset => ({
      ...ds,
      relations: ds.relations.map((x) =>
        x.id === 'm4' ? { ...x, participants: [...x.participants, { actor: 'israel' }] } : x,
      ),
    });
    const r = await edited(third, true);
    expect(r.cy.getElementById('m4#0').empty()).toBe(true);
    const hub = r.cy.getElementById('m4') as NodeSingular;
    expect(hub.data('hub')).toBe(true);
    expect(hub.connectedEdges().length).toBe(3);
    const centre = ['kushner', 'qatar', 'israel']
      .map((id) => r.after.get(id) as Position)
      .reduce((s, p) => ({ x: s.x + p.x / 3, y: s.y + p.y / 3 }), { x: 0, y: 0 });
    // Within about one room (a node and its label) of the middle: that spot may be taken.
    expect(dist(hub.position(), centre)).toBeLessThan(250);
    expect(moved(r.before, r.after)).toEqual([]);
    const control = await edited(third, false);
    expect(control.layouts).toBeGreaterThan(0);
  });

  it("gives A's elements back after A → B → A (an undo), with nothing moved", async () => {
    const r = await edited((ds) => withActor(ds, BIBI, MET), true);
    const a = r.cy.elements().jsons();
    r.controller.update({ dataset: DS, presentation: showAll(DS) });
    await r.controller.ready();
    expect(ids(r.cy)).toEqual(
      a
        .map((j) => String(j.data.id))
        .filter((id) => id !== 'bibi' && id !== 'm9#0')
        .sort(),
    );
    const fresh = await draw({ dataset: DS, presentation: showAll(DS) });
    const dataOf = (cy: Core): Record<string, unknown>[] =>
      cy
        .elements()
        .map((e) => JSON.parse(JSON.stringify(e.data())) as Record<string, unknown>)
        .sort((x, y) => String(x.id).localeCompare(String(y.id)));
    expect(dataOf(r.cy)).toEqual(dataOf(fresh.cy));
    expect(moved(r.before, positions(r.cy))).toEqual([]);
    expect(r.layouts).toBe(0);
  });

  it('puts a deleted actor back where it was when the delete is undone', async () => {
    const del = (ds: Dataset): Dataset => ({
      ...ds,
      actors: ds.actors.filter((a) => a.id !== 'israel'),
      relations: ds.relations.filter((x) => x.id !== 's1'),
    });
    const r = await edited(del, true);
    expect(r.cy.getElementById('israel').empty()).toBe(true);
    r.controller.update({ dataset: DS, presentation: showAll(DS) });
    expect(positions(r.cy).get('israel')).toEqual(r.before.get('israel'));
    expect(moved(r.before, positions(r.cy))).toEqual([]);
  });

  it('edits in place also in the events view (a relation node lands between its ends)', async () => {
    const drawn = vi.fn();
    const { cy, controller } = await draw({ view: 'events', ...EDITING }, { onDrawn: drawn });
    const spy = vi.spyOn(cy, 'layout');
    const next = withActor(DS, BIBI, MET);
    controller.update({ dataset: next, presentation: showAll(next) });
    await controller.ready();
    expect(spy).not.toHaveBeenCalled();
    expect(ids(cy, 'node[elementType = "relation"]')).toContain('m9');
    expect(cy.getElementById('m9').connectedEdges().length).toBe(2);
  });
});

describe('picking, tapping and drawing while editing', () => {
  it('marks the picked actors, only while editing', async () => {
    const { cy, controller } = await draw({ editing: { picked: ['qatar', 'israel'] } });
    expect(withClass(cy, EDIT_CLASSES.picked)).toEqual(['israel', 'qatar']);
    controller.update({ editing: { picked: ['hamas'] } });
    expect(withClass(cy, EDIT_CLASSES.picked)).toEqual(['hamas']);
    controller.update({ editing: undefined });
    expect(withClass(cy, EDIT_CLASSES.picked)).toEqual([]);
  });

  it('says whether Shift, Ctrl or Cmd was held on a tap', async () => {
    const onTapActor = vi.fn();
    const { cy } = await draw(EDITING, { onTapActor });
    cy.getElementById('qatar').emit({ type: 'tap', originalEvent: { shiftKey: true } } as never);
    cy.getElementById('israel').emit('tap');
    expect(onTapActor.mock.calls).toEqual([
      ['qatar', { additive: true }],
      ['israel', { additive: false }],
    ]);
  });

  it("reports an edge drawn between two actors and removes edgehandles' edge", async () => {
    const onDrawEdge = vi.fn();
    const { cy, controller } = await draw(EDITING, { onDrawEdge });
    const edge = cy.add({ group: 'edges', data: { source: 'qatar', target: 'israel' } });
    cy.emit('ehcomplete', [cy.getElementById('qatar'), cy.getElementById('israel'), edge]);
    expect(onDrawEdge).toHaveBeenCalledWith('qatar', 'israel');
    expect(edge.removed()).toBe(true);
    controller.update({ editing: undefined });
    cy.emit('ehcomplete', [cy.getElementById('qatar'), cy.getElementById('israel'), undefined]);
    expect(onDrawEdge).toHaveBeenCalledTimes(1);
  });
});

describe('placeNew', () => {
  const node = (id: string, parent?: string): ElementDefinition => ({
    group: 'nodes',
    data: { id, ...(parent !== undefined && { parent }) },
  });
  const edge = (source: string, target: string): ElementDefinition => ({
    group: 'edges',
    data: { id: `${source}-${target}`, source, target },
  });

  it('places a chain of new nodes outward from the placed one, deterministically', () => {
    const defs = [node('a'), node('b'), node('c'), edge('a', 'b'), edge('b', 'c')];
    const placed = new Map([['a', { x: 0, y: 0 }]]);
    const one = placeNew(['c', 'b'], defs, placed, { x: 999, y: 999 });
    expect(placeNew(['c', 'b'], defs, placed, { x: 999, y: 999 })).toEqual(one);
    const b = one.get('b') as Position;
    const c = one.get('c') as Position;
    expect(dist(b, { x: 0, y: 0 })).toBeLessThan(200);
    expect(dist(c, b)).toBeLessThan(200);
    expect(apart(c, { x: 0, y: 0 })).toBe(true);
  });

  it('places a member linked to nothing beside its group, and a stranger near the fallback', () => {
    const defs = [node('g'), node('m1', 'g'), node('m2', 'g'), node('x')];
    const placed = new Map([['m1', { x: 500, y: 500 }]]);
    const out = placeNew(['m2', 'x'], defs, placed, { x: 0, y: 0 });
    expect(dist(out.get('m2') as Position, { x: 500, y: 500 })).toBeLessThan(200);
    expect(dist(out.get('x') as Position, { x: 0, y: 0 })).toBeLessThan(1);
  });

  /** Every pair of spots far enough apart that neither body (30 px) nor label (140 px wide, up to
   * three 13 px lines below the body) overlaps the other's. */
  const allApart = (ps: readonly Position[]): boolean =>
    ps.every((p, i) => ps.every((q, j) => j <= i || apart(p, q)));

  it('spreads nodes linked to nothing, added one by one from empty, around the centre', () => {
    const defs = Array.from({ length: 40 }, (_, i) => node(`n${i}`));
    const placed = new Map<string, Position>();
    const centre = { x: 300, y: -200 };
    for (let i = 0; i < 40; i++) {
      const out = placeNew([`n${i}`], defs, placed, centre);
      placed.set(`n${i}`, out.get(`n${i}`) as Position);
    }
    const ps = [...placed.values()];
    expect(allApart(ps)).toBe(true);
    expect(dist(ps[0] as Position, centre)).toBeLessThan(1);
    // Spread around the centre, not in a line: within a few rooms of it each way.
    for (const p of ps) expect(dist(p, centre)).toBeLessThan(700);
    expect(ps.some((p) => p.x < centre.x) && ps.some((p) => p.x > centre.x)).toBe(true);
    expect(ps.some((p) => p.y < centre.y) && ps.some((p) => p.y > centre.y)).toBe(true);
  });

  it('spreads many new nodes at once, and keeps clear of nodes already drawn', () => {
    const defs = [
      ...Array.from({ length: 25 }, (_, i) => node(`n${i}`)),
      node('hub'),
      node('p'),
      node('q'),
      edge('hub', 'p'),
      edge('hub', 'q'),
    ];
    const placed = new Map([
      ['p', { x: 10, y: 5 }],
      ['q', { x: 60, y: 40 }],
    ]);
    const ids = [...Array.from({ length: 25 }, (_, i) => `n${i}`), 'hub'];
    const out = placeNew(ids, defs, placed, { x: 0, y: 0 });
    expect(out.size).toBe(26);
    const news = [...out.values()];
    expect(allApart(news)).toBe(true);
    for (const p of news) for (const q of placed.values()) expect(apart(p, q)).toBe(true);
  });
});

/** Far enough apart that the two nodes' bodies and labels do not overlap. */
function apart(p: Position, q: Position): boolean {
  return Math.abs(p.x - q.x) >= 140 || Math.abs(p.y - q.y) >= 30 + 4 + 3 * 15;
}

describe('applyElements', () => {
  it('counts a data record rebuilt with the same values as unchanged, and a changed one as changed', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const defs = (kinds: Record<string, number>): ElementDefinition[] => [
      {
        group: 'nodes',
        data: { id: 'a', elementType: 'actor', label: 'A' },
        position: { x: 0, y: 0 },
      },
      {
        group: 'nodes',
        data: { id: 'b', elementType: 'actor', label: 'B' },
        position: { x: 9, y: 9 },
      },
      { group: 'edges', data: { id: 'l', source: 'a', target: 'b', elementType: 'link', kinds } },
    ];
    applyElements(cy, defs({ meeting: 2 }), { x: 0, y: 0 });
    expect(applyElements(cy, defs({ meeting: 2 }), { x: 0, y: 0 }).updated).toEqual([]);
    expect(applyElements(cy, defs({ meeting: 3 }), { x: 0, y: 0 }).updated).toEqual(['l']);
    expect(applyElements(cy, defs({ meeting: 3, talks: 1 }), { x: 0, y: 0 }).updated).toEqual([
      'l',
    ]);
    cy.destroy();
  });
});
