/**
 * Issue 14, item 5: a GEXF's own drawing (viz:color, viz:size, edge weight) is drawn when the user
 * chooses "Colours and sizes: as in the file", the legend says so, the choice is kept in the link;
 * and the imported edges, which state no certainty, are not drawn dashed as "reported".
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp, openFileByButton, ready, type AppPage } from './browser.ts';

const GEXF = readFileSync(
  resolve(import.meta.dirname, '../fixtures/external/sigma_les_miserables.gexf'),
  'utf8',
);

let browser: Browser;
let app: AppPage;
beforeAll(async () => {
  browser = await launch();
  app = await openApp(browser);
  await openFileByButton(app.page, 'sigma_les_miserables.gexf', GEXF);
  await app.page.waitForFunction(() =>
    window.__backchannel?.state().data.key.includes('les_miserables'),
  );
  await ready(app.page);
});
afterAll(async () => {
  await browser?.close();
});

/** A node's drawn colour and width, and the colour its file gave it. */
function look(id: string) {
  return app.page.evaluate((id) => {
    const n = window.__backchannel?.cy()?.getElementById(id);
    return {
      color: n?.style('background-color') as string,
      width: n?.numericStyle('width') as number,
      fileColor: n?.data('fileColor') as string | undefined,
    };
  }, id);
}

describe('Colours and sizes as in the file', () => {
  it('draws by kind by default, as in the file when chosen, and says so in the legend', async () => {
    const { page } = app;
    const id = await page.evaluate(
      () => window.__backchannel?.cy()?.nodes('[fileColor]').first().id() ?? '',
    );
    expect(id).not.toBe('');
    const before = await look(id);
    expect(before.fileColor).toMatch(/^#[0-9a-f]{6}$/);
    const hex = (rgb: string) =>
      '#' + (rgb.match(/\d+/g) ?? []).map((n) => Number(n).toString(16).padStart(2, '0')).join('');
    expect(hex(before.color)).not.toBe(before.fileColor);
    expect(await page.getByTestId('file-look-note').count()).toBe(0);

    await page.getByTestId('appearance-select').selectOption('file');
    await expect.poll(async () => hex((await look(id)).color)).toBe(before.fileColor);
    // Sizes differ from node to node, as in the file.
    const widths = await page.evaluate(
      () =>
        window.__backchannel
          ?.cy()
          ?.nodes('[elementType = "actor"]')
          .map((n) => n.numericStyle('width')) ?? [],
    );
    expect(new Set(widths).size).toBeGreaterThan(3);
    await expect
      .poll(() => page.getByTestId('file-look-note').textContent())
      .toMatch(/^Colours and sizes as in the file/);
    await expect.poll(() => page.url()).toContain('look=file');
    await page.screenshot({ path: join(tmpdir(), 'backchannel-file-look.png') });

    await page.getByTestId('appearance-select').selectOption('kind');
    await expect.poll(async () => hex((await look(id)).color)).toBe(hex(before.color));
    await expect.poll(() => page.url()).not.toContain('look=file');
    expect(app.problems()).toEqual([]);
  });

  it('draws the imported edges (no certainty stated) solid, not dashed as reported', async () => {
    const styles = await app.page.evaluate(
      () =>
        window.__backchannel
          ?.cy()
          ?.edges()
          .map(
            (e) =>
              `${String(e.data('certainty'))}|${String(e.data('unstated'))}|${e.style('line-style')}`,
          ) ?? [],
    );
    expect(styles.length).toBeGreaterThan(100);
    expect(new Set(styles)).toEqual(new Set(['reported|true|solid']));
  });
});
