/**
 * What the keyboard card asks of the controller: the actors drawn (not hidden), with rendered
 * positions, and the pan that keeps a node in the part of the canvas a sheet leaves free.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { GraphController } from '../../../src/cy/controller.ts';
import { DS, drawn, showAll } from './controller-fixture.ts';

const open: GraphController[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.destroy();
});

describe('shownActors', () => {
  it('lists every drawn actor, groups included, with finite positions; hidden ones are left out', async () => {
    const all = await drawn();
    open.push(all.controller);
    const shown = all.controller.shownActors();
    expect(shown.map((a) => a.id).sort()).toEqual(DS.actors.map((a) => a.id).sort());
    for (const a of shown) expect(Number.isFinite(a.at.x) && Number.isFinite(a.at.y)).toBe(true);

    const actors = new Set(DS.actors.map((a) => a.id).filter((id) => id !== 'qatar'));
    const some = await drawn({ presentation: showAll(DS, { actors }) });
    open.push(some.controller);
    expect(some.controller.shownActors().map((a) => a.id)).not.toContain('qatar');
  });
});

describe('keepInView', () => {
  it('pans a covered node into the free part, and leaves a free one where it is', async () => {
    const { controller, cy } = await drawn();
    open.push(controller);
    cy.viewport({ zoom: 1, pan: { x: 0, y: 0 } });
    const node = cy.getElementById('qatar');
    // Say the canvas is 400 × 800 and a sheet covers its lower half.
    const covered = { left: 0, right: cy.width() - 400, top: 0, bottom: cy.height() - 400 };
    node.position({ x: 200, y: 700 });
    controller.keepInView('qatar', covered);
    const p = node.renderedPosition();
    expect(p.x).toBeCloseTo(200);
    expect(p.y).toBeCloseTo(200);
    const pan = { ...cy.pan() };
    controller.keepInView('qatar', covered);
    expect(cy.pan()).toEqual(pan);
  });
});
