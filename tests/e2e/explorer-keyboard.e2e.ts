/** Keyboard only: every control reachable with Tab, with a visible focus ring, and usable with keys. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { GAZA, appState, launch, openApp, ready } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Focused {
  name: string;
  tag: string;
  outline: string;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : undefined;
    const name =
      el?.getAttribute('aria-label') ??
      el?.getAttribute('data-testid') ??
      el?.closest('label')?.textContent?.trim() ??
      el?.textContent?.trim() ??
      '';
    return {
      name,
      tag: el?.tagName ?? '',
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });
}

/** Tabs forward until `match` is focused; returns what was passed on the way. */
async function tabTo(page: Page, match: (f: Focused) => boolean, max = 60): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    seen.push(f);
    if (match(f)) return seen;
  }
  throw new Error(`not reached by Tab; passed: ${seen.map((s) => s.name).join(' | ')}`);
}

describe('keyboard', () => {
  it('reaches every control with Tab, each with a visible focus ring, and works them with keys', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    const seen = await tabTo(page, (f) => f.name === 'Details' && f.tag === 'BUTTON');
    expect(seen[0]?.name).toBe('Skip to the text view');
    const names = seen.map((s) => s.name);
    for (const wanted of [
      'Skip to the text view',
      'dataset-picker',
      'Open file…',
      'Actors',
      'Events',
      'edge-mode',
      'layout-select',
      'Dark theme',
      'search',
      'Fit',
      'Zoom in',
      'Zoom out',
      'Re-layout',
      'Details',
    ])
      expect(names).toContain(wanted);
    for (const s of seen) expect(s.outline, `focus ring on ${s.name}`).toMatch(/^solid [1-9]/);

    // The view switch, by keyboard.
    await page.keyboard.press('Shift+Tab');
    await tabTo(page, (f) => f.name === 'Details');
    await page.getByRole('button', { name: 'Events', exact: true }).focus();
    await page.keyboard.press('Enter');
    await ready(page);
    expect((await appState(page)).view.view).toBe('events');
    // The layout select, by arrow key.
    await page.getByTestId('layout-select').focus();
    await page.keyboard.press('ArrowDown');
    await ready(page);
    expect((await appState(page)).view.layout).toBe('concentric');
    // Sidebar tabs: arrows move between them; Tab goes into the panel; Space toggles a filter.
    await page.getByRole('tab', { name: 'Details' }).focus();
    await page.keyboard.press('ArrowRight');
    expect((await appState(page)).ui).toMatchObject({ tab: 'filters' });
    expect((await focused(page)).name).toBe('Filters');
    await tabTo(page, (f) => f.tag === 'INPUT' && f.name.startsWith('Meeting'));
    await page.keyboard.press('Space');
    expect((await appState(page)).filters.hiddenRelationKinds).toEqual(['meeting']);
    // "/" then type and Enter selects; Escape clears the box.
    await page.keyboard.press('Shift+Tab');
    await page.locator('body').press('/');
    await page.keyboard.type('witkoff');
    await page.keyboard.press('Enter');
    expect((await appState(page)).selection.selection).toEqual({ type: 'actor', id: 'witkoff' });
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('search').inputValue()).toBe('');
    // The skip link opens the text view and moves focus into it.
    await page.reload();
    await ready(page);
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('Skip to the text view');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'panel-list');
    expect(await page.getByTestId('text-view').count()).toBe(1);
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });
});
