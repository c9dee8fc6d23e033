/**
 * Export from the explorer itself: the header's Export button opens the dialog over the Gaza
 * network; the downloaded PNG (with caption) and SVG are real files of the graph on screen.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp, type AppPage } from './browser.ts';
import { pngSize, sniff } from './export-helpers.ts';

let browser: Browser;
let app: AppPage;
beforeAll(async () => {
  browser = await launch();
  app = await openApp(browser);
});
afterAll(async () => {
  await browser?.close();
});

async function download(name: string | RegExp): Promise<{ file: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name }).click(),
  ]);
  return { file: dl.suggestedFilename(), bytes: await readFile(await dl.path()) };
}

describe('Export from the explorer', () => {
  it('downloads a PNG with a caption and an SVG with the actors’ names', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();

    await dialog.getByLabel(/caption/i).check();
    const png = await download(/^Download PNG/);
    expect(sniff(png.bytes)).toBe('png');
    expect(png.file).toMatch(/\.png$/);
    const size = pngSize(png.bytes);
    expect(size.width).toBeGreaterThan(400);
    expect(size.height).toBeGreaterThan(300);

    await dialog.getByLabel(/^SVG/).check();
    const svg = await download(/^Download SVG/);
    expect(sniff(svg.bytes)).toBe('svg');
    const text = svg.bytes.toString('utf8');
    for (const name of [
      'Steve Witkoff',
      'Jared Kushner',
      'Khalil al-Hayya',
      'Qatari intelligence',
    ]) {
      expect(text).toContain(name);
    }
    // The caption names the dataset and its knowledge date.
    expect(text).toContain('Gaza cease-fire talks, 2025');
    expect(app.problems()).toEqual([]);
  });
});
