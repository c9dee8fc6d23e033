/**
 * Small screens (issue 11, items 5 and 9): at 390×844 and 768×1024 the canvas takes the screen and
 * shows the network, the sidebar is a sheet (opens on a selection, closes with its button and with
 * Escape), the legend folds to a button and covers no label, and the header keeps one height at
 * every width and whatever file name is open. Screenshots go to the system's temporary folder.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { clickElement, dataset, GAZA, launch, openApp, ready } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  id: string;
}

/** Every visible node's drawn box (body and label), in page coordinates. */
function labelBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const cy = window.__backchannel?.cy();
    const at = cy?.container()?.getBoundingClientRect();
    if (!cy || !at) return [];
    return cy
      .nodes(':visible')
      .filter((n) => !n.isParent() && String(n.data('label') ?? '') !== '')
      .map((n) => {
        const b = n.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
        return {
          id: n.id(),
          x1: b.x1 + at.left,
          y1: b.y1 + at.top,
          x2: b.x2 + at.left,
          y2: b.y2 + at.top,
        };
      });
  });
}

async function legendOverlaps(page: Page): Promise<string[]> {
  const legend = await page.getByTestId('legend').boundingBox();
  if (!legend) return ['no legend'];
  const l = {
    x1: legend.x,
    y1: legend.y,
    x2: legend.x + legend.width,
    y2: legend.y + legend.height,
  };
  return (await labelBoxes(page))
    .filter((b) => b.x1 < l.x2 && l.x1 < b.x2 && b.y1 < l.y2 && l.y1 < b.y2)
    .map((b) => b.id);
}

async function headerHeight(page: Page): Promise<number> {
  return (await page.locator('.app-header').boundingBox())?.height ?? 0;
}

const LONG_NAME =
  'a-very-long-file-name-of-a-dataset-someone-sent-by-mail-gaza-ceasefire-2025-final-v3-copy.json';

describe('small screens', () => {
  const heights: number[] = [];
  for (const [width, height] of [
    [390, 844],
    [768, 1024],
  ] as const) {
    it(`${width}×${height}: the canvas shows the network; the sheet opens and closes`, async () => {
      const { context, page } = await openApp(browser, GAZA, { width, height });
      try {
        const canvas = await page.getByTestId('graph').boundingBox();
        expect(canvas?.width ?? 0).toBeGreaterThanOrEqual(300);
        expect(canvas?.height ?? 0).toBeGreaterThanOrEqual(300);
        const boxes = await labelBoxes(page);
        expect(boxes.length).toBeGreaterThan(10);
        // The legend starts folded on a narrow canvas and covers no label.
        await expect(page.locator('.legend-toggle').getAttribute('aria-expanded')).resolves.toBe(
          'false',
        );
        expect(await legendOverlaps(page)).toEqual([]);
        heights.push(await headerHeight(page));
        await page.screenshot({ path: join(tmpdir(), `bc-small-${width}x${height}.png`) });

        // The sheet: closed, opened by a selection, closed by its button, reopened, closed by Escape.
        const sheet = page.locator('#sidebar');
        await expect(sheet.getAttribute('data-open')).resolves.toBe('false');
        expect(await sheet.isVisible()).toBe(false);
        await clickElement(page, 'kushner');
        await expect(sheet.getAttribute('data-open')).resolves.toBe('true');
        await page.waitForFunction(() => {
          const r = document.getElementById('sidebar')?.getBoundingClientRect();
          return (
            r !== undefined &&
            r.right <= window.innerWidth + 1 &&
            r.bottom <= window.innerHeight + 1
          );
        });
        await expect(page.locator('#sidebar .details-title').textContent()).resolves.toContain(
          'Kushner',
        );
        // The selected actor is moved out from under the sheet.
        await page.waitForFunction(() => {
          const cy = window.__backchannel?.cy();
          const box = cy?.container()?.getBoundingClientRect();
          const sheet = document.getElementById('sidebar');
          const k = cy?.getElementById('kushner');
          if (!box || !sheet || !k || k.empty()) return false;
          const p = k.renderedPosition();
          const x = box.left + p.x;
          const y = box.top + p.y;
          const mainTop = sheet.parentElement?.getBoundingClientRect().top ?? 0;
          const sheetTop = mainTop + sheet.offsetTop;
          const sheetLeft = window.innerWidth - sheet.offsetWidth;
          return window.innerWidth <= 600 ? y < sheetTop : x < sheetLeft;
        });
        await page.screenshot({ path: join(tmpdir(), `bc-small-${width}x${height}-sheet.png`) });
        await page.getByRole('button', { name: 'Close panels' }).click();
        await expect(sheet.getAttribute('data-open')).resolves.toBe('false');
        await page.locator('#sheet-toggle').click();
        await expect(sheet.getAttribute('data-open')).resolves.toBe('true');
        await page.locator('#sidebar [role="tab"][aria-selected="true"]').focus();
        await page.keyboard.press('Escape');
        await expect(sheet.getAttribute('data-open')).resolves.toBe('false');
        await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('sheet-toggle');

        // The legend opens and folds with its button.
        await page.locator('.legend-toggle').click();
        await expect(page.locator('#legend-body').isVisible()).resolves.toBe(true);
        await page.locator('.legend-toggle').click();
        await expect(page.locator('#legend-body').count()).resolves.toBe(0);
      } finally {
        await context.close();
      }
    });
  }

  for (const [width, height] of [
    [1024, 768],
    [1440, 900],
  ] as const) {
    it(`${width}×${height}: the legend covers no label; the header has the same height`, async () => {
      const { context, page } = await openApp(browser, GAZA, { width, height });
      try {
        expect(await legendOverlaps(page)).toEqual([]);
        heights.push(await headerHeight(page));
        await page.screenshot({ path: join(tmpdir(), `bc-small-${width}x${height}.png`) });
      } finally {
        await context.close();
      }
    });
  }

  it('the header keeps one height at every width and with a long file name', async () => {
    const { context, page } = await openApp(browser, GAZA, { width: 1024, height: 768 });
    try {
      const before = await headerHeight(page);
      const r = await page.evaluate(({ text, name }) => window.__backchannel?.load(text, name), {
        text: dataset('gaza-ceasefire-2025.json'),
        name: LONG_NAME,
      });
      expect(r?.ok).toBe(true);
      await ready(page);
      expect(await headerHeight(page)).toBe(before);
      const picker = page.getByTestId('dataset-picker');
      await expect(picker.getAttribute('title')).resolves.toBe(LONG_NAME);
      expect((await picker.boundingBox())?.width ?? 0).toBeLessThan(260);
      for (const w of [1440, 768, 390]) {
        await page.setViewportSize({ width: w, height: 800 });
        expect(await headerHeight(page), `header at ${w}`).toBe(before);
      }
      heights.push(before);
      await page.screenshot({ path: join(tmpdir(), 'bc-small-long-name-390.png') });
      expect(new Set(heights).size, `header heights ${heights.join(', ')}`).toBe(1);
    } finally {
      await context.close();
    }
  });
});
