/**
 * The graph controller's scenes, headless in Node: layouts and saved positions, `onDrawn`, fitting
 * clear of the overlays, the viewport moves, taps, and `destroy`.
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Core, Position } from 'cytoscape';
import { GraphController } from '../../../src/cy/controller.ts';
import { drawnKeyOf } from '../../../src/cy/elements.ts';
import { FIT_PADDING, MAX_FIT_ZOOM, fitViewport } from '../../../src/cy/viewport.ts';
import { DS, drawnInTest, showAll } from './controller-fixture.ts';

const draw = drawnInTest();

/** Every leaf node's position. */
function positions(cy: Core): Record<string, Position> {
  const out: Record<string, Position> = {};
  cy.nodes()
    .filter((n) => !n.isParent())
    .forEach((n) => {
      out[n.id()] = { ...n.position() };
    });
  return out;
}

const key = (layout: string, datasetKey = 'test:fixture'): string =>
  drawnKeyOf({ datasetKey, view: 'actors', edgeMode: 'each', layout });

/** The grid layout: quick and the same every time. */
const GRID = { layout: 'grid' } as const;

describe('layouts and saved positions', () => {
  it('lays out with force a group collapsed around another group', async () => {
    // fcose threw on the inner group (hidden, its members hidden too): the scene was never drawn.
    const onDrawn = vi.fn();
    const { cy } = await draw(
      { layout: 'force', presentation: showAll(DS, { collapsed: ['us'] }) },
      { onDrawn },
    );
    expect(onDrawn).toHaveBeenCalledWith(key('force'));
    const us = cy.getElementById('us');
    expect(us.isParent()).toBe(true);
    expect(Number.isFinite(us.position().x) && Number.isFinite(us.position().y)).toBe(true);
    expect(us.position()).not.toEqual(cy.getElementById('qatar').position());
  });

  it('gives back the positions a scene had with a layout, and reports each scene drawn', async () => {
    const drawnKeys: string[] = [];
    const { controller, cy } = await draw(GRID, { onDrawn: (k) => drawnKeys.push(k) });
    expect(drawnKeys).toEqual([key('grid')]);
    const grid = positions(cy);
    // The user drags Qatar away from its grid place.
    cy.getElementById('qatar').position({ x: 999, y: -999 });
    const moved = positions(cy);
    expect(moved).not.toEqual(grid);

    controller.update({ layout: 'circle' });
    await controller.ready();
    const circle = positions(cy);
    expect(circle).not.toEqual(moved);
    expect(circle.qatar).not.toEqual({ x: 999, y: -999 });

    controller.update({ layout: 'grid' });
    await controller.ready();
    expect(positions(cy)).toEqual(moved);
    expect(drawnKeys).toEqual([key('grid'), key('circle'), key('grid')]);

    // And the circle comes back as it was.
    controller.update({ layout: 'circle' });
    await controller.ready();
    expect(positions(cy)).toEqual(circle);
  });

  it('keeps the places when the same dataset is shown under a new key (a draft of it)', async () => {
    const drawnKeys: string[] = [];
    const { controller, cy } = await draw(
      { layout: 'force' },
      { onDrawn: (k) => drawnKeys.push(k) },
    );
    cy.getElementById('qatar').position({ x: 999, y: -999 });
    const before = positions(cy);
    controller.update({ datasetKey: 'draft:d1' });
    await controller.ready();
    expect(positions(cy)).toEqual(before);
    expect(drawnKeys).toEqual([key('force'), key('force', 'draft:d1')]);
    // Another dataset under a new key is laid out as its own scene.
    controller.update({ datasetKey: 'draft:d2', dataset: structuredClone(DS) });
    await controller.ready();
    expect(positions(cy)).not.toEqual(before);
  });

  it('gives back the force layout’s positions after another layout', async () => {
    const { controller, cy } = await draw({ layout: 'force' });
    cy.getElementById('qatar').position({ x: 999, y: -999 });
    const moved = positions(cy);
    controller.update({ layout: 'grid' });
    await controller.ready();
    expect(positions(cy)).not.toEqual(moved);
    controller.update({ layout: 'force' });
    await controller.ready();
    expect(positions(cy)).toEqual(moved);
    expect(
      cy
        .getElementById('witkoff')
        .parent()
        .map((p) => p.id()),
    ).toEqual(['us-envoys']);
  });

  it('lays the scene out anew on relayout', async () => {
    const drawnKeys: string[] = [];
    const { controller, cy } = await draw(GRID, { onDrawn: (k) => drawnKeys.push(k) });
    const grid = positions(cy);
    cy.getElementById('qatar').position({ x: 999, y: -999 });
    await controller.relayout();
    expect(positions(cy)).toEqual(grid);
    expect(drawnKeys).toEqual([key('grid'), key('grid')]);
  });

  it('lays out a new scene, and calls onDrawn after its layout', async () => {
    const seen: { key: string; qatar: Position }[] = [];
    const controller = GraphController.create(undefined, {
      onDrawn: (k) => {
        const cy = controller.core;
        if (cy) seen.push({ key: k, qatar: { ...cy.getElementById('qatar').position() } });
      },
    });
    onTestFinished(() => controller.destroy());
    controller.update({
      datasetKey: 'test:fixture',
      dataset: DS,
      layout: 'grid',
      presentation: showAll(),
    });
    // Nothing is reported before the layout has run.
    expect(seen).toEqual([]);
    await controller.ready();
    const cy = controller.core;
    if (!cy) throw new Error('no Core');
    const grid = positions(cy);
    expect(seen).toEqual([{ key: key('grid'), qatar: grid.qatar }]);
    cy.getElementById('qatar').position({ x: 999, y: -999 });
    // The same data under another key, reopened from a file (a new object), is a new scene: laid out.
    controller.update({ datasetKey: 'file:fixture.json', dataset: structuredClone(DS) });
    await controller.ready();
    expect(positions(cy)).toEqual(grid);
    expect(seen.map((s) => s.key)).toEqual([key('grid'), key('grid', 'file:fixture.json')]);
  });

  it('draws each view as its own scene', async () => {
    const drawnKeys: string[] = [];
    const { controller, cy } = await draw(GRID, { onDrawn: (k) => drawnKeys.push(k) });
    controller.update({ view: 'events' });
    await controller.ready();
    expect(cy.getElementById('m1').data('elementType')).toBe('relation');
    expect(drawnKeys).toEqual([
      key('grid'),
      drawnKeyOf({ datasetKey: 'test:fixture', view: 'events', edgeMode: 'each', layout: 'grid' }),
    ]);
  });

  it('does not lay out again when only classes change', async () => {
    const drawnKeys: string[] = [];
    const { controller, cy } = await draw(GRID, { onDrawn: (k) => drawnKeys.push(k) });
    cy.getElementById('qatar').position({ x: 999, y: -999 });
    controller.update({ presentation: showAll(DS, { selection: { type: 'actor', id: 'qatar' } }) });
    await controller.ready();
    expect(cy.getElementById('qatar').position()).toEqual({ x: 999, y: -999 });
    expect(drawnKeys).toEqual([key('grid')]);
  });
});

