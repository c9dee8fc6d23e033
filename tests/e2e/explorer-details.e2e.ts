/** Details of actors and relations, search (keyboard first), the text view, safe links, text as text. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  GAZA,
  appState,
  clickElement,
  fixture,
  launch,
  openApp,
  openFileByButton,
  ready,
} from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('details, search, text view', () => {
  it('finds al-Hayya by typing "Khaya", selects and centres him', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'search',
    );
    await page.keyboard.type('Khaya');
    const options = page.getByRole('listbox', { name: 'Matching actors' }).getByRole('option');
    await expect.poll(() => options.first().textContent()).toContain('al');
    expect(await options.first().textContent()).toMatch(/Hayya/);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await appState(page)).selection.selection)
      .toEqual({ type: 'actor', id: 'al-hayya' });
    await expect
      .poll(() =>
        page.evaluate(() => {
          const cy = window.__backchannel?.cy();
          const p = cy?.getElementById('al-hayya').renderedPosition();
          return p && cy ? Math.hypot(p.x - cy.width() / 2, p.y - cy.height() / 2) : 1e9;
        }),
      )
      .toBeLessThan(3);
    expect(
      await page.evaluate(() =>
        window.__backchannel?.cy()?.getElementById('al-hayya').hasClass('bc-selected'),
      ),
    ).toBe(true);
    const details = page.getByTestId('actor-details');
    await expect(details.locator('h3').textContent()).resolves.toMatch(/Hayya/);
    await expect(details.textContent()).resolves.toContain('al-Khaya');
    // Arrows move through several matches.
    await page.getByTestId('search').fill('intel');
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('[role="option"][aria-selected="true"]').textContent();
    await page.keyboard.press('Enter');
    const sel = (await appState(page)).selection.selection;
    const name = await page.evaluate(
      (id) => window.__backchannel?.state().data.dataset?.actors.find((a) => a.id === id)?.name,
      sel?.id ?? '',
    );
    expect(active).toContain(name ?? '???');
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });

  it('shows an actor: name, aliases, title, bloc, kind, and its relations with role, counterpart, certainty, quotes, sources', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await clickElement(page, 'witkoff');
    const details = page.getByTestId('actor-details');
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('Witkoff');
    expect(text).toContain('Person');
    expect(text).toMatch(/Special Envoy/);
    expect(text).toContain('Bloc');
    expect(text).toContain('United States');
    const relations = details.locator('article.relation-card');
    const expected = await page.evaluate(
      () =>
        window.__backchannel
          ?.state()
          .data.dataset?.relations.filter((r) => r.participants.some((p) => p.actor === 'witkoff'))
          .length,
    );
    expect(await relations.count()).toBe(expected);
    expect(text).toContain('Role:');
    expect(text).toMatch(/Confirmed|Reported/);
    // A quote with its speaker, and sources as safe links.
    expect(await details.locator('figure.quote').count()).toBeGreaterThan(0);
    const links = await page.locator('.details a[href]').evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href') ?? '',
        rel: a.getAttribute('rel'),
        target: a.getAttribute('target'),
      })),
    );
    for (const l of links) {
      expect(l.href).toMatch(/^https?:\/\//);
      expect(l.rel).toBe('noopener noreferrer');
      expect(l.target).toBe('_blank');
    }
    // The selection's links are highlighted on the graph.
    const highlighted = await page.evaluate(
      () => window.__backchannel?.cy()?.edges('.bc-highlighted').length,
    );
    expect(highlighted).toBeGreaterThan(0);
    // A counterpart is one click away.
    await details.getByRole('button', { name: 'Jared Kushner' }).first().click();
    expect((await appState(page)).selection.selection).toEqual({ type: 'actor', id: 'kushner' });
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });

  it('shows a relation: its own details, all its participants highlighted', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    const edge = await page.evaluate(
      () =>
        window.__backchannel
          ?.cy()
          ?.edges()
          .filter((e) => (e.data('relationIds') as string[]).includes('sharm-el-sheikh-meeting'))
          .first()
          .id() ?? '',
    );
    await clickElement(page, edge);
    await expect
      .poll(async () => (await appState(page)).selection.selection)
      .toEqual({ type: 'relation', id: 'sharm-el-sheikh-meeting' });
    const text = (await page.getByTestId('relation-details').textContent()) ?? '';
    expect(text).toContain('Meeting');
    expect(text).toContain('Sharm');
    expect(text).toContain('by Oct 2025'); // the meeting's endDate alone, in words
    const highlighted = await page.evaluate(() =>
      window.__backchannel
        ?.cy()
        ?.nodes('.bc-highlighted')
        .map((n) => n.id())
        .sort(),
    );
    const participants = await page.evaluate(() =>
      window.__backchannel
        ?.state()
        .data.dataset?.relations.find((r) => r.id === 'sharm-el-sheikh-meeting')
        ?.participants.map((p) => p.actor)
        .sort(),
    );
    expect(highlighted).toEqual(participants);
    // Background click clears the selection.
    await page.mouse.click(300, 160);
    await expect.poll(async () => (await appState(page)).selection.selection).toBeUndefined();
    await app.context.close();
  });

  it('keeps the text view in sync with the selection, both ways', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    await page.getByRole('tab', { name: 'List' }).click();
    const view = page.getByTestId('text-view');
    expect(await view.locator('tr[data-row^="actor:"]').count()).toBe(19);
    expect(await view.locator('tr[data-row^="relation:"]').count()).toBe(19);
    await clickElement(page, 'kushner');
    await page.getByRole('tab', { name: 'List' }).click();
    expect(await view.locator('tr[aria-current="true"]').getAttribute('data-row')).toBe(
      'actor:kushner',
    );
    await view.locator('tr[data-row="relation:sharm-el-sheikh-meeting"] button').click();
    expect((await appState(page)).selection.selection).toEqual({
      type: 'relation',
      id: 'sharm-el-sheikh-meeting',
    });
    // A relation of three or more participants is one hub in the actor network: the hub is selected.
    await expect
      .poll(() =>
        page.evaluate(() =>
          window.__backchannel
            ?.cy()
            ?.getElementById('sharm-el-sheikh-meeting')
            .hasClass('bc-selected'),
        ),
      )
      .toBe(true);
    await app.context.close();
  });

  it('shows markup and script in every text field as text', async () => {
    const app = await openApp(browser, GAZA);
    const { page } = app;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openFileByButton(page, 'xss.json', fixture('xss.json'));
    await ready(page);
    expect((await appState(page)).data.dataset?.id).toBe('xss-probe');
    await page.getByTestId('search').fill('evil');
    await page.keyboard.press('Enter');
    const details = page.getByTestId('actor-details');
    const text = (await details.textContent()) ?? '';
    for (const literal of [
      'Evil <img src=x onerror=alert(1)>',
      'alias <script>alert(2)</script>',
      'Title <img src=x onerror=alert(1)>',
      'Actor description <script>alert(2)</script>',
      'Summary <script>alert(2)</script>',
      'Quote <img src=x onerror=alert(1)>',
      'Place <img src=x onerror=alert(1)>',
      'Source <img src=x onerror=alert(1)>',
      'Group <iframe src=javascript:alert(4)>',
    ])
      expect(text).toContain(literal);
    await page.getByRole('button', { name: 'Clear selection' }).click();
    expect(await page.getByTestId('dataset-details').textContent()).toContain(
      'Title <img src=x onerror=alert(1)><script>alert(2)</script>',
    );
    await page.getByRole('tab', { name: 'List' }).click();
    expect(await page.getByTestId('text-view').textContent()).toContain(
      'Other <script>alert(2)</script>',
    );
    const injected = await page.evaluate(
      () =>
        document.querySelectorAll(
          'img[src="x"], iframe, [onerror], [onmouseover], b, script:not([src])',
        ).length,
    );
    expect(injected).toBe(0);
    // The graph's labels are the same text (drawn on the canvas).
    expect(
      await page.evaluate(() => window.__backchannel?.cy()?.getElementById('evil-a').data('label')),
    ).toBe('Evil <img src=x onerror=alert(1)>');
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(app.problems()).toEqual([]);
    await app.context.close();
  });
});
