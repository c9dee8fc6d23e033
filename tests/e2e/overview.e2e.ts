/**
 * The overview of a large network (issue 15) as a person meets it: a 5,000-actor generated dataset
 * opens as one node per bloc, the imported flat GEXF (sigma_arctic, 1,715 actors) as one node per
 * Louvain community; the search opens the group holding an actor and centres it; a group opens from
 * the "Open a group" list and by double-click, closes again, and "Show every actor" draws them all.
 * Screenshots go to os.tmpdir(); the times to the first picture and to open a group are logged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateDataset } from '../../src/gen/generate.ts';
import { OVERVIEW_THRESHOLD } from '../../src/ui/state/overview.ts';
import { OPENED_NAMED_MAX } from '../../src/cy/overview-elements.ts';
import { GAZA, appState, clickElement, launch, openApp, ready } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const shot = (name: string): string => join(tmpdir(), `overview-${name}.png`);

/** Loads `text` and returns the ms until the first group node is drawn, and until laid out. */
async function loadTimed(page: Page, text: string, name: string): Promise<[number, number]> {
  const start = Date.now();
  await page.evaluate(
    ([t, n]) => {
      void window.__backchannel?.load(t, n);
    },
    [text, name] as const,
  );
  await page.waitForFunction(
    () => (window.__backchannel?.cy()?.nodes('[elementType = "group"]').length ?? 0) > 0,
    undefined,
    { polling: 20, timeout: 120_000 },
  );
  const first = Date.now() - start;
  await ready(page);
  return [first, Date.now() - start];
}

function drawn(page: Page): Promise<{ groups: number; nodes: number; actors: number }> {
  return page.evaluate(() => {
    const cy = window.__backchannel?.cy();
    return {
      groups: cy?.nodes('[elementType = "group"]').length ?? 0,
      nodes: cy?.nodes().length ?? 0,
      actors: cy?.nodes('[elementType = "actor"]').length ?? 0,
    };
  });
}

const expanded = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...(window.__backchannel?.state().overview.expanded ?? [])]);

/** The largest closed group: its group id, its node id and one member (id and name). */
function largestGroup(
  page: Page,
): Promise<{ groupId: string; node: string; member: string; name: string }> {
  return page.evaluate(() => {
    const cy = window.__backchannel?.cy();
    const ds = window.__backchannel?.state().data.dataset;
    const g = cy
      ?.nodes('[elementType = "group"][!open]')
      .sort((a, b) => Number(b.data('members')) - Number(a.data('members')))[0];
    const ids = (g?.data('memberIds') as string[] | undefined) ?? [];
    const member = ids[Math.floor(ids.length / 2)] ?? '';
    const name = ds?.actors.find((a) => a.id === member)?.name ?? '';
    return { groupId: String(g?.data('groupId')), node: g?.id() ?? '', member, name };
  });
}