/** A canvas of a given size (headless Cores measure 1 × 1). */
function sized(cy: Core, width: number, height: number): void {
  vi.spyOn(cy, 'width').mockReturnValue(width);
  vi.spyOn(cy, 'height').mockReturnValue(height);
}

describe('fit with insets', () => {
  it('keeps the picture clear of the overlays', async () => {
    const insets = { left: 200, right: 0, top: 50, bottom: 0 };
    const { controller, cy } = await draw({}, { insets: () => insets });
    sized(cy, 1000, 800);
    // Spread out, so that the fit limit does not cap the zoom.
    cy.getElementById('qatar').position({ x: 3000, y: 2000 });
    controller.fit();
    expect(cy.zoom()).toBeLessThan(MAX_FIT_ZOOM);
    const bb = cy.elements().renderedBoundingBox();
    expect(bb.x1).toBeGreaterThanOrEqual(insets.left + FIT_PADDING - 0.5);
    expect(bb.y1).toBeGreaterThanOrEqual(insets.top + FIT_PADDING - 0.5);
    expect(bb.x2).toBeLessThanOrEqual(1000 - FIT_PADDING + 0.5);
    expect(bb.y2).toBeLessThanOrEqual(800 - FIT_PADDING + 0.5);
    // Centred in the free part, and as large as it fits (up to the fit limit).
    expect((bb.x1 + bb.x2) / 2).toBeCloseTo(200 + 800 / 2, 0);
    expect((bb.y1 + bb.y2) / 2).toBeCloseTo(50 + 750 / 2, 0);
    const model = cy.elements().boundingBox();
    const fits = Math.min((800 - 2 * FIT_PADDING) / model.w, (750 - 2 * FIT_PADDING) / model.h);
    expect(cy.zoom()).toBeCloseTo(Math.min(MAX_FIT_ZOOM, fits), 6);
  });

  it('fits what is visible only', async () => {
    const actors = new Set(['witkoff', 'al-hayya']);
    const { controller, cy } = await draw({
      presentation: showAll(DS, { actors, containers: new Set(['us', 'us-envoys', 'hamas']) }),
    });
    sized(cy, 1000, 800);
    controller.fit();
    const bb = cy.elements(':visible').renderedBoundingBox();
    expect((bb.x1 + bb.x2) / 2).toBeCloseTo(500, 0);
    expect(cy.getElementById('israel').visible()).toBe(false);
  });
});

