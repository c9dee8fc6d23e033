/**
 * The analysis panels on the production build, driven as a person would: Who met whom (pickers,
 * meetings, chains), the meetings matrix, the mediators lens and the timeline's play control. What
 * they show is asserted on screen and on the graph (the `an-` classes of cytoscape elements).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { GAZA, appState, launch, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The classes of graph elements by id. */
function classesOf(page: Page, ids: string[]): Promise<Record<string, string[]>> {
  return page.evaluate((ids) => {
    const cy = window.__backchannel?.cy();
    const out: Record<string, string[]> = {};
    for (const id of ids) out[id] = cy?.getElementById(id).classes() ?? [];
    return out;
  }, ids);
}

/** The ids of the edges (of the actor network) drawing a relation, and whether each has a class. */
function edgesOf(page: Page, relation: string, cls: string): Promise<boolean[]> {
  return page.evaluate(
    ({ relation, cls }) =>
      window.__backchannel
        ?.cy()
        ?.edges()
        .filter((e) => (e.data('relationIds') as string[]).includes(relation))
        .map((e) => e.hasClass(cls)) ?? [],
    { relation, cls },
  );
}

/** Whether a relation has edges on the graph and every one of them has the class. */
async function allEdgesHave(page: Page, relation: string, cls: string): Promise<boolean> {
  const flags = await edgesOf(page, relation, cls);
  return flags.length > 0 && flags.every(Boolean);
}

function highlightedEdgePairs(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      window.__backchannel
        ?.cy()
        ?.edges('.an-hl')
        .map((e) => [e.source().id(), e.target().id()].sort().join('–'))
        .sort() ?? [],
  );
}

/** Types into an actor picker and chooses the first match. */
async function pick(page: Page, testId: string, text: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(text);
  await page.locator('.an-picker [role=option]').first().click();
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  // The analysis panels are loaded on demand: wait until the panel's code is there.
  await page.getByTestId('panel-loading').waitFor({ state: 'detached' });
}

describe('Who met whom', () => {
  it('lists the Sharm el-Sheikh meeting of Witkoff and al-Hayya and highlights it on the graph', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await openTab(page, 'Met');
    await pick(page, 'met-a', 'Witkoff');
    // An alias finds al-Hayya.
    await pick(page, 'met-b', 'Khaya');
    await expect(page.getByTestId('met-b').inputValue()).resolves.toBe('Khalil al-Hayya');
    const meetings = page.getByTestId('met-meetings');
    await meetings.waitFor();
    await expect(meetings.locator('li').count()).resolves.toBe(1);
    const text = await meetings.innerText();
    expect(text).toContain('sharm-el-sheikh-meeting');
    expect(text).toContain('Sharm el-Sheikh, Egypt');
    expect(text).toContain('with the Hamas delegation');

    // On the graph: the meeting's edges, its participants and the two ends; the rest dimmed.
    const meetingEdges = await edgesOf(page, 'sharm-el-sheikh-meeting', 'an-hl');
    expect(meetingEdges.length).toBe(15);
    expect(meetingEdges.every(Boolean)).toBe(true);
    const c = await classesOf(page, ['witkoff', 'al-hayya', 'hamas-delegation', 'israel', 'trump']);
    expect(c['witkoff']).toEqual(expect.arrayContaining(['an-hl', 'an-end']));
    expect(c['al-hayya']).toEqual(expect.arrayContaining(['an-hl', 'an-end']));
    expect(c['hamas-delegation']).toContain('an-hl');
    expect(c['israel']).toContain('an-dim');
    expect(c['trump']).toContain('an-dim');
    expect(await allEdgesHave(page, 'israel-strike-on-qatar', 'an-dim')).toBe(true);
    // The other direct relations are listed apart.
    await expect(page.getByTestId('met-direct').innerText()).resolves.toContain(
      'witkoff-condolences-al-hayya',
    );
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });

  it('highlights a chosen chain step by step, and clears it from the status chip', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await openTab(page, 'Met');
    // Keyboard only: type, arrow down, Enter.
    const a = page.getByTestId('met-a');
    await a.focus();
    await page.keyboard.type('Trump');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(a.inputValue()).resolves.toBe('Donald Trump');
    await pick(page, 'met-b', 'al-Hayya');
    await expect(page.getByTestId('met-meetings').count()).resolves.toBe(0);
    const chains = page.getByTestId('chains-shortest').locator('button');
    await expect(chains.count()).resolves.toBeGreaterThan(0);
    const first = chains.first();
    expect(await first.getAttribute('data-chain')).toBe('trump>witkoff>al-hayya');
    await first.click();
    await expect(first.getAttribute('aria-pressed')).resolves.toBe('true');
    // Only the links of the chain: Trump → Witkoff (authorization), Witkoff → the delegation
    // al-Hayya sat in (the meeting); not the whole meeting, not Kushner's authorization.
    expect(await highlightedEdgePairs(page)).toEqual(['hamas-delegation–witkoff', 'trump–witkoff']);
    const c = await classesOf(page, ['trump', 'witkoff', 'al-hayya', 'kushner']);
    expect(c['trump']).toContain('an-end');
    expect(c['al-hayya']).toContain('an-end');
    expect(c['witkoff']).toContain('an-hl');
    expect(c['kushner']).toContain('an-dim');

    // A date that is not one is said so.
    await page.getByPlaceholder('YYYY, YYYY-MM or YYYY-MM-DD').fill('2025-13');
    await expect(page.getByRole('alert').innerText()).resolves.toContain('is not a date');

    await page.getByRole('button', { name: 'Clear the highlight' }).click();
    const left = await page.evaluate(
      () => window.__backchannel?.cy()?.elements('.an-hl, .an-dim, .an-end').length,
    );
    expect(left).toBe(0);
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });
});

