/**
 * The overview drawn by the controller, headless in Node: closed groups as one node each, and groups
 * opened and closed in place (the rest unmoved, members around where their group stood, a closed
 * group where its members were), reported drawn as the same scene.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Core, NodeSingular, Position } from 'cytoscape';
import { blocsOf } from '../../../src/graph/blocs.ts';
import { drawnKeyOf } from '../../../src/cy/elements.ts';
import {
  OPENED_DENSEST,
  OPENED_SPREAD,
  fitAround,
  groupChange,
  openedRadius,
} from '../../../src/cy/overview-draw.ts';
import { DS, drawnInTest, showAll } from './controller-fixture.ts';

const draw = drawnInTest();
const grouping = { groupOf: blocsOf(DS.actors) };
const overview = (expanded: string[]) => ({ grouping, expanded: new Set(expanded) });

const leafPositions = (cy: Core): Map<string, Position> =>
  new Map(
    cy
      .nodes()
      .filter((n) => !n.isParent())
      .map((n) => [n.id(), { ...(n as NodeSingular).position() }] as const),
  );

const nodeIds = (cy: Core): string[] =>
  cy
    .nodes()
    .map((n) => n.id())
    .sort();

describe('the overview in the controller', () => {
  it('draws each closed bloc as one node and the actors without a bloc as themselves', async () => {
    const { cy } = await draw({ overview: overview([]) });
    expect(nodeIds(cy)).toEqual(['group:hamas', 'group:us', 'israel', 'qatar']);
    const us = cy.getElementById('group:us');
    expect(us.data('members')).toBe(5);
    // The US bloc's links: Qatar (two meetings with its envoys); Hamas (two with al-Hayya).
    const link = cy.getElementById('overview:qatar|us');
    expect(link.data('count')).toBe(2);
  });

  it('opens a group in place: members around where it stood, the rest unmoved, no full layout', async () => {
    const onDrawn = vi.fn();
    const { cy, controller } = await draw({ overview: overview([]) }, { onDrawn });
    const before = leafPositions(cy);
    const at = before.get('group:us') as Position;
    const spy = vi.spyOn(cy, 'layout');
    controller.update({ overview: overview(['us']) });
    await controller.ready();
    expect(spy).not.toHaveBeenCalled(); // only the members' own layout (a collection's) ran
    spy.mockRestore();
    const after = leafPositions(cy);
    expect(after.has('group:us')).toBe(false);
    for (const id of ['trump', 'witkoff', 'kushner']) expect(after.has(id)).toBe(true);
    for (const id of ['group:hamas', 'israel', 'qatar'])
      expect(after.get(id)).toEqual(before.get(id));
    const members = ['trump', 'witkoff', 'kushner'].map((id) => after.get(id) as Position);
    const cx = members.reduce((s, p) => s + p.x, 0) / members.length;
    const cyy = members.reduce((s, p) => s + p.y, 0) / members.length;
    expect(Math.hypot(cx - at.x, cyy - at.y)).toBeLessThan(1);
    expect(((cy.getElementById('witkoff') as NodeSingular).parent()[0] as NodeSingular).id()).toBe(
      'us-envoys',
    );
    expect(onDrawn).toHaveBeenLastCalledWith(
      drawnKeyOf({ datasetKey: 'test:fixture', view: 'actors', edgeMode: 'each', layout: 'force' }),
    );
  });

  it('closes a group back where its members were', async () => {
    const { cy, controller } = await draw({ overview: overview(['us']) });
    const open = leafPositions(cy);
    const ids = ['trump', 'witkoff', 'kushner'];
    const cx = ids.reduce((s, id) => s + (open.get(id) as Position).x, 0) / ids.length;
    controller.update({ overview: overview([]) });
    await controller.ready();
    const closed = leafPositions(cy);
    expect(closed.has('witkoff')).toBe(false);
    expect((closed.get('group:us') as Position).x).toBeCloseTo(cx, 5);
    expect(closed.get('qatar')).toEqual(open.get('qatar'));
  });

  it('draws every actor when the overview is off (a control for the cases above)', async () => {
    const { cy, controller } = await draw({ overview: overview([]) });
    controller.update({ overview: undefined, presentation: showAll() });
    await controller.ready();
    expect(cy.getElementById('group:us').empty()).toBe(true);
    expect(cy.getElementById('witkoff').nonempty()).toBe(true);
  });

  it('names the groups opened and closed between two sets', () => {
    expect(groupChange(new Set(['a', 'b']), new Set(['b', 'c']))).toEqual({
      opened: ['c'],
      closed: ['a'],
    });
  });
});

describe('where an opened group goes', () => {
  const at = { x: 100, y: 50 };

  it('takes the room up to its nearest neighbour, within its bounds', () => {
    const far = [{ p: { x: 100 + 10_000, y: 50 }, size: 60 }];
    expect(openedRadius(at, 100, far)).toBe(OPENED_SPREAD * 10);
    const near = [{ p: { x: 100, y: 50 + 30 }, size: 60 }];
    expect(openedRadius(at, 100, near)).toBe(OPENED_DENSEST * 10);
    // Between the bounds: up to the neighbour's body, less a margin.
    const between = [{ p: { x: 100 + 600, y: 50 }, size: 100 }];
    const r = openedRadius(at, 100, between);
    expect(r).toBeGreaterThan(OPENED_DENSEST * 10);
    expect(r).toBeLessThan(OPENED_SPREAD * 10);
    expect(r).toBe(600 - 50 - 30);
    expect(openedRadius(at, 100, [])).toBe(OPENED_SPREAD * 10);
  });

  it('spreads the local layout to the radius, centred where the group stood', () => {
    const local = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 10, y: 0 }],
      ['c', { x: 5, y: 30 }],
    ]);
    const out = fitAround(local, at, 200);
    const ps = [...out.values()];
    const cx = ps.reduce((s, p) => s + p.x, 0) / ps.length;
    const cyy = ps.reduce((s, p) => s + p.y, 0) / ps.length;
    expect(cx).toBeCloseTo(at.x, 6);
    expect(cyy).toBeCloseTo(at.y, 6);
    const far = Math.max(...ps.map((p) => Math.hypot(p.x - cx, p.y - cyy)));
    expect(far).toBeCloseTo(200, 6);
    expect(fitAround(new Map([['a', { x: 7, y: 7 }]]), at, 200).get('a')).toEqual(at);
  });
});
