/**
 * The analysis panels on the production build, driven as a person would: Who met whom (pickers,
 * meetings, chains), the meetings matrix, the mediators lens and the timeline's play control. What
 * they show is asserted on screen and on the graph (the `an-` classes of cytoscape elements).
 * The graph follows the panels a frame later: every read of the graph after an action waits for the
 * expected state (`expect.poll`, `waitForFunction`), never for a time.
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

/** Waits until every edge of a relation has the class (fails after the poll's timeout). */
async function untilAllEdgesHave(page: Page, relation: string, cls: string): Promise<void> {
  await expect.poll(() => allEdgesHave(page, relation, cls), { timeout: 15_000 }).toBe(true);
}

/** Waits until the elements' classes match (`expect.arrayContaining` / `not.arrayContaining`). */
async function untilClasses(page: Page, expected: Record<string, unknown>): Promise<void> {
  await expect
    .poll(() => classesOf(page, Object.keys(expected)), { timeout: 15_000 })
    .toMatchObject(expected);
}

const has = (...cls: string[]): unknown => expect.arrayContaining(cls);
const hasNot = (...cls: string[]): unknown => expect.not.arrayContaining(cls);

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
    await expect.poll(() => page.getByTestId('met-b').inputValue()).toBe('Khalil al-Hayya');
    const meetings = page.getByTestId('met-meetings');
    await meetings.waitFor();
    await expect.poll(() => meetings.locator('li').count()).toBe(1);
    const text = await meetings.innerText();
    // By its human name, never its id.
    expect(text).toContain('Sharm el-Sheikh meeting');
    expect(text).not.toContain('sharm-el-sheikh-meeting');
    expect(text).toContain('Sharm el-Sheikh, Egypt');
    // al-Hayya sat at the meeting himself, not only through the delegation he led.
    expect(text).not.toContain('with the Hamas delegation');

    // On the graph: the meeting's hub and its seven spokes, its participants and the two ends; the
    // rest dimmed.
    await expect
      .poll(() => edgesOf(page, 'sharm-el-sheikh-meeting', 'an-hl'), { timeout: 15_000 })
      .toEqual(Array.from({ length: 7 }, () => true));
    await untilClasses(page, {
      'sharm-el-sheikh-meeting': has('an-hl'),
      witkoff: has('an-hl', 'an-end'),
      'al-hayya': has('an-hl', 'an-end'),
      'hamas-delegation': has('an-hl'),
      israel: has('an-dim'),
      trump: has('an-dim'),
    });
    await untilAllEdgesHave(page, 'israel-strike-on-qatar', 'an-dim');
    // The other direct relations are listed apart, by their names.
    const direct = await page.getByTestId('met-direct').innerText();
    expect(direct).toContain("Witkoff's condolences to al-Hayya");
    expect(direct).not.toContain('witkoff-condolences-al-hayya');
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
    await expect.poll(() => a.inputValue()).toBe('Donald Trump');
    await pick(page, 'met-b', 'al-Hayya');
    await expect.poll(() => page.getByTestId('met-meetings').count()).toBe(0);
    const chains = page.getByTestId('chains-shortest').locator('button');
    await expect.poll(() => chains.count()).toBeGreaterThan(0);
    const first = chains.first();
    expect(await first.getAttribute('data-chain')).toBe('trump>witkoff>al-hayya');
    await first.click();
    await expect.poll(() => first.getAttribute('aria-pressed')).toBe('true');
    // Only the links of the chain, the spokes of the two hubs it goes through: Trump → the
    // authorization → Witkoff, Witkoff → the meeting → al-Hayya (a participant himself); not the
    // whole meeting, not Kushner's spoke of the authorization.
    await expect
      .poll(() => highlightedEdgePairs(page), { timeout: 15_000 })
      .toEqual([
        'al-hayya–sharm-el-sheikh-meeting',
        'sharm-el-sheikh-meeting–witkoff',
        'trump-authorizes-envoys–witkoff',
        'trump–trump-authorizes-envoys',
      ]);
    await untilClasses(page, {
      trump: has('an-end'),
      'al-hayya': has('an-end'),
      witkoff: has('an-hl'),
      kushner: has('an-dim'),
    });

    // A date that is not one is said so.
    await page.getByPlaceholder('YYYY, YYYY-MM or YYYY-MM-DD').fill('2025-13');
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('is not a date');

    await page.getByRole('button', { name: 'Clear the highlight' }).click();
    await page.waitForFunction(
      () => window.__backchannel?.cy()?.elements('.an-hl, .an-dim, .an-end').length === 0,
    );
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
    await expect.poll(() => matrix.locator('tbody tr').count()).toBe(7);
    const cell = page.getByRole('button', { name: 'Steve Witkoff and Khalil al-Hayya: 1 meeting' });
    // Reachable by keyboard: focus and Enter.
    await cell.focus();
    await page.keyboard.press('Enter');
    const listed = page.getByTestId('matrix-meetings');
    await listed.waitFor();
    const text = await listed.innerText();
    expect(text).toContain('Steve Witkoff and Khalil al-Hayya: 1 meeting');
    expect(text).toContain('Sharm el-Sheikh meeting');
    expect(text).not.toContain('sharm-el-sheikh-meeting');
    expect(text).toContain('Oct 2025');
    await untilAllEdgesHave(page, 'sharm-el-sheikh-meeting', 'an-hl');
    await untilClasses(page, { newsom: has('an-dim') });
    // A listed meeting selects the relation, and the panel stays open.
    await listed.getByRole('button', { name: /Sharm el-Sheikh meeting/ }).click();
    await expect
      .poll(async () => (await appState(page)).selection.selection)
      .toEqual({ type: 'relation', id: 'sharm-el-sheikh-meeting' });
    await expect
      .poll(() => page.getByRole('tab', { name: 'Met' }).getAttribute('aria-selected'))
      .toBe('true');
    // Every actor, not only those at a meeting.
    await page.getByLabel('Every actor (not only those at a meeting)').check();
    await expect.poll(() => matrix.locator('tbody tr').count()).toBe(19);
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
    await expect
      .poll(() => page.getByTestId('lens-toggle').getAttribute('aria-pressed'))
      .toBe('true');
    // The sizes change a frame later: wait for them.
    await expect
      .poll(async () => (await widths())['qatar-intelligence'])
      .not.toBe(before['qatar-intelligence']);
    const byRoles = await widths();
    expect(byRoles['qatar-intelligence']).toBeGreaterThan(byRoles['trump'] ?? 0);
    await untilClasses(page, {
      'qatar-intelligence': has('an-ring'),
      'egypt-intelligence': has('an-ring'),
      'turkey-intelligence': has('an-ring'),
      trump: hasNot('an-ring'),
    });
    const borders = await page.evaluate(() =>
      window.__backchannel?.cy()?.getElementById('egypt-intelligence').style('border-style'),
    );
    expect(borders).toBe('double');

    // Another score, other sizes: betweenness puts Witkoff above Trump and Netanyahu.
    await page.getByTestId('lens-score').selectOption('betweenness');
    await expect
      .poll(async () => {
        const w = await widths();
        return (w['witkoff'] ?? 0) > Math.max(w['qatar-intelligence'] ?? 0, w['netanyahu'] ?? 0);
      })
      .toBe(true);

    // A score lists what earned it, and shows it on the graph.
    await page.getByRole('button', { name: /^Qatari intelligence, mediator roles: 1/ }).click();
    const relations = page.getByTestId('lens-relations');
    await relations.waitFor();
    await expect.poll(() => relations.innerText()).toContain('Sharm el-Sheikh meeting');
    await expect.poll(() => relations.innerText()).not.toContain('sharm-el-sheikh-meeting');
    await untilAllEdgesHave(page, 'sharm-el-sheikh-meeting', 'an-hl');

    // A brokerage role lists its triples: as many as the number shown.
    const liaison = page.locator('tr[data-actor="witkoff"] button[data-score="liaison"]');
    const shown = Number(await liaison.innerText());
    expect(shown).toBeGreaterThan(0);
    await liaison.click();
    await expect.poll(() => page.getByTestId('lens-triples').locator('li').count()).toBe(shown);
    await expect.poll(() => highlightedEdgePairs(page)).not.toEqual([]);

    // Off: the explorer's sizes come back.
    await page.getByTestId('lens-toggle').click();
    await expect.poll(() => widths()).toEqual(before);
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });
});