describe('fitViewport', () => {
  const canvas = { width: () => 1000, height: () => 600, minZoom: () => 0.05, maxZoom: () => 5 };
  const box = (x1: number, y1: number, w: number, h: number) => ({
    x1,
    y1,
    x2: x1 + w,
    y2: y1 + h,
    w,
    h,
  });
  /** Where the box lands on screen. */
  const onScreen = (b: ReturnType<typeof box>, v: { zoom: number; pan: Position }) => ({
    x1: b.x1 * v.zoom + v.pan.x,
    y1: b.y1 * v.zoom + v.pan.y,
    x2: b.x2 * v.zoom + v.pan.x,
    y2: b.y2 * v.zoom + v.pan.y,
  });
  const legend = { left: 300, right: 0, top: 40, bottom: 0, legendHeight: 100 };

  it('puts the picture right of the left inset and below the top one', () => {
    const b = box(-50, 20, 400, 300);
    const v = fitViewport(b, canvas, { left: 200, right: 0, top: 50, bottom: 0 });
    const s = onScreen(b, v);
    expect(s.x1).toBeGreaterThanOrEqual(200 + FIT_PADDING - 1e-6);
    expect(s.y1).toBeGreaterThanOrEqual(50 + FIT_PADDING - 1e-6);
    expect(s.x2).toBeLessThanOrEqual(1000 - FIT_PADDING + 1e-6);
    expect(s.y2).toBeLessThanOrEqual(600 - FIT_PADDING + 1e-6);
    // The height limits it: 600 − 50 − 60 = 490 px for 300 model units.
    expect(v.zoom).toBeCloseTo(490 / 300, 6);
  });

  it('keeps clear of a left inset without a legend height, even when going above would be larger', () => {
    const wide = box(0, 0, 1000, 100);
    const v = fitViewport(wide, canvas, { left: 200, right: 0, top: 50, bottom: 0 });
    expect(onScreen(wide, v).x1).toBeCloseTo(200 + FIT_PADDING, 6);
    expect(v.zoom).toBeCloseTo(740 / 1000, 6);
  });

  it('goes above the legend instead of beside it when that leaves a larger picture', () => {
    // A wide picture: beside the legend it gets 640 px across, above it 940 px.
    const wide = box(0, 0, 1000, 100);
    const v = fitViewport(wide, canvas, legend);
    expect(v.zoom).toBeCloseTo(940 / 1000, 6);
    const s = onScreen(wide, v);
    expect(s.x1).toBeCloseTo(FIT_PADDING, 6);
    expect(s.y2).toBeLessThanOrEqual(600 - legend.legendHeight - FIT_PADDING + 1e-6);
    expect(s.y1).toBeGreaterThanOrEqual(legend.top + FIT_PADDING - 1e-6);
  });

  it('stays beside the legend when that leaves a larger picture', () => {
    // A tall picture: beside the legend 500 px high, above it 400 px.
    const tall = box(0, 0, 100, 1000);
    const v = fitViewport(tall, canvas, legend);
    expect(v.zoom).toBeCloseTo(500 / 1000, 6);
    expect(onScreen(tall, v).x1).toBeGreaterThanOrEqual(legend.left + FIT_PADDING - 1e-6);
  });

  it('never zooms a small picture in past the fit limit, nor out past the canvas minimum', () => {
    expect(fitViewport(box(0, 0, 10, 10), canvas, legend).zoom).toBe(MAX_FIT_ZOOM);
    expect(fitViewport(box(0, 0, 1e7, 1e7), canvas, legend).zoom).toBe(0.05);
  });
});