describe('meetings matrix', () => {
  it('groups the actors by bloc, and a cell lists and highlights its meetings', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await openTab(page, 'Met');
    const matrix = page.getByTestId('meetings-matrix');
    const blocs = await matrix.locator('thead th.an-bloc').allInnerTexts();
    expect(blocs.map((b) => b.trim().toLowerCase()).filter((b) => b !== '')).toEqual([
      'united states',
      'hamas',
    ]);
    await expect(matrix.locator('tbody tr').count()).resolves.toBe(7);
    const cell = page.getByRole('button', { name: 'Steve Witkoff and Khalil al-Hayya: 1 meeting' });
    // Reachable by keyboard: focus and Enter.
    await cell.focus();
    await page.keyboard.press('Enter');
    const listed = page.getByTestId('matrix-meetings');
    await listed.waitFor();
    const text = await listed.innerText();
    expect(text).toContain('Steve Witkoff and Khalil al-Hayya: 1 meeting');
    expect(text).toContain('sharm-el-sheikh-meeting');
    expect(text).toContain('Oct 2025');
    expect(await allEdgesHave(page, 'sharm-el-sheikh-meeting', 'an-hl')).toBe(true);
    expect((await classesOf(page, ['newsom']))['newsom']).toContain('an-dim');
    // A listed meeting selects the relation, and the panel stays open.
    await listed.getByRole('button', { name: /sharm-el-sheikh-meeting/ }).click();
    const state = await appState(page);
    expect(state.selection.selection).toEqual({ type: 'relation', id: 'sharm-el-sheikh-meeting' });
    await expect(
      page.getByRole('tab', { name: 'Met' }).getAttribute('aria-selected'),
    ).resolves.toBe('true');
    // Every actor, not only those at a meeting.
    await page.getByLabel('Every actor (not only those at a meeting)').check();
    await expect(matrix.locator('tbody tr').count()).resolves.toBe(18);
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });
});