describe('timeline', () => {
  // The dated relations of the revised dataset: the proposal (2025), the meeting and the message
  // (both by Oct 2025); the other sixteen are undated.
  const DATED = ['bridge-ceasefire-proposal', 'sharm-el-sheikh-meeting', 'hostages-burden-message'];
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
    await expect.poll(() => strip.locator('button.an-bar').count()).toBe(3);
    await expect
      .poll(() => page.getByTestId('timeline-undated').innerText())
      .toContain('undated: 16');
    await page.getByTestId('with-undated').uncheck();
    await page.getByRole('combobox', { name: 'Speed (steps per second)' }).selectOption('4');

    // Space on the play control plays; it stops at the last date.
    await page.getByTestId('play-control').focus();
    await page.keyboard.press(' ');
    // The last step: the meeting and the message, both "by Oct 2025" (an end date alone): the
    // play control says "By Oct 2025".
    await page.waitForFunction(() =>
      /^By Oct 2025$/.test(document.querySelector('[data-testid="as-of"]')?.textContent ?? ''),
    );
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
    await expect
      .poll(() => relationVisible(page, [...DATED, 'gaza-peace-talks']))
      .toEqual({ ...Object.fromEntries(DATED.map((id) => [id, true])), 'gaza-peace-talks': false });
    await untilClasses(page, { newsom: has('an-hidden'), 'al-hayya': hasNot('an-hidden') });

    // The left arrow steps back: October's relations go, the 2025 proposal stays.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByTestId('as-of').innerText()).toBe('As of 2025');
    await page.waitForFunction(() =>
      window.__backchannel?.cy()?.getElementById('al-hayya').hasClass('an-hidden'),
    );
    await expect
      .poll(() => relationVisible(page, DATED))
      .toEqual({
        'bridge-ceasefire-proposal': true,
        ...Object.fromEntries(OCTOBER.map((id) => [id, false])),
      });

    // Undated relations come in last when asked.
    await page.getByTestId('with-undated').check();
    await page.getByTestId('to-end').click();
    await expect.poll(() => page.getByTestId('as-of').innerText()).toBe('As of undated');
    await expect
      .poll(() => relationVisible(page, [...DATED, 'gaza-peace-talks']))
      .toEqual(Object.fromEntries([...DATED, 'gaza-peace-talks'].map((id) => [id, true])));

    // A click on an item selects its relation; "show the whole network" ends the growth.
    await strip.locator('button[data-relation="sharm-el-sheikh-meeting"]').click();
    await expect
      .poll(async () => (await appState(page)).selection.selection)
      .toEqual({ type: 'relation', id: 'sharm-el-sheikh-meeting' });
    await page.getByRole('button', { name: 'Show the whole network', exact: true }).click();
    await page.waitForFunction(
      () => window.__backchannel?.cy()?.elements('.an-hidden').length === 0,
    );
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
    await expect.poll(underlay).toBe('rgb(0,114,178)');

    // The explorer's filter hides the meetings; the highlight stays, and comes back with them.
    await openTab(page, 'Filters');
    await page.locator('[data-filter="relation:meeting"]').uncheck();
    const meetingSpokes = () =>
      page.evaluate(() =>
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
    // The hub's seven spokes: hidden by the filter, still highlighted.
    const hiddenSpoke = { visible: false, an: true, bc: true };
    await expect.poll(meetingSpokes).toEqual(Array.from({ length: 7 }, () => hiddenSpoke));
    await page.locator('[data-filter="relation:meeting"]').check();
    await expect
      .poll(meetingSpokes)
      .toEqual(Array.from({ length: 7 }, () => ({ visible: true, an: true, bc: false })));

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
    await untilClasses(page, {
      'sharm-el-sheikh-meeting': has('an-hl'),
      witkoff: has('an-end'),
      'gaza-peace-talks': has('an-dim'),
    });
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });
});
