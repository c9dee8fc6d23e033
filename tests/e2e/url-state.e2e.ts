/**
 * The URL restores the whole view (issue 11, item 13): theme, the open tab, the Met pair, the lens,
 * zoom and pan come back in a new page opened on the copied link.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, GAZA, launch, openApp } from './browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.getByTestId('panel-loading').waitFor({ state: 'detached' });
}

async function pick(page: Page, testId: string, text: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(text);
  await page.locator('.an-picker [role=option]').first().click();
}

interface Seen {
  theme: string;
  tab: string;
  met: { a?: string; b?: string };
  lens: { on: boolean; score: string };
  zoom: number;
  pan: { x: number; y: number };
}

function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const s = window.__backchannel?.state();
    const cy = window.__backchannel?.cy();
    return {
      theme: s?.view.theme ?? '',
      tab: s?.ui.tab ?? '',
      met: { a: s?.analysis.met.a, b: s?.analysis.met.b },
      lens: { on: s?.analysis.lens.on ?? false, score: s?.analysis.lens.score ?? '' },
      zoom: cy?.zoom() ?? NaN,
      pan: { ...(cy?.pan() ?? { x: NaN, y: NaN }) },
    };
  });
}

describe('the URL restores the whole view', () => {
  it('brings back theme, tab, Met pair, lens, zoom and pan in a new page', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await page.getByTestId('theme-toggle').click();
    await openTab(page, 'Mediators');
    await page.getByTestId('lens-toggle').click();
    await page.getByTestId('lens-score').selectOption('betweenness');
    await openTab(page, 'Met');
    await pick(page, 'met-a', 'Witkoff');
    await pick(page, 'met-b', 'Khaya');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const before = await seen(page);
    // The viewport reaches the URL after the graph's debounce.
    const zoomInUrl = (): number => Number(/[#&]z=([^&]+)/.exec(page.url())?.[1] ?? NaN);
    await expect
      .poll(() => Math.abs(zoomInUrl() - before.zoom), { timeout: 5000 })
      .toBeLessThan(0.001);
    const url = page.url();
    expect(url).toMatch(/[#&]t=dark(&|$)/);
    expect(url).toContain('tab=met');
    expect(url).toContain('lens=betweenness');
    expect(before).toMatchObject({
      theme: 'dark',
      tab: 'met',
      met: { a: 'witkoff', b: 'al-hayya' },
      lens: { on: true, score: 'betweenness' },
    });

    const other = await openApp(browser, url.slice(url.indexOf('#')));
    const after = await seen(other.page);
    expect({ ...after, zoom: 0, pan: { x: 0, y: 0 } }).toEqual({
      ...before,
      zoom: 0,
      pan: { x: 0, y: 0 },
    });
    expect(Math.abs(after.zoom - before.zoom) / before.zoom).toBeLessThan(0.001);
    expect(Math.abs(after.pan.x - before.pan.x)).toBeLessThan(0.5);
    expect(Math.abs(after.pan.y - before.pan.y)).toBeLessThan(0.5);
    // The Met tab is open, showing the pair.
    await other.page.getByTestId('met-panel').waitFor();
    expect(await other.page.getByTestId('met-b').inputValue()).toBe('Khalil al-Hayya');
    expect((await appState(other.page)).view.theme).toBe('dark');
    expect(other.problems()).toEqual([]);
    await other.context.close();
    await app.context.close();
  });

  it("a link's theme wins over the one kept from last time", async () => {
    const app = await openApp(browser, GAZA);
    await app.page.getByTestId('theme-toggle').click();
    expect((await appState(app.page)).view.theme).toBe('dark');
    // Same browser context: the kept theme is dark; the link says light.
    const page = await app.context.newPage();
    await page.goto(`${app.page.url().split('#')[0]}${GAZA}&t=light`);
    await page.waitForFunction(() => window.__backchannel?.state().data.dataset !== undefined);
    expect((await appState(page)).view.theme).toBe('light');
    // Without a theme in the link, the kept one.
    const plain = await app.context.newPage();
    await plain.goto(`${app.page.url().split('#')[0]}${GAZA}`);
    await plain.waitForFunction(() => window.__backchannel?.state().data.dataset !== undefined);
    expect((await appState(plain)).view.theme).toBe('dark');
    await app.context.close();
  });

  it('says once, in the status line, which parts of a link it ignored', async () => {
    const app = await openApp(browser, `${GAZA}&zzz=1&sel=a:${'<b>x</b>'.repeat(2)}`);
    const notice = app.page.getByTestId('notice');
    await expect.poll(() => notice.textContent()).toContain("unknown part 'zzz'");
    // Markup in a link is shown as text, never as HTML.
    expect(await app.page.locator('.status-line b').count()).toBe(0);
    await notice.getByRole('button', { name: 'dismiss' }).click();
    expect(await notice.count()).toBe(0);
    await app.context.close();
  });
});