describe('viewport moves', () => {
  it('zooms by a factor within the limits, and centres on a node', async () => {
    const { controller, cy } = await draw();
    sized(cy, 1000, 800);
    cy.zoom(1);
    controller.zoomBy(2);
    expect(cy.zoom()).toBeCloseTo(2, 6);
    controller.zoomBy(100);
    expect(cy.zoom()).toBe(cy.maxZoom());
    controller.centreOn('qatar');
    const p = cy.getElementById('qatar').renderedPosition();
    expect(p.x).toBeCloseTo(500, 6);
    expect(p.y).toBeCloseTo(400, 6);
  });

  it('centres on a relation drawn as edges', async () => {
    const { controller, cy } = await draw();
    sized(cy, 1000, 800);
    controller.centreOn('m4');
    const bb = cy.getElementById('m4#0').renderedBoundingBox();
    expect((bb.x1 + bb.x2) / 2).toBeCloseTo(500, 0);
    expect((bb.y1 + bb.y2) / 2).toBeCloseTo(400, 0);
  });
});

describe('taps', () => {
  it('reports taps on actors and relations, and a double tap on a group', async () => {
    const onTapActor = vi.fn();
    const onTapRelation = vi.fn();
    const onToggleGroup = vi.fn();
    const { cy } = await draw({}, { onTapActor, onTapRelation, onToggleGroup });
    cy.getElementById('qatar').emit('tap');
    cy.getElementById('m4#0').emit('tap');
    cy.getElementById('us-envoys').emit('dbltap');
    cy.getElementById('qatar').emit('dbltap');
    expect(onTapActor).toHaveBeenCalledWith('qatar', { additive: false });
    expect(onTapRelation).toHaveBeenCalledWith('m4');
    expect(onToggleGroup.mock.calls).toEqual([['us-envoys']]);
  });
});

describe('destroy', () => {
  it('destroys the Core it created, and then ignores every call', async () => {
    const onDrawn = vi.fn();
    const { controller, cy } = await draw({}, { onDrawn });
    controller.destroy();
    expect(cy.destroyed()).toBe(true);
    expect(controller.core).toBeUndefined();
    expect(() => {
      controller.update({ layout: 'circle' });
      controller.fit();
      controller.zoomBy(2);
      controller.centreOn('qatar');
      controller.resized();
      controller.destroy();
    }).not.toThrow();
    await controller.relayout();
    expect(onDrawn).toHaveBeenCalledTimes(1);
  });

  it('stops a layout that has not run yet: nothing is drawn after destroy', async () => {
    const onDrawn = vi.fn();
    const controller = GraphController.create(undefined, { onDrawn });
    controller.update({
      datasetKey: 'test:fixture',
      dataset: DS,
      layout: 'grid',
      presentation: showAll(),
    });
    controller.destroy();
    await controller.ready();
    expect(onDrawn).not.toHaveBeenCalled();
  });

  it('leaves a Core it did not create alive, without its listeners', async () => {
    const { cytoscape } = await import('../../../src/cy/register.ts');
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const onTapActor = vi.fn();
    const controller = new GraphController(cy, { onTapActor });
    controller.update({
      datasetKey: 'test:fixture',
      dataset: DS,
      layout: 'grid',
      presentation: showAll(),
    });
    await controller.ready();
    controller.destroy();
    expect(cy.destroyed()).toBe(false);
    cy.getElementById('qatar').emit('tap');
    expect(onTapActor).not.toHaveBeenCalled();
    cy.destroy();
  });
});
