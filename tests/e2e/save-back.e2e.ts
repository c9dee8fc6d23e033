/**
 * Save writes back to the file that was opened (issue 13, item 9): where the browser has the File
 * System Access API, "Open file…" opens through its picker, and a draft of a JSON file opened so
 * saves back to that file (no save dialog, no download). The browser's pickers are stubbed here with
 * an in-memory file (a headless browser cannot answer its dialogs); the app's code path is the real one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp, dataset } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Stub {
  written: string[];
  closed: number;
  savePickerCalls: number;
}

describe('save back to the opened file', () => {
  it('opens a JSON file through the picker and saves the draft back into it', async () => {
    const text = dataset('gaza-ceasefire-2025.json');
    const app = await openApp(browser);
    const { page } = app;
    await page.evaluate((original) => {
      const stub: Stub = { written: [], closed: 0, savePickerCalls: 0 };
      const w = window as unknown as Record<string, unknown>;
      w.__stub = stub;
      const handle = {
        name: 'my-notes.json',
        getFile: () =>
          Promise.resolve(new File([original], 'my-notes.json', { type: 'application/json' })),
        createWritable: () =>
          Promise.resolve({
            write: async (blob: Blob) => {
              stub.written.push(await blob.text());
            },
            close: () => {
              stub.closed++;
              return Promise.resolve();
            },
          }),
      };
      w.showOpenFilePicker = () => Promise.resolve([handle]);
      w.showSaveFilePicker = () => {
        stub.savePickerCalls++;
        return Promise.reject(new DOMException('not wanted', 'AbortError'));
      };
    }, text);
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));

    await page.getByRole('button', { name: 'Open file…' }).click();
    await expect
      .poll(() => page.evaluate(() => window.__backchannel?.state().data.key))
      .toBe('file:my-notes.json');

    await page.getByTestId('edit-toggle').click();
    await page.getByTestId('edit-panel').waitFor();
    const draft = await page.evaluate(() => {
      const hook = window.__backchannel;
      const out = hook?.editor.apply({
        type: 'addActor',
        actor: { id: 'egypt-fm', name: 'Egyptian foreign ministry', kind: 'organization' },
      });
      return { ok: out?.ok, dataset: hook?.state().data.dataset };
    });
    expect(draft.ok).toBe(true);

    await page.getByRole('banner').getByTestId('save').click();
    const stub = (): Promise<Stub> =>
      page.evaluate(() => (window as unknown as { __stub: Stub }).__stub);
    await expect.poll(async () => (await stub()).closed).toBe(1);
    const s = await stub();
    expect(s.savePickerCalls).toBe(0);
    expect(downloads).toEqual([]);
    expect(s.written).toHaveLength(1);
    expect(JSON.parse(s.written[0] ?? '')).toEqual(draft.dataset);
    await expect
      .poll(() => page.getByTestId('edit-announce').textContent())
      .toMatch(/Saved to the file my-notes\.json/);

    // A second Save writes to the same file again.
    await page.getByRole('banner').getByTestId('save').click();
    await expect.poll(async () => (await stub()).closed).toBe(2);
    expect((await stub()).savePickerCalls).toBe(0);
    expect(app.problems().filter((p) => p.type === 'pageerror')).toEqual([]);
  });

  it('a GEXF file opened through the picker is not written over: Save asks for a JSON file', async () => {
    const app = await openApp(browser);
    const { page } = app;
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const calls = { save: 0, writes: 0 };
      w.__calls = calls;
      const gexf =
        '<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>';
      const handle = {
        name: 'net.gexf',
        getFile: () => Promise.resolve(new File([gexf], 'net.gexf', { type: 'application/xml' })),
        createWritable: () => {
          calls.writes++;
          return Promise.reject(new Error('must not write the GEXF file'));
        },
      };
      w.showOpenFilePicker = () => Promise.resolve([handle]);
      w.showSaveFilePicker = () => {
        calls.save++;
        return Promise.reject(new DOMException('cancelled', 'AbortError'));
      };
    });
    await page.getByRole('button', { name: 'Open file…' }).click();
    await expect
      .poll(() => page.evaluate(() => window.__backchannel?.state().data.key))
      .toBe('file:net.gexf');
    await page.getByTestId('edit-toggle').click();
    await page.getByTestId('edit-panel').waitFor();
    await page.getByRole('banner').getByTestId('save').click();
    const calls = (): Promise<{ save: number; writes: number }> =>
      page.evaluate(
        () => (window as unknown as { __calls: { save: number; writes: number } }).__calls,
      );
    await expect.poll(async () => (await calls()).save).toBe(1);
    expect((await calls()).writes).toBe(0);
  });
});