describe('the overview', () => {
  it('opens 5,000 generated actors as blocs', async () => {
    const ds = generateDataset({ actors: 5_000, seed: 1 });
    const app = await openApp(browser, GAZA);
    const { page } = app;
    const [first, laidOut] = await loadTimed(page, JSON.stringify(ds), 'synthetic-5000.json');
    const d = await drawn(page);
    expect(d.groups).toBeGreaterThan(5);
    expect(d.nodes).toBeLessThan(1_000);
    await expect(page.getByTestId('overview-summary').textContent()).resolves.toMatch(
      /Overview: [\d,]+ blocs of 5,000 actors/,
    );
    await page.screenshot({ path: shot('5000') });

    // Open the largest bloc through the list, timed until its members are drawn and laid out.
    const g = await largestGroup(page);
    const start = Date.now();
    await page.getByRole('combobox', { name: 'Open a group' }).selectOption(g.groupId);
    await page.waitForFunction(
      (id) => !window.__backchannel?.cy()?.getElementById(id).empty(),
      g.member,
    );
    await ready(page);
    const open = Date.now() - start;
    expect(await expanded(page)).toEqual([g.groupId]);
    await page.screenshot({ path: shot('5000-open') });
    // A group this large opens without its inner blocs' boxes, and the bar says so.
    const inBoxes = await page.evaluate((gid) => {
      const members = window.__backchannel?.state().overview.grouping?.members.get(gid) ?? [];
      const cy = window.__backchannel?.cy();
      return {
        size: members.length,
        boxed: members.filter((m) => cy?.getElementById(m).isChild()).length,
      };
    }, g.groupId);
    expect(inBoxes.size).toBeGreaterThan(OPENED_NAMED_MAX);
    expect(inBoxes.boxed).toBe(0);
    await expect(page.getByTestId('overview-summary').textContent()).resolves.toMatch(
      `groups of over ${OPENED_NAMED_MAX} open without inner boxes`,
    );
    console.log(
      `overview 5,000: first picture ${first} ms, laid out ${laidOut} ms; open a group of ` +
        `${(await drawn(page)).actors} drawn actors ${open} ms; load average ${loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')}`,
    );
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });

  it('opens the flat arctic GEXF as communities; search, open, close, show every actor', async () => {
    const text = readFileSync(
      resolve(import.meta.dirname, '../fixtures/external/sigma_arctic.gexf'),
      'utf8',
    );
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await loadTimed(page, text, 'sigma_arctic.gexf');
    const actors = await page.evaluate(
      () => window.__backchannel?.state().data.dataset?.actors.length,
    );
    expect(actors).toBeGreaterThanOrEqual(OVERVIEW_THRESHOLD);
    const d = await drawn(page);
    expect(d.groups).toBeGreaterThan(2);
    expect(d.nodes).toBeLessThan((actors ?? 0) / 2);
    await expect(page.getByTestId('overview-summary').textContent()).resolves.toMatch(
      /Overview: [\d,]+ communities of 1,715 actors/,
    );
    await page.screenshot({ path: shot('arctic') });

    // Search an actor inside a closed community: the community opens, the actor is selected, centred.
    const g = await largestGroup(page);
    expect(g.name).not.toBe('');
    await page.getByTestId('search').fill(g.name);
    await page.getByTestId('search').press('Enter');
    await expect.poll(async () => (await appState(page)).selection.selection?.id).toBe(g.member);
    await expect.poll(() => expanded(page)).toEqual([g.groupId]);
    await ready(page);
    const centred = await page.evaluate((id) => {
      const cy = window.__backchannel?.cy();
      const p = cy?.getElementById(id).renderedPosition();
      return p && cy ? { dx: p.x - cy.width() / 2, dy: p.y - cy.height() / 2 } : undefined;
    }, g.member);
    expect(Math.abs(centred?.dx ?? 1e9)).toBeLessThan(40);
    expect(Math.abs(centred?.dy ?? 1e9)).toBeLessThan(40);
    await page.screenshot({ path: shot('arctic-search') });

    // Close it by the card, then open it by double-click and close it again by double-click.
    await page.getByRole('button', { name: 'Close all' }).click();
    await expect.poll(() => expanded(page)).toEqual([]);
    await ready(page);
    await clickElement(page, g.node, true);
    await expect.poll(() => expanded(page)).toEqual([g.groupId]);
    await ready(page);
    expect(
      await page.evaluate((id) => window.__backchannel?.cy()?.getElementById(id).empty(), g.member),
    ).toBe(false);
    await page.screenshot({ path: shot('arctic-dblclick') });
    // The opened box in the middle of the view, as a reader would bring it (clickElement tries its
    // body from the bottom up, where the overview's panel covers the canvas).
    await page.evaluate((id) => {
      const cy = window.__backchannel?.cy();
      cy?.center(cy.getElementById(id));
    }, g.node);
    await clickElement(page, g.node, true);
    await expect.poll(() => expanded(page)).toEqual([]);
    await ready(page);
    await expect.poll(() => drawn(page)).toEqual(d);

    // Every actor drawn, then back.
    await page.getByRole('button', { name: 'Show every actor' }).click();
    await ready(page);
    const all = await drawn(page);
    expect(all.groups).toBe(0);
    expect(all.actors).toBe(actors);
    await page.screenshot({ path: shot('arctic-all') });
    await page.getByRole('button', { name: 'Back to the overview' }).click();
    await ready(page);
    expect((await drawn(page)).groups).toBe(d.groups);
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });
});
