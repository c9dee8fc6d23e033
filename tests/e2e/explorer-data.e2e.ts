/** Datasets: the picker, opening a file (button and drop), a refused file, the URL restoring the view. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  GAZA,
  appState,
  dropFile,
  fixture,
  launch,
  openApp,
  openFileByButton,
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

describe('datasets and URL state', () => {
  it('opens a file with the button, then goes back to a bundled dataset with the picker', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    const picker = page.getByTestId('dataset-picker');
    expect(await picker.locator('option').allTextContents()).toContain('gaza-ceasefire-2025');
    await openFileByButton(page, 'gaza-mini.json', fixture('gaza-mini.json'));
    await ready(page);
    expect((await appState(page)).data.key).toBe('file:gaza-mini.json');
    expect(await picker.inputValue()).toBe('file:gaza-mini.json');
    // 16 actors and a hub for each of its 4 relations of three or more participants.
    expect(await page.evaluate(() => window.__backchannel?.cy()?.nodes().length)).toBe(20);
    await picker.selectOption('bundled:gaza-ceasefire-2025');
    await ready(page);
    expect((await appState(page)).data.dataset?.id).toBe('gaza-ceasefire-2025');
    // 19 actors and 9 hubs.
    expect(await page.evaluate(() => window.__backchannel?.cy()?.nodes().length)).toBe(28);
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });

  it('opens a file dropped on the page', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await dropFile(page, 'gaza-mini.json', fixture('gaza-mini.json'));
    await page.waitForFunction(
      () => window.__backchannel?.state().data.key === 'file:gaza-mini.json',
    );
    await ready(page);
    expect(
      // The fixture's meeting of six, drawn as its hub.
      await page.evaluate(
        () => window.__backchannel?.cy()?.getElementById('sharm-meeting').data('hub') as unknown,
      ),
    ).toBe(true);
    expect(await page.locator('.drop-overlay').count()).toBe(0);
    await app.context.close();
  });

  it('refuses an invalid file: lists its problems with path and message, keeps the current dataset', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    const before = await positions(page);
    const broken = JSON.parse(fixture('gaza-mini.json')) as {
      actors: { id: string; memberOf?: string }[];
      relations: { participants: { actor: string }[] }[];
      sources: { url?: string }[];
    };
    const first = broken.relations[0]?.participants[0];
    if (first) first.actor = 'witkof';
    const src = broken.sources[1];
    if (src) src.url = 'javascript:alert(1)';
    await openFileByButton(page, 'broken.json', JSON.stringify(broken));
    const dialog = page.getByTestId('problems');
    await dialog.waitFor({ state: 'visible' });
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('broken.json');
    expect(text).toContain('relations[0].participants[0].actor');
    expect(text).toMatch(/witkof/);
    expect(text).toContain('sources[1].url');
    expect((await appState(page)).data.key).toBe('bundled:gaza-ceasefire-2025');
    expect(await positions(page)).toEqual(before);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Not JSON at all: one problem, said plainly; and by drop.
    await dropFile(page, 'notes.json', '{ "schemaVersion": 1, ');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.locator('.problems-list li').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await appState(page)).data.dataset?.id).toBe('gaza-ceasefire-2025');
    await app.context.close();
  });

  it('restores dataset, view, layout, filters, selection, focus and collapsed groups from the URL', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await page.getByRole('button', { name: 'Events', exact: true }).click();
    await page.getByTestId('layout-select').selectOption('concentric');
    await ready(page);
    await page.getByRole('tab', { name: 'Filters' }).click();
    await page.locator('[data-filter="relation:attack"]').uncheck();
    await page.getByTestId('date-to').fill('2025-12-31');
    await page.getByTestId('search').fill('kushner');
    await page.keyboard.press('Enter');
    await page
      .getByTestId('actor-details')
      .getByRole('button', { name: '2 steps', exact: true })
      .click();
    await page.getByRole('button', { name: 'Collapse groups' }).click();
    const saved = await appState(page);
    const url = page.url();
    expect(url).toContain('v=events');
    expect(url).toContain('sel=a%3Akushner');
    // A reload, and the same link in a new tab.
    await page.reload();
    await ready(page);
    const reloaded = await appState(page);
    const other = await openApp(browser, url.slice(url.indexOf('#')));
    const shared = await appState(other.page);
    for (const s of [reloaded, shared]) {
      expect(s.data.key).toBe('bundled:gaza-ceasefire-2025');
      expect(s.view.view).toBe('events');
      expect(s.view.layout).toBe('concentric');
      expect(s.filters).toEqual(saved.filters);
      expect(s.selection.selection).toEqual({ type: 'actor', id: 'kushner' });
      expect(s.selection.focus).toEqual({ id: 'kushner', depth: 2, mode: 'dim' });
      expect(s.selection.collapsed.sort()).toEqual(saved.selection.collapsed.sort());
    }
    expect(
      await other.page.evaluate(() =>
        window.__backchannel?.cy()?.getElementById('kushner').hasClass('bc-selected'),
      ),
    ).toBe(true);
    expect(await other.page.getByTestId('actor-details').locator('h3').textContent()).toContain(
      'Kushner',
    );
    await other.context.close();
    await app.context.close();
  });

  it('restores an opened file after a reload of the tab', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await openFileByButton(page, 'gaza-mini.json', fixture('gaza-mini.json'));
    await ready(page);
    await page.reload();
    await ready(page);
    expect((await appState(page)).data.key).toBe('file:gaza-mini.json');
    expect((await appState(page)).data.dataset?.id).toBe('gaza-mini');
    await app.context.close();
  });
});
