/**
 * Editing on the graph itself, end to end (issue 13): in edit mode, an actor dragged to a new place
 * is one undoable `setPositions` edit (the dataset's `positions.actors` keeps it), and a relation
 * drawn from one actor's handle (shown on hover) to another opens the relation form prefilled with
 * both actors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeSingular } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { GAZA, launch, openApp } from './browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = (await openApp(browser, GAZA)).page;
  await page.evaluate(() => window.__backchannel?.editor.start());
  await page.waitForFunction(() => window.__backchannel?.state().edit.on === true);
  await page.evaluate(() => window.__backchannel?.ready());
});
afterAll(async () => {
  await browser?.close();
});

/** Two actors drawn as leaves, far apart on screen, and their page coordinates. */
function actorsOnScreen(): Promise<{ id: string; x: number; y: number; w: number }[]> {
  return page.evaluate(() => {
    const cy = window.__backchannel?.cy();
    const box = cy?.container()?.getBoundingClientRect();
    if (!cy || !box) return [];
    return cy
      .nodes()
      .toArray()
      .map((e) => e as NodeSingular)
      .filter((n) => n.data('elementType') === 'actor' && !n.isParent() && n.visible())
      .map((n) => ({
        id: n.id(),
        x: box.left + n.renderedPosition().x,
        y: box.top + n.renderedPosition().y,
        w: n.renderedWidth(),
      }))
      .filter((p) => p.x > box.left + 60 && p.x < box.right - 60)
      .filter((p) => p.y > box.top + 60 && p.y < box.bottom - 60);
  });
}

const positionsOf = (): Promise<Record<string, { x: number; y: number }>> =>
  page.evaluate(() => ({ ...window.__backchannel?.state().data.dataset?.positions?.actors }));

describe('editing on the graph', () => {
  it('records a drag as one undoable setPositions edit', async () => {
    const [a] = await actorsOnScreen();
    if (!a) throw new Error('no actor on screen');
    expect((await positionsOf())[a.id]).toBeUndefined();
    // Pressed on the body's lower left: the edge handle sits on its upper right corner.
    const at = { x: a.x - a.w / 4, y: a.y + a.w / 4 };
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(at.x + 10 * i, at.y + 8 * i);
    await page.mouse.up();
    await expect.poll(async () => (await positionsOf())[a.id]).toBeDefined();
    const drawn = await page.evaluate(
      (id) => window.__backchannel?.cy()?.getElementById(id).position(),
      a.id,
    );
    const kept = (await positionsOf())[a.id];
    expect(Math.abs((kept?.x ?? 0) - (drawn?.x ?? 1e9))).toBeLessThan(1);
    expect(Math.abs((kept?.y ?? 0) - (drawn?.y ?? 1e9))).toBeLessThan(1);
    const said = await page.evaluate(() => window.__backchannel?.state().edit.announcement.text);
    expect(said).toMatch(/^Moved /);
    const history = await page.evaluate(
      () => window.__backchannel?.state().edit.history.done.length,
    );
    expect(history).toBe(1);
    await page.evaluate(() => window.__backchannel?.editor.undo());
    await expect.poll(async () => (await positionsOf())[a.id]).toBeUndefined();
  });

  it("draws a relation from one actor's handle to another: the form opens with both", async () => {
    const all = await actorsOnScreen();
    // Not the actor dragged before (the first).
    const a = all[1];
    const b = all
      .filter((p) => p.id !== a?.id)
      .sort(
        (p, q) =>
          Math.hypot(q.x - (a?.x ?? 0), q.y - (a?.y ?? 0)) -
          Math.hypot(p.x - (a?.x ?? 0), p.y - (a?.y ?? 0)),
      )[0];
    if (!a || !b) throw new Error('two actors needed on screen');
    // Onto the actor from elsewhere, as a pointer comes (cytoscape's hover needs the way in).
    await page.mouse.move(a.x - 80, a.y - 80);
    for (let i = 1; i <= 4; i++) await page.mouse.move(a.x - 80 + 20 * i, a.y - 80 + 20 * i);
    const handle = page.getByTestId('edge-handle');
    await handle.waitFor({ state: 'visible' });
    const h = await handle.boundingBox();
    if (!h) throw new Error('no handle');
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++)
      await page.mouse.move(
        h.x + h.width / 2 + ((b.x - h.x - h.width / 2) * i) / 12,
        h.y + h.height / 2 + ((b.y - h.y - h.height / 2) * i) / 12,
      );
    await page.mouse.up();
    const form = page.getByTestId('edit-form');
    await form.waitFor();
    const rows = form.getByTestId('participant');
    await expect.poll(() => rows.count()).toBe(2);
    const ids = [
      await rows
        .nth(0)
        .getByRole('combobox', { name: /^Actor/ })
        .inputValue(),
      await rows
        .nth(1)
        .getByRole('combobox', { name: /^Actor/ })
        .inputValue(),
    ];
    expect(ids.sort()).toEqual([a.id, b.id].sort());
  });
});
