/**
 * The explorer's views on the production build: actor network and event view, theme, legend,
 * layouts (deterministic, positions kept on filter), compound collapse, no console problem under CSP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  GAZA,
  appState,
  clickElement,
  fixture,
  launch,
  openApp,
  positions,
  ready,
} from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('explorer views', () => {
  it('opens the Gaza dataset with no console error or warning under the CSP', async () => {
    const app = await openApp(browser);
    const { page } = app;
    expect((await appState(page)).data.key).toBe('bundled:gaza-ceasefire-2025');
    const csp = await page.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
    );
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    const counts = await page.evaluate(() => {
      const cy = window.__backchannel?.cy();
      return {
        actors: cy?.nodes('[elementType = "actor"]').length,
        hubs: cy?.nodes('[elementType = "relation"][?hub]').length,
        nodes: cy?.nodes().length,
        edges: cy?.edges().length,
      };
    });
    // 19 actors, and a hub for each of the 9 relations of three or more participants.
    expect(counts).toMatchObject({ actors: 19, hubs: 9, nodes: 28 });
    expect(counts.edges).toBeGreaterThan(18);
    await expect(page.getByRole('img', { name: /19 of 19 actors/ }).count()).resolves.toBe(1);
    // Every node drawn inside the canvas, after the layout's fit.
    const inside = await page.evaluate(() => {
      const cy = window.__backchannel?.cy();
      if (!cy) return false;
      const bb = cy.elements().renderedBoundingBox();
      return bb.x1 >= -2 && bb.y1 >= -2 && bb.x2 <= cy.width() + 2 && bb.y2 <= cy.height() + 2;
    });
    expect(inside).toBe(true);
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });

  it('draws each relation between a pair as its own curve, or one counted edge per pair and kind', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    const pairs = await page.evaluate(() => {
      const cy = window.__backchannel?.cy();
      const byPair = new Map<string, string[]>();
      const kindsOf = new Map<string, Set<string>>();
      cy?.edges().forEach((e) => {
        const key = [e.source().id(), e.target().id()].sort().join('|');
        byPair.set(key, [...(byPair.get(key) ?? []), e.id()]);
        kindsOf.set(key, (kindsOf.get(key) ?? new Set()).add(e.data('kind') as string));
      });
      // The pair with the most edges among those with two relations of one kind (relations of three
      // or more participants are hubs: their spokes never share a pair).
      const [pair, ids] = [...byPair.entries()]
        .filter(([key, edgeIds]) => (kindsOf.get(key)?.size ?? 0) < edgeIds.length)
        .sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
      const between = cy?.edges().filter((e) => ids.includes(e.id()));
      return {
        pair,
        count: between?.length ?? 0,
        midpoints:
          between?.map((e) => {
            const m = (e as unknown as { midpoint(): { x: number; y: number } }).midpoint();
            return `${Math.round(m.x)},${Math.round(m.y)}`;
          }) ?? [],
      };
    });
    // The United States' two statements about Hamas (the warning and the designation).
    expect(pairs.pair).toBe('hamas|united-states');
    expect(pairs.count).toBeGreaterThan(1);
    // Fanned out: no two share a midpoint.
    expect(new Set(pairs.midpoints).size).toBe(pairs.count);
    await page.getByTestId('edge-mode').selectOption('counted');
    await ready(page);
    const counted = await page.evaluate((pair) => {
      const cy = window.__backchannel?.cy();
      const e = cy
        ?.edges()
        .filter((x) => [x.source().id(), x.target().id()].sort().join('|') === pair);
      const kinds = e?.map((x) => x.data('kind') as string) ?? [];
      const total = e?.map((x) => x.data('count') as number).reduce((a, b) => a + b, 0);
      const labels = e?.map((x) => [x.data('count') as number, x.data('label') as string]) ?? [];
      return { kinds, total, labels };
    }, pairs.pair);
    // One edge per kind, and together they count every relation of the pair.
    expect(new Set(counted.kinds).size).toBe(counted.kinds.length);
    expect(counted.total).toBe(pairs.count);
    for (const [count, label] of counted.labels)
      expect(label).toBe(Number(count) > 1 ? `×${count}` : '');
    expect(counted.kinds.length).toBeLessThan(pairs.count);
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });

  it('switches to the event view: the Sharm el-Sheikh meeting is one hub with seven labelled spokes', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await page.getByRole('button', { name: 'Events', exact: true }).click();
    await ready(page);
    expect((await appState(page)).view.view).toBe('events');
    const hub = await page.evaluate(() => {
      const cy = window.__backchannel?.cy();
      const n = cy?.getElementById('sharm-el-sheikh-meeting');
      return {
        type: n?.data('elementType') as string,
        spokes: n?.connectedEdges().length,
        neighbours: n
          ?.connectedEdges()
          .connectedNodes()
          .not(n)
          .map((x) => x.id())
          .sort(),
        labels: n
          ?.connectedEdges()
          .map((e) => e.data('label') as string)
          .sort(),
        relationNodes: cy?.nodes('[elementType = "relation"]').length,
      };
    });
    expect(hub.type).toBe('relation');
    expect(hub.spokes).toBe(7);
    const participants = await page.evaluate(() =>
      window.__backchannel
        ?.state()
        .data.dataset?.relations.find((r) => r.id === 'sharm-el-sheikh-meeting')
        ?.participants.map((p) => p.actor)
        .sort(),
    );
    expect(hub.neighbours).toEqual(participants);
    expect(hub.neighbours).toEqual(
      expect.arrayContaining(['witkoff', 'kushner', 'qatar-intelligence']),
    );
    expect(hub.labels?.every((l) => ['participant', 'host', 'mediator'].includes(l))).toBe(true);
    expect(hub.labels).toContain('mediator');
    expect(hub.relationNodes).toBe(19);
    // Clicking the hub selects the relation and highlights its seven participants.
    await clickElement(page, 'sharm-el-sheikh-meeting');
    await expect(page.getByTestId('relation-details').count()).resolves.toBe(1);
    const highlighted = await page.evaluate(() =>
      window.__backchannel
        ?.cy()
        ?.nodes('.bc-highlighted')
        .map((n) => n.id())
        .sort(),
    );
    expect(highlighted).toEqual(participants);
    // And back to the actor network: only the hubs of relations of three or more participants.
    await page.getByRole('button', { name: 'Actors', exact: true }).click();
    await ready(page);
    expect(
      await page.evaluate(() => {
        const relations = window.__backchannel?.cy()?.nodes('[elementType = "relation"]');
        return { all: relations?.length, hubs: relations?.filter('[?hub]').length };
      }),
    ).toEqual({ all: 9, hubs: 9 });
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });

  it('switches theme: the page and the graph change colours, and the choice survives a reload', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    const before = await page.evaluate(() => ({
      bg: getComputedStyle(document.querySelector('.canvas-area') as Element).backgroundColor,
      label: window.__backchannel?.cy()?.getElementById('witkoff').style('color') as string,
    }));
    await page.getByTestId('theme-toggle').click();
    const after = await page.evaluate(() => ({
      bg: getComputedStyle(document.querySelector('.canvas-area') as Element).backgroundColor,
      label: window.__backchannel?.cy()?.getElementById('witkoff').style('color') as string,
    }));
    expect((await appState(page)).view.theme).toBe('dark');
    expect(after.bg).not.toBe(before.bg);
    expect(after.label).not.toBe(before.label);
    await page.reload();
    await ready(page);
    expect((await appState(page)).view.theme).toBe('dark');
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });

  it('lists in the legend exactly the kinds drawn, and follows the filters', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    const legend = (): Promise<string[]> =>
      page
        .locator('[data-testid="legend"] [data-legend]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-legend') ?? '').sort());
    const expected = (): Promise<string[]> =>
      page.evaluate(() => {
        const cy = window.__backchannel?.cy();
        const out = new Set<string>();
        cy?.nodes(':visible[elementType = "actor"]').forEach((n) => {
          if (!n.hasClass('bc-container')) out.add(`actor:${String(n.data('kind'))}`);
        });
        cy?.edges(':visible').forEach((e) => {
          out.add(`relation:${String(e.data('kind'))}`);
          out.add(`certainty:${String(e.data('certainty'))}`);
        });
        return [...out].sort();
      });
    const first = await legend();
    expect(first).toEqual(await expected());
    expect(first).toContain('relation:meeting');
    expect(first).toContain('actor:person');
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.locator('[data-filter="relation:meeting"]').uncheck();
    const second = await legend();
    expect(second).not.toContain('relation:meeting');
    expect(second).toEqual(await expected());
    await app.context.close();
  });

  it('lays out deterministically, keeps positions when filters change, switches layouts', async () => {
    const a = await openApp(browser, GAZA);
    const b = await openApp(browser, GAZA);
    const pa = await positions(a.page);
    const pb = await positions(b.page);
    expect(Object.keys(pa).length).toBe(Object.keys(pb).length);
    for (const [id, p] of Object.entries(pa)) {
      expect(pb[id]?.x).toBeCloseTo(p.x, 3);
      expect(pb[id]?.y).toBeCloseTo(p.y, 3);
    }
    await b.context.close();
    const { page } = a;
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.locator('[data-filter="actor:state"]').uncheck();
    await page.locator('[data-filter="relation:statement"]').uncheck();
    // States are hidden; those holding shown members stay as faded containers.
    const hiddenNow = await page.evaluate(() => {
      const cy = window.__backchannel?.cy();
      return {
        container: cy?.getElementById('egypt').hasClass('bc-container'),
        statements: cy?.edges('[kind = "statement"]').filter(':visible').length,
      };
    });
    expect(hiddenNow).toEqual({ container: true, statements: 0 });
    const kept = await positions(page);
    for (const [id, p] of Object.entries(pa)) expect(kept[id]).toEqual(p);
    await page.locator('[data-filter="actor:state"]').check();
    await page.locator('[data-filter="relation:statement"]').check();
    for (const layout of ['concentric', 'circle', 'grid', 'breadthfirst'] as const) {
      await page.getByTestId('layout-select').selectOption(layout);
      await ready(page);
      expect((await appState(page)).view.layout).toBe(layout);
      const now = await positions(page);
      const moved = Object.entries(pa).filter(
        ([id, p]) => Math.hypot((now[id]?.x ?? 0) - p.x, (now[id]?.y ?? 0) - p.y) > 1,
      );
      expect(moved.length).toBeGreaterThan(5);
    }
    // Back to the force layout: the same picture as before.
    await page.getByTestId('layout-select').selectOption('force');
    await ready(page);
    const back = await positions(page);
    for (const [id, p] of Object.entries(pa)) expect(back[id]?.x).toBeCloseTo(p.x, 3);
    expect(a.problems()).toEqual([]);
    await a.context.close();
  });

  it('collapses a group into one node and expands it again', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await clickElement(page, 'us-envoys', true);
    await expect
      .poll(() => appState(page).then((s) => s.selection.collapsed))
      .toEqual(['us-envoys']);
    const collapsed = await page.evaluate(() => {
      const cy = window.__backchannel?.cy();
      const g = cy?.getElementById('us-envoys');
      return {
        cls: g?.hasClass('bc-collapsed'),
        label: g?.data('collapsedLabel') as string,
        membersVisible: cy?.$('#witkoff, #kushner').filter(':visible').length,
        meta: cy
          ?.edges('.bc-meta')
          .filter((e) => e.source().id() === 'us-envoys' || e.target().id() === 'us-envoys').length,
      };
    });
    expect(collapsed.cls).toBe(true);
    expect(collapsed.label).toBe('U.S. envoys (+2)');
    expect(collapsed.membersVisible).toBe(0);
    expect(collapsed.meta).toBeGreaterThan(0);
    // Expand from the details panel.
    await page.getByRole('tab', { name: 'List' }).click();
    await page.getByRole('button', { name: 'U.S. envoys', exact: true }).click();
    await page.getByRole('button', { name: 'Expand group', exact: true }).click();
    const expanded = await page.evaluate(() => {
      const cy = window.__backchannel?.cy();
      return {
        members: cy?.$('#witkoff, #kushner').filter(':visible').length,
        meta: cy?.edges('.bc-meta').length,
      };
    });
    expect(expanded).toEqual({ members: 2, meta: 0 });
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });

  it('draws reported relations dashed and disputed ones dotted and marked', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    const r = await page.evaluate(
      (text) => window.__backchannel?.load(text, 'gaza-mini.json'),
      fixture('gaza-mini.json'),
    );
    expect(r?.ok).toBe(true);
    await ready(page);
    const styles = await page.evaluate(() => {
      const cy = window.__backchannel?.cy();
      const of = (rel: string) =>
        cy
          ?.edges()
          .filter((e) => (e.data('relationIds') as string[]).includes(rel))
          .first();
      return {
        confirmed: of('sharm-meeting')?.style('line-style'),
        reported: of('trump-authorizes-envoys')?.style('line-style'),
        disputed: of('netanyahu-apology')?.style('line-style'),
        mark: of('netanyahu-apology')?.style('source-label'),
      };
    });
    expect(styles).toEqual({
      confirmed: 'solid',
      reported: 'dashed',
      disputed: 'dotted',
      mark: '?',
    });
    await app.context.close();
  });
});
