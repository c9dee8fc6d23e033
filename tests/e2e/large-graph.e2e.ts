/**
 * The large-graph mode as a person meets it: a generated dataset above the threshold loads, the
 * layout shows its progress and can be cancelled, the page keeps answering, the legend says what the
 * mode leaves out, and a selection still shows the direction of its relations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateDataset } from '../../src/gen/generate.ts';
import { LARGE_GRAPH_THRESHOLD } from '../../src/cy/large-mode.ts';
import { nodeCountOf } from '../../src/cy/elements.ts';
import { GAZA, appState, launch, openApp, ready } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Starts recording every text the layout's progress box shows, then loads `text`. */
async function loadRecordingProgress(page: Page, text: string): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __progress: string[] };
    w.__progress = [];
    new MutationObserver(() => {
      const box = document.querySelector('.layout-progress');
      const t = box?.textContent ?? '';
      if (t && w.__progress.at(-1) !== t) w.__progress.push(t);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const result = await page.evaluate((t) => window.__backchannel?.load(t, 'synthetic.json'), text);
  expect(result).toEqual({ ok: true });
}

const progressTexts = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);

describe('large-graph mode', () => {
  it('lays out 1,200 actors with progress, without group boxes, and says so in the legend', async () => {
    const actors = 1_200;
    expect(actors).toBeGreaterThan(LARGE_GRAPH_THRESHOLD);
    const ds = generateDataset({ actors, seed: 2 });
    const groups = new Set(ds.actors.map((a) => a.memberOf).filter(Boolean));
    expect(groups.size).toBeGreaterThan(0);
    const app = await openApp(browser, GAZA);
    const { page } = app;
    // Gaza is small: its groups are boxes and can be collapsed.
    expect(
      await page.evaluate(() => window.__backchannel?.cy()?.nodes(':parent').length),
    ).toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: 'Collapse groups' }).count()).resolves.toBe(1);

    await loadRecordingProgress(page, JSON.stringify(ds));
    await ready(page);
    const seen = await progressTexts(page);
    expect(seen.some((t) => /Laying out… \d+%/.test(t))).toBe(true);
    await expect(page.locator('.layout-progress').count()).resolves.toBe(0);

    const drawn = await page.evaluate(() => {
      const cy = window.__backchannel?.cy();
      if (!cy) return undefined;
      const xs = cy.nodes().map((n) => n.position('x'));
      const ys = cy.nodes().map((n) => n.position('y'));
      return {
        nodes: cy.nodes().length,
        parents: cy.nodes(':parent').length,
        curves: [...new Set(cy.edges().map((e) => e.style('curve-style') as string))],
        width: Math.max(...xs) - Math.min(...xs),
        height: Math.max(...ys) - Math.min(...ys),
      };
    });
    // The actors and a hub for each relation of three or more participants.
    const nodes = nodeCountOf(ds, 'actors');
    expect(nodes).toBeGreaterThan(actors);
    expect(drawn).toMatchObject({ nodes, parents: 0, curves: ['haystack'] });
    expect(drawn?.width).toBeGreaterThan(500);
    expect(drawn?.height).toBeGreaterThan(500);
    await expect(page.getByTestId('large-mode-note').textContent()).resolves.toMatch(
      `Large-graph mode (${nodes.toLocaleString('en-US')} nodes)`,
    );
    await expect(page.getByRole('button', { name: 'Collapse groups' }).count()).resolves.toBe(0);

    // A selection shows the direction of its directed relations at mid-line.
    const actor = await page.evaluate(() => {
      const sources =
        window.__backchannel
          ?.cy()
          ?.edges('[arrows > 0]')
          .map((x) => x.source())
          .filter((n) => n.data('elementType') === 'actor') ?? [];
      return sources[0]?.id();
    });
    expect(actor).toBeDefined();
    const name = ds.actors.find((a) => a.id === actor)?.name ?? '';
    await page.getByTestId('search').fill(name);
    await page.getByTestId('search').press('Enter');
    await expect.poll(async () => (await appState(page)).selection.selection?.id).toBe(actor);
    const arrows = await page.evaluate((id) => {
      const cy = window.__backchannel?.cy();
      return cy
        ?.getElementById(id)
        .connectedEdges('[arrows > 0]')
        .map((e) => e.style('mid-target-arrow-shape') as string);
    }, actor ?? '');
    expect(arrows?.length).toBeGreaterThan(0);
    expect(arrows?.every((a) => a !== 'none')).toBe(true);

    expect(app.problems()).toEqual([]);
    await app.context.close();
  });

  it('cancels the layout: the progress goes, the page answers, the nodes stay where they were', async () => {
    const ds = generateDataset({ actors: 2_500, seed: 3 });
    const app = await openApp(browser, GAZA);
    const { page } = app;
    // Click Cancel the moment it shows (the layout of 2,500 actors may take only a second or two),
    // and note whether the layout still finished.
    await page.evaluate(() => {
      const w = window as unknown as { __cancelled: boolean; __finished: boolean };
      w.__cancelled = false;
      w.__finished = false;
      const watch = new MutationObserver(() => {
        const button = document.querySelector<HTMLButtonElement>('.layout-progress button');
        if (!button || w.__cancelled) return;
        w.__cancelled = true;
        window.__backchannel?.cy()?.one('largelayoutstop', () => (w.__finished = true));
        button.click();
        watch.disconnect();
      });
      watch.observe(document.body, { subtree: true, childList: true });
    });
    await loadRecordingProgress(page, JSON.stringify(ds));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __cancelled: boolean }).__cancelled))
      .toBe(true);
    await expect.poll(() => page.locator('.layout-progress').count()).toBe(0);
    await ready(page);
    expect(
      await page.evaluate(() => (window as unknown as { __finished: boolean }).__finished),
    ).toBe(false);
    // The page answers: the search finds an actor of the new dataset.
    const target = ds.actors[7];
    await page.getByTestId('search').fill(target?.name ?? '');
    await page.getByTestId('search').press('Enter');
    await expect.poll(async () => (await appState(page)).selection.selection?.id).toBe(target?.id);
    // Cancelled, not finished: the start positions (blocs on a spiral) stay, spread out.
    const spread = await page.evaluate(() => {
      const cy = window.__backchannel?.cy();
      const xs = cy?.nodes().map((n) => n.position('x')) ?? [];
      return new Set(xs.map((x) => Math.round(x))).size;
    });
    expect(spread).toBeGreaterThan(100);
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });
});
