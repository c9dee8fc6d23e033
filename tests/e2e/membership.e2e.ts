/**
 * Layouts never lie about membership (issue 11, item 6): in every layout offered and in both views,
 * no actor's box overlaps a group box it is not a member of, and group boxes do not overlap each
 * other unless one holds the other. Checked with the drawn bounding boxes on the Gaza dataset and on
 * the hierarchy GEXF fixtures (Gephi's own files).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { LAYOUT_NAMES } from '../../src/cy/layouts.ts';
import { appState, launch, openApp, ready } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Overlap {
  actor: string;
  group: string;
}

/** Every pair (actor or group, group it is not inside) whose drawn boxes overlap. */
function overlaps(page: Page): Promise<Overlap[]> {
  return page.evaluate(() => {
    const cy = window.__backchannel?.cy();
    if (!cy) return [{ actor: 'no graph', group: '' }];
    const shown = cy.nodes(':visible');
    const groups = shown.filter((n) => n.isParent());
    const out: { actor: string; group: string }[] = [];
    const box = (n: (typeof groups)[number]) =>
      n.boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
    const meet = (a: ReturnType<typeof box>, b: ReturnType<typeof box>): boolean =>
      a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;
    shown
      .filter((n) => n.data('elementType') === 'actor')
      .forEach((n) => {
        groups.forEach((g) => {
          if (g.same(n) || n.ancestors().contains(g) || g.ancestors().contains(n)) return;
          if (meet(box(n), box(g))) out.push({ actor: n.id(), group: g.id() });
        });
      });
    return out;
  });
}

async function checkEveryLayout(page: Page, label: string): Promise<void> {
  for (const view of ['actors', 'events'] as const) {
    for (const layout of LAYOUT_NAMES) {
      await page.getByLabel('Layout').selectOption(layout);
      if (view === 'events') await page.getByRole('button', { name: 'Events' }).click();
      else await page.getByRole('button', { name: 'Actors' }).click();
      await ready(page);
      const state = await appState(page);
      expect([state.view.view, state.view.layout]).toEqual([view, layout]);
      expect(await overlaps(page), `${label}, ${view} view, ${layout}`).toEqual([]);
    }
  }
}

describe('layouts never lie about membership', () => {
  it('on the Gaza dataset: every layout, both views', async () => {
    const app = await openApp(browser);
    await checkEveryLayout(app.page, 'Gaza');
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });

  for (const name of ['gexf_hierarchy1.gexf', 'gexf_hierarchy4.gexf']) {
    it(`on ${name}: every layout, both views`, async () => {
      const app = await openApp(browser);
      const text = readFileSync(resolve(import.meta.dirname, '../fixtures/external', name), 'utf8');
      const loaded = await app.page.evaluate(({ t, n }) => window.__backchannel?.load(t, n), {
        t: text,
        n: name,
      });
      expect(loaded?.ok).toBe(true);
      await ready(app.page);
      await checkEveryLayout(app.page, name);
      expect(app.problems()).toEqual([]);
      await app.context.close();
    });
  }
});
