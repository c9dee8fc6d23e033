/**
 * Hover and keyboard cards (issue 11, item 7): the pointer over an actor or an edge shows a card with
 * its name or the relation's human title; on the focused canvas the arrow keys show an actor's card,
 * Enter selects it and Escape closes it. Names from the data are shown as text, never as markup.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { appState, dataset, GAZA, launch, openApp, ready } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The page point where an element is drawn (a node's centre, an edge's midpoint). */
async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((id) => {
    const cy = window.__backchannel?.cy();
    const el = cy?.getElementById(id);
    const box = cy?.container()?.getBoundingClientRect();
    if (!cy || !el || el.empty() || !box) return undefined;
    const at = el.isNode()
      ? el.renderedPosition()
      : (el as unknown as { renderedMidpoint(): { x: number; y: number } }).renderedMidpoint();
    return { x: box.left + at.x, y: box.top + at.y };
  }, id);
  if (!p) throw new Error(`no element '${id}' on the graph`);
  return p;
}

describe('cards', () => {
  it('hovering an actor and an edge shows their cards', async () => {
    const { context, page } = await openApp(browser, GAZA, { width: 1440, height: 900 });
    try {
      const card = page.getByTestId('graph-card');
      const k = await pointOf(page, 'kushner');
      await page.mouse.move(k.x, k.y);
      await card.waitFor();
      await expect(card.locator('.card-title').textContent()).resolves.toBe('Jared Kushner');
      await expect(card.textContent()).resolves.toMatch(/Person/);
      await page.screenshot({ path: join(tmpdir(), 'bc-card-hover.png') });
      // Off the element: the card goes.
      await page.mouse.move(5, 880);
      await card.waitFor({ state: 'detached' });
      // A two-party edge: its relation's human title, date in words and certainty.
      const edge = await page.evaluate(() => {
        const cy = window.__backchannel?.cy();
        const e = cy?.edges('[elementType = "edge"]:visible').filter((x) => {
          const m = (
            x as unknown as { renderedMidpoint(): { x: number; y: number } }
          ).renderedMidpoint();
          return m.x > 50 && m.y > 80 && m.x < cy.width() - 50 && m.y < cy.height() - 50;
        });
        const first = e && e.nonempty() ? e[0] : undefined;
        return first
          ? { id: first.id(), relation: String((first.data('relationIds') as string[])[0]) }
          : undefined;
      });
      expect(edge).toBeDefined();
      const m = await pointOf(page, edge?.id ?? '');
      await page.mouse.move(m.x, m.y);
      await card.waitFor();
      const text = (await card.textContent()) ?? '';
      expect(text).toMatch(/Confirmed|Reported|Disputed/);
      expect(text).not.toContain(edge?.relation); // the human title, not the raw id
    } finally {
      await context.close();
    }
  });

  it('the keyboard: arrows show a card, Enter selects, Escape closes', async () => {
    const { context, page } = await openApp(browser, GAZA, { width: 1440, height: 900 });
    try {
      await page.getByTestId('graph').focus();
      await page.keyboard.press('ArrowRight');
      const card = page.getByTestId('graph-card');
      await card.waitFor();
      const id = await card.getAttribute('data-card-id');
      expect(id).toBeTruthy();
      await expect(page.getByTestId('graph-announce').textContent()).resolves.toMatch(/1 of \d+/);
      await page.keyboard.press('ArrowRight');
      const second = await card.getAttribute('data-card-id');
      await page.screenshot({ path: join(tmpdir(), 'bc-card-keyboard.png') });
      expect(second).not.toBe(id);
      await page.keyboard.press('Enter');
      expect((await appState(page)).selection.selection).toEqual({ type: 'actor', id: second });
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });

  it('a name that looks like markup is shown as text', async () => {
    const { context, page } = await openApp(browser, GAZA, { width: 1440, height: 900 });
    try {
      const ds = JSON.parse(dataset('gaza-ceasefire-2025.json')) as {
        actors: { id: string; name: string }[];
      };
      const name = '<img src=x onerror="window.__pwned=1">Kushner';
      for (const a of ds.actors) if (a.id === 'kushner') a.name = name;
      await page.evaluate(
        (text) => window.__backchannel?.load(text, 'markup.json'),
        JSON.stringify(ds),
      );
      await ready(page);
      const k = await pointOf(page, 'kushner');
      await page.mouse.move(k.x, k.y);
      const card = page.getByTestId('graph-card');
      await card.waitFor();
      await expect(card.locator('.card-title').textContent()).resolves.toBe(name);
      await expect(card.locator('img').count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });
});
