/**
 * Nothing lost when the page goes before its last write (issue 13, "Nothing lost"): the autosaver
 * writes into IndexedDB within a second, but a reload right after an edit can cut that write off (CI
 * saw it: the draft came back without its last relation). Here the cut is certain: IndexedDB refuses
 * every new transaction from the moment the reload is asked for, so only what the page keeps
 * synchronously as it goes (src/ui/drafts/rescue.ts) can bring the edit back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const EDIT = {
  type: 'addActor',
  actor: { id: 'egypt-fm', name: 'Egyptian foreign ministry', kind: 'organization' },
} as const;

describe('an edit whose write is cut off by a reload', () => {
  it('comes back after the reload, and is then written into the draft', async () => {
    const { page } = await openApp(browser);
    await page.getByTestId('edit-toggle').click();
    await page.getByTestId('edit-panel').waitFor();
    await expect
      .poll(() => page.evaluate(() => window.__backchannel?.state().edit.save.status))
      .toBe('saved');
    const before = await page.evaluate(() => window.__backchannel?.state().data.key);

    const ok = await page.evaluate((edit) => {
      const hook = window.__backchannel;
      const out = hook?.editor.apply(edit);
      // From now on this page's IndexedDB refuses to write, as a page being torn down would.
      IDBDatabase.prototype.transaction = () => {
        throw new DOMException('The page is going', 'InvalidStateError');
      };
      return out?.ok;
    }, EDIT);
    expect(ok).toBe(true);
    page.once('dialog', (d) => void d.accept());
    await page.reload();
    await page.getByTestId('edit-panel').waitFor();
    await expect
      .poll(() => page.evaluate(() => window.__backchannel?.state().data.key))
      .toBe(before);
    const names = await page.evaluate(() =>
      window.__backchannel?.state().data.dataset?.actors.map((a) => a.name),
    );
    expect(names).toContain(EDIT.actor.name);

    // Written into IndexedDB this time: a second reload finds it without the rescue.
    await expect
      .poll(() => page.evaluate(() => window.__backchannel?.state().edit.save.status))
      .toBe('saved');
    const rescues = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('backchannel.draft-rescue.')),
    );
    expect(rescues).toEqual([]);
    page.once('dialog', (d) => void d.accept());
    await page.reload();
    await page.getByTestId('edit-panel').waitFor();
    await expect
      .poll(() =>
        page.evaluate(() =>
          window.__backchannel?.state().data.dataset?.actors.some((a) => a.id === 'egypt-fm'),
        ),
      )
      .toBe(true);
  });
});
