/**
 * Issue 15, item 2: "Colours: by community" on the Gaza dataset colours the actors by their
 * Louvain community (shapes keep the kinds), the legend lists the communities with names and
 * colours, the link keeps the choice (look=community), and a link with it opens coloured.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { GAZA, launch, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('Colours by community', () => {
  it('colours actors by community, lists the communities, keeps the choice in the link', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    const colours = () =>
      page.evaluate(
        () =>
          window.__backchannel
            ?.cy()
            ?.nodes('[elementType = "actor"]')
            .map((n) => n.style('background-color') as string) ?? [],
      );
    const byKind = new Set(await colours());
    await page.getByTestId('appearance-select').selectOption('community');
    await expect
      .poll(() => page.locator('[data-legend^="community:community-"]').count())
      .toBeGreaterThan(1);
    const legend = await page.getByTestId('community-legend').textContent();
    expect(legend).toContain('Communities (Louvain, seeded)');
    const marked = await page.evaluate(
      () => window.__backchannel?.cy()?.nodes('[community = 0]').length ?? 0,
    );
    expect(marked).toBeGreaterThan(0);
    const byCommunity = new Set(await colours());
    expect(byCommunity).not.toEqual(byKind);
    expect(byCommunity.size).toBeGreaterThan(2);
    await expect.poll(() => page.url()).toContain('look=community');
    await page.screenshot({ path: join(tmpdir(), 'backchannel-community-look.png') });
    expect(app.problems()).toEqual([]);

    const again = await openApp(browser, `${GAZA}&look=community`);
    await expect
      .poll(() => again.page.locator('[data-legend^="community:community-"]').count())
      .toBeGreaterThan(1);
    expect(await again.page.getByTestId('appearance-select').inputValue()).toBe('community');
  });
});
