/** Filters (relation kind, actor kind, certainty, dates, undated), and the neighbourhood focus. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { GAZA, appState, clickElement, fixture, launch, openApp, ready } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Relations with at least one visible edge, and visible actor nodes (not faded containers). */
function shown(page: Page): Promise<{ relations: string[]; actors: string[] }> {
  return page.evaluate(() => {
    const cy = window.__backchannel?.cy();
    const relations = new Set<string>();
    cy?.edges(':visible').forEach((e) => {
      for (const r of e.data('relationIds') as string[]) relations.add(r);
    });
    return {
      relations: [...relations].sort(),
      actors: (
        cy
          ?.nodes(':visible')
          .filter((n) => !n.hasClass('bc-container'))
          .map((n) => n.id()) ?? []
      ).sort(),
    };
  });
}

async function loadMini(page: Page): Promise<void> {
  const r = await page.evaluate(
    (t) => window.__backchannel?.load(t, 'gaza-mini.json'),
    fixture('gaza-mini.json'),
  );
  expect(r?.ok).toBe(true);
  await ready(page);
  await page.getByRole('tab', { name: 'Filters' }).click();
}

describe('filters', () => {
  it('filters by relation kind', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await loadMini(page);
    expect((await shown(page)).relations).toContain('condolences');
    await page.locator('[data-filter="relation:statement"]').uncheck();
    const s = await shown(page);
    expect(s.relations).not.toContain('condolences');
    expect(s.relations).not.toContain('netanyahu-apology');
    expect(s.relations).toContain('sharm-meeting');
    expect((await appState(page)).filters.hiddenRelationKinds).toEqual(['statement']);
    await page.getByRole('button', { name: 'Show everything' }).click();
    expect((await shown(page)).relations).toContain('condolences');
    await app.context.close();
  });

  it('filters by actor kind (groups that hold shown members stay as faded boxes)', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await loadMini(page);
    await page.locator('[data-filter="actor:person"]').uncheck();
    const s = await shown(page);
    expect(s.actors).not.toContain('witkoff');
    expect(s.actors).not.toContain('al-hayya');
    expect(s.actors).toContain('qatar');
    // The Sharm meeting keeps its three intelligence services, so it is still drawn.
    expect(s.relations).toContain('sharm-meeting');
    expect(s.relations).not.toContain('condolences');
    await page.locator('[data-filter="actor:person"]').check();
    await page.locator('[data-filter="actor:state"]').uncheck();
    const containers = await page.evaluate(() =>
      window.__backchannel
        ?.cy()
        ?.nodes('.bc-container')
        .map((n) => n.id())
        .sort(),
    );
    expect(containers).toEqual(['egypt', 'israel', 'qatar', 'turkey', 'united-states']);
    await app.context.close();
  });

  it('filters by certainty', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await loadMini(page);
    await page.locator('[data-filter="certainty:disputed"]').uncheck();
    expect((await shown(page)).relations).not.toContain('netanyahu-apology');
    await page.locator('[data-filter="certainty:reported"]').uncheck();
    expect((await shown(page)).relations).toEqual(['sharm-meeting']);
    await app.context.close();
  });

  it('filters by a date range on the timeline, and undated relations by their own switch', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await loadMini(page);
    // From 2025-10-01: the September strike and the August mediation go; undated relations stay.
    await page.getByTestId('date-from').fill('2025-10-01');
    let s = await shown(page);
    expect(s.relations).not.toContain('qatar-strike');
    expect(s.relations).not.toContain('mediation-hamas-israel');
    expect(s.relations).toContain('sharm-meeting');
    expect(s.relations).toContain('trump-authorizes-envoys');
    await page.getByTestId('show-undated').uncheck();
    s = await shown(page);
    expect(s.relations).not.toContain('trump-authorizes-envoys');
    expect(s.relations).not.toContain('netanyahu-apology');
    // The month slider, by keyboard: the last month down by one leaves only up to September.
    await page.getByRole('button', { name: 'All dates' }).click();
    await page.getByTestId('range-to').focus();
    await page.keyboard.press('ArrowLeft');
    expect((await appState(page)).filters.to).toBe('2025-09-30');
    s = await shown(page);
    expect(s.relations).toEqual(['mediation-hamas-israel', 'qatar-strike']);
    // Positions never move while filtering.
    await app.context.close();
  });

  it('focuses on a neighbourhood of 1 or 2 steps, dimming or hiding the rest', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await loadMini(page);
    await clickElement(page, 'trump');
    const details = page.getByTestId('actor-details');
    await details.getByRole('button', { name: '1 step', exact: true }).click();
    const one = await page.evaluate(() => {
      const cy = window.__backchannel?.cy();
      return {
        faded: cy?.getElementById('qatar').hasClass('bc-faded'),
        inFocus: cy?.$('#trump, #witkoff, #kushner').filter('.bc-faded').length,
        // Drawn at full strength, whatever their groups look like.
        opacity: cy?.$('#trump, #witkoff, #kushner').map((n) => n.effectiveOpacity()),
      };
    });
    expect(one).toEqual({ faded: true, inFocus: 0, opacity: [1, 1, 1] });
    await details.getByRole('button', { name: '2 steps', exact: true }).click();
    const two = await page.evaluate(() => {
      const cy = window.__backchannel?.cy();
      return {
        alHayya: cy?.getElementById('al-hayya').hasClass('bc-faded'),
        netanyahu: cy?.getElementById('netanyahu').hasClass('bc-faded'),
        israel: cy?.getElementById('israel').hasClass('bc-faded'),
        hamas: cy?.getElementById('hamas').hasClass('bc-faded'),
      };
    });
    // Two steps from Trump: through the envoys to al-Hayya, Netanyahu and the mediators.
    expect(two.alHayya).toBe(false);
    expect(two.netanyahu).toBe(false);
    await details.getByRole('button', { name: '1 step', exact: true }).click();
    await details.getByLabel('Hide the rest (instead of dimming)').check();
    const hidden = await page.evaluate(() =>
      window.__backchannel
        ?.cy()
        ?.elements('.bc-focus-hidden')
        .map((n) => n.id()),
    );
    expect(hidden).toContain('al-hayya');
    expect(hidden).toContain('netanyahu');
    expect(hidden).not.toContain('witkoff');
    expect((await appState(page)).selection.focus).toEqual({ id: 'trump', depth: 1, mode: 'hide' });
    await details.getByRole('button', { name: 'Off', exact: true }).click();
    expect(
      await page.evaluate(
        () =>
          window.__backchannel?.cy()?.elements('.bc-faded, .bc-faded-group, .bc-focus-hidden')
            .length,
      ),
    ).toBe(0);
    await app.context.close();
  });
});
