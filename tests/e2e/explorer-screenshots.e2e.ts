/**
 * The views the README shows (1400×900): both views, both themes, a selection with its panel, a
 * focused neighbourhood. Each is checked to show what it claims and to draw a picture (a PNG in
 * memory, written nowhere: the README's images come from `npm run screenshots`).
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

/** A screenshot in memory: a PNG large enough to hold a drawn network, not a blank page. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.mouse.move(1, 1);
  await page.waitForTimeout(250);
  const png = await page.screenshot();
  expect(png.subarray(1, 4).toString('latin1'), name).toBe('PNG');
  expect(png.length, name).toBeGreaterThan(40_000);
}

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  if ((await appState(page)).view.theme !== theme) await page.getByTestId('theme-toggle').click();
}

describe('screenshots', () => {
  it('actor network and event view, light and dark', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await setTheme(page, 'light');
    await shoot(page, 'actors-light');
    await setTheme(page, 'dark');
    await shoot(page, 'actors-dark');
    const dark = await openApp(browser, `${GAZA}&v=events`);
    expect((await appState(dark.page)).view.view).toBe('events');
    await setTheme(dark.page, 'dark');
    await shoot(dark.page, 'events-dark');
    await setTheme(dark.page, 'light');
    await shoot(dark.page, 'events-light');
    await dark.context.close();
    await app.context.close();
  });

  it('a selection with its panel, and a focused neighbourhood', async () => {
    const app = await openApp(browser, `${GAZA}&sel=a:witkoff`);
    const { page } = app;
    await setTheme(page, 'light');
    expect(await page.getByTestId('actor-details').count()).toBe(1);
    await shoot(page, 'selection-witkoff');
    const focus = await openApp(browser, `${GAZA}&sel=a:al-hayya&focus=al-hayya:1:dim`);
    await setTheme(focus.page, 'light');
    expect((await appState(focus.page)).selection.focus?.id).toBe('al-hayya');
    await shoot(focus.page, 'focus-al-hayya');
    await focus.context.close();
    await app.context.close();
  });
});