describe('mediators lens', () => {
  it('sizes nodes by the chosen score, rings the explicit mediators and traces a score', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await openTab(page, 'Mediators');
    const widths = (): Promise<Record<string, number>> =>
      page.evaluate(() => {
        const cy = window.__backchannel?.cy();
        const out: Record<string, number> = {};
        for (const id of ['witkoff', 'trump', 'qatar-intelligence', 'netanyahu']) {
          out[id] = cy?.getElementById(id).width() ?? 0;
        }
        return out;
      });
    const before = await widths();
    await page.getByTestId('lens-toggle').click();
    await expect(page.getByTestId('lens-toggle').getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    const byRoles = await widths();
    expect(byRoles['qatar-intelligence']).toBeGreaterThan(byRoles['trump'] ?? 0);
    expect(byRoles['qatar-intelligence']).not.toBe(before['qatar-intelligence']);
    const rings = await classesOf(page, [
      'qatar-intelligence',
      'egypt-intelligence',
      'turkey-intelligence',
      'trump',
    ]);
    for (const id of ['qatar-intelligence', 'egypt-intelligence', 'turkey-intelligence']) {
      expect(rings[id]).toContain('an-ring');
    }
    expect(rings['trump']).not.toContain('an-ring');
    const borders = await page.evaluate(() =>
      window.__backchannel?.cy()?.getElementById('egypt-intelligence').style('border-style'),
    );
    expect(borders).toBe('double');

    // Another score, other sizes: betweenness puts Witkoff above Trump and Netanyahu.
    await page.getByTestId('lens-score').selectOption('betweenness');
    const byBetweenness = await widths();
    expect(byBetweenness['witkoff']).toBeGreaterThan(byBetweenness['qatar-intelligence'] ?? 0);
    expect(byBetweenness['witkoff']).toBeGreaterThan(byBetweenness['netanyahu'] ?? 0);

    // A score lists what earned it, and shows it on the graph.
    await page.getByRole('button', { name: /^Qatari intelligence, mediator roles: 1/ }).click();
    const relations = page.getByTestId('lens-relations');
    await relations.waitFor();
    await expect(relations.innerText()).resolves.toContain('sharm-el-sheikh-meeting');
    expect(await allEdgesHave(page, 'sharm-el-sheikh-meeting', 'an-hl')).toBe(true);

    // A brokerage role lists its triples: as many as the number shown.
    const liaison = page.locator('tr[data-actor="witkoff"] button[data-score="liaison"]');
    const shown = Number(await liaison.innerText());
    expect(shown).toBeGreaterThan(0);
    await liaison.click();
    await expect(page.getByTestId('lens-triples').locator('li').count()).resolves.toBe(shown);
    await expect(highlightedEdgePairs(page)).resolves.not.toEqual([]);

    // Off: the explorer's sizes come back.
    await page.getByTestId('lens-toggle').click();
    expect(await widths()).toEqual(before);
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });
});

describe('timeline', () => {
  const DATED = [
    'bridge-ceasefire-proposal',
    'sharm-el-sheikh-meeting',
    'us-guarantee-to-hamas',
    'hostages-burden-message',
    'witkoff-condolences-al-hayya',
  ];
  const OCTOBER = DATED.slice(1);

  /** Whether each relation's edges are all visible (true), all hidden (false), or mixed. */
  function relationVisible(page: Page, ids: string[]): Promise<Record<string, boolean | 'mixed'>> {
    return page.evaluate((ids) => {
      const cy = window.__backchannel?.cy();
      const out: Record<string, boolean | 'mixed'> = {};
      for (const id of ids) {
        const edges = cy?.edges().filter((e) => (e.data('relationIds') as string[]).includes(id));
        const v = edges?.map((e) => e.visible()) ?? [];
        out[id] = v.every(Boolean) ? true : v.some(Boolean) ? 'mixed' : false;
      }
      return out;
    }, ids);
  }

  it('plays to the end (all dated relations shown), steps back (the last date hidden)', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await openTab(page, 'Timeline');
    const strip = page.getByTestId('timeline-strip');
    await expect(strip.locator('button.an-bar').count()).resolves.toBe(5);
    await expect(page.getByTestId('timeline-undated').innerText()).resolves.toContain(
      'undated: 12',
    );
    await page.getByTestId('with-undated').uncheck();
    await page.getByRole('combobox', { name: 'Speed (steps per second)' }).selectOption('4');

    // Space on the play control plays; it stops at the last date.
    await page.getByTestId('play-control').focus();
    await page.keyboard.press(' ');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="as-of"]')?.textContent === 'As of Oct 2025',
    );
    await expect(page.getByTestId('play').getAttribute('aria-pressed')).resolves.toBe('false');
    const end = await relationVisible(page, [...DATED, 'gaza-peace-talks']);
    for (const id of DATED) expect(end[id]).toBe(true);
    expect(end['gaza-peace-talks']).toBe(false);
    expect((await classesOf(page, ['newsom']))['newsom']).toContain('an-hidden');
    expect((await classesOf(page, ['al-hayya']))['al-hayya']).not.toContain('an-hidden');

    // The left arrow steps back: October's relations go, the 2025 proposal stays.
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('as-of').innerText()).resolves.toBe('As of 2025');
    await page.waitForFunction(() =>
      window.__backchannel?.cy()?.getElementById('al-hayya').hasClass('an-hidden'),
    );
    const back = await relationVisible(page, DATED);
    expect(back['bridge-ceasefire-proposal']).toBe(true);
    for (const id of OCTOBER) expect(back[id]).toBe(false);
    expect((await classesOf(page, ['al-hayya']))['al-hayya']).toContain('an-hidden');

    // Undated relations come in last when asked.
    await page.getByTestId('with-undated').check();
    await page.getByTestId('to-end').click();
    await expect(page.getByTestId('as-of').innerText()).resolves.toBe('As of undated');
    const all = await relationVisible(page, [...DATED, 'gaza-peace-talks']);
    expect(Object.values(all).every((v) => v === true)).toBe(true);

    // A click on an item selects its relation; "show the whole network" ends the growth.
    await strip.locator('button[data-relation="sharm-el-sheikh-meeting"]').click();
    expect((await appState(page)).selection.selection).toEqual({
      type: 'relation',
      id: 'sharm-el-sheikh-meeting',
    });
    await page.getByRole('button', { name: 'Show the whole network', exact: true }).click();
    const hidden = await page.evaluate(
      () => window.__backchannel?.cy()?.elements('.an-hidden').length,
    );
    expect(hidden).toBe(0);
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });
});

