/**
 * Arrangements are kept (issue 11, item 12): a dragged node is where it was dropped after a reload;
 * "Save positions" writes the places into the dataset; the render page draws saved positions.
 * Delegations count for their members (item 3): Details, List and the 1-step focus.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, fixture, GAZA, launch, openApp, ready } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

function placeOf(page: Page, id: string) {
  return page.evaluate((id) => {
    const n = window.__backchannel?.cy()?.getElementById(id);
    return n && n.nonempty()
      ? { model: { ...n.position() }, rendered: { ...n.renderedPosition() } }
      : undefined;
  }, id);
}

describe('arrangements are kept', () => {
  it('keeps a dragged node where it was dropped through a reload, and saves it into the dataset', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    const start = await placeOf(page, 'trump');
    if (!start) throw new Error('trump is not drawn');
    const box = await page.getByTestId('graph').boundingBox();
    if (!box) throw new Error('no canvas');
    const from = { x: box.x + start.rendered.x, y: box.y + start.rendered.y };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + 10 * i, from.y + 7 * i);
    await page.mouse.up();
    const dropped = await placeOf(page, 'trump');
    if (!dropped) throw new Error('trump is gone');
    expect(
      Math.hypot(dropped.model.x - start.model.x, dropped.model.y - start.model.y),
    ).toBeGreaterThan(20);

    // Through filters: hiding and showing a kind moves nothing.
    await page.getByRole('tab', { name: 'Filters', exact: true }).click();
    await page.locator('[data-filter="relation:statement"]').uncheck();
    await page.locator('[data-filter="relation:statement"]').check();
    await ready(page);
    expect((await placeOf(page, 'trump'))?.model).toEqual(dropped.model);

    await page.reload();
    await ready(page);
    const back = await placeOf(page, 'trump');
    expect(Math.abs((back?.model.x ?? NaN) - dropped.model.x)).toBeLessThanOrEqual(1);
    expect(Math.abs((back?.model.y ?? NaN) - dropped.model.y)).toBeLessThanOrEqual(1);

    // Save positions: the dataset in the store (what exports and downloads write) carries them.
    await page.getByTestId('save-positions').click();
    const saved = await page.evaluate(
      () => window.__backchannel?.state().data.dataset?.positions?.actors,
    );
    expect(Math.abs((saved?.trump?.x ?? NaN) - dropped.model.x)).toBeLessThanOrEqual(0.1);
    expect(Math.abs((saved?.trump?.y ?? NaN) - dropped.model.y)).toBeLessThanOrEqual(0.1);
    const actorIds = await page.evaluate(
      () => window.__backchannel?.state().data.dataset?.actors.map((a) => a.id) ?? [],
    );
    expect(Object.keys(saved ?? {}).every((id) => actorIds.includes(id))).toBe(true);
    // The JSON export carries them.
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'JSON (Backchannel)' }).click(),
    ]);
    const exported = JSON.parse(await readFile(await dl.path(), 'utf8')) as {
      positions?: { actors?: Record<string, { x: number; y: number }> };
    };
    expect(exported.positions?.actors?.trump).toEqual(saved?.trump);
    await app.context.close();
  });

  it('the render page draws the positions saved in a dataset', async () => {
    const ds = JSON.parse(
      readFileSync(resolve(import.meta.dirname, 'fixtures', 'export-small.json'), 'utf8'),
    ) as { positions?: unknown };
    ds.positions = { actors: { alice: { x: 500, y: -300 }, bob: { x: -400, y: 250 } } };
    const page = await browser.newPage();
    await page.goto(`${baseUrl().replace(/\/$/, '')}/render.html`);
    await page.waitForFunction(() => typeof window.__render === 'function');
    const placed = await page.evaluate(async (text) => {
      await window.__render?.(text, undefined, {
        format: 'png',
        scale: 1,
        view: 'actors',
        caption: false,
        theme: 'light',
      });
      const cy = window.__renderCy?.();
      return ['alice', 'bob'].map((id) => ({ ...cy?.getElementById(id).position() }));
    }, JSON.stringify(ds));
    expect(placed).toEqual([
      { x: 500, y: -300 },
      { x: -400, y: 250 },
    ]);
    await page.close();
  });
});

describe('delegations count for their members', () => {
  it("lists the delegation's meeting in the member's Details and List, and puts X in its focus", async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    const result = await page.evaluate(
      (text) => window.__backchannel?.load(text, 'delegation-presence.json'),
      fixture('delegation-presence.json'),
    );
    expect(result?.ok).toBe(true);
    await ready(page);
    await page.evaluate(() => {
      // Select M as a click on its node does.
      window.__backchannel?.cy()?.getElementById('m').emit('tap');
    });
    const details = page.getByTestId('actor-details');
    await expect
      .poll(() => details.getByTestId('present-via').first().textContent())
      .toBe('Present with the D delegation');
    expect(await details.textContent()).toContain('Envoy X');
    await details.getByRole('button', { name: '1 step', exact: true }).click();
    const faded = await page.evaluate(() =>
      (
        window.__backchannel
          ?.cy()
          ?.nodes('.bc-faded')
          .map((n) => n.id()) ?? []
      ).sort(),
    );
    expect(faded).not.toContain('x');
    expect(faded).toContain('y');
    await page.getByRole('tab', { name: 'List', exact: true }).click();
    const row = page.locator('[data-row="relation:talks"]');
    expect(await row.textContent()).toContain('Member M (with the D delegation)');
    await app.context.close();
  });
});