describe('with the explorer', () => {
  it('keeps the explorer’s filters, follows the theme and the event view', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await openTab(page, 'Met');
    await pick(page, 'met-a', 'Witkoff');
    await pick(page, 'met-b', 'al-Hayya');
    await page.getByTestId('met-meetings').waitFor();
    const underlay = (): Promise<string | undefined> =>
      page.evaluate(() =>
        window.__backchannel?.cy()?.getElementById('witkoff').style('underlay-color'),
      );
    expect(await underlay()).toBe('rgb(0,114,178)');

    // The explorer's filter hides the meetings; the highlight stays, and comes back with them.
    await openTab(page, 'Filters');
    await page.locator('[data-filter="relation:meeting"]').uncheck();
    const hiddenByFilter = await page.evaluate(() =>
      window.__backchannel
        ?.cy()
        ?.edges()
        .filter((e) => (e.data('relationIds') as string[]).includes('sharm-el-sheikh-meeting'))
        .map((e) => ({
          visible: e.visible(),
          an: e.hasClass('an-hl'),
          bc: e.hasClass('bc-hidden'),
        })),
    );
    expect(hiddenByFilter?.length).toBe(15);
    for (const e of hiddenByFilter ?? []) expect(e).toEqual({ visible: false, an: true, bc: true });
    await page.locator('[data-filter="relation:meeting"]').check();
    expect(await allEdgesHave(page, 'sharm-el-sheikh-meeting', 'an-hl')).toBe(true);
    const shown = await page.evaluate(
      () =>
        window.__backchannel
          ?.cy()
          ?.edges()
          .filter((e) => (e.data('relationIds') as string[]).includes('sharm-el-sheikh-meeting'))
          .filter((e) => !e.visible()).length === 0,
    );
    expect(shown).toBe(true);

    // The dark theme's accent.
    await page.getByTestId('theme-toggle').click();
    await page.waitForFunction(
      () =>
        window.__backchannel?.cy()?.getElementById('witkoff').style('underlay-color') ===
        'rgb(86,180,233)',
    );

    // The event view: the meeting is a node, highlighted, with its spokes.
    await page.getByRole('button', { name: 'Events', exact: true }).click();
    await page.evaluate(() => window.__backchannel?.ready());
    await page.waitForFunction(() =>
      window.__backchannel?.cy()?.getElementById('sharm-el-sheikh-meeting').hasClass('an-hl'),
    );
    const c = await classesOf(page, ['sharm-el-sheikh-meeting', 'witkoff', 'gaza-peace-talks']);
    expect(c['witkoff']).toContain('an-end');
    expect(c['gaza-peace-talks']).toContain('an-dim');
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });
});
