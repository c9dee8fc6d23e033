/**
 * The Content-Security-Policy reaches the page and its workers, as an HTTP header (issue 16).
 *
 * What this proves, exactly:
 * - the e2e server (src/render/node-server.ts, as the render server) sends the policy as a header on
 *   the page and on the import worker's script, with `frame-ancestors 'none'` and no 'unsafe-eval';
 * - in the page, `new Function` and `eval` throw EvalError;
 * - in a module worker started from the app's own import-worker URL, `new Function` and `eval` throw
 *   EvalError (the worker runs under the policy of its script's response: the header, since a
 *   `<meta>` tag never reaches a worker);
 * - a real import (zod runs in the import worker) succeeds with no CSP report in the console: zod is
 *   jitless and never probes `new Function`;
 * - another origin cannot frame the app (frame-ancestors).
 * Code run directly by the DevTools protocol (Playwright's evaluate) is exempt from the policy in
 * Chromium, so the probes run in a timer's callback (an ordinary task); the control is the same probe
 * on a page served without the policy, where both are allowed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Worker } from 'playwright-core';
import {
  GAZA,
  appState,
  baseUrl,
  fixture,
  launch,
  openApp,
  openFileByButton,
  ready,
} from './browser.ts';
import { serveStatic, type StaticServer } from '../../src/render/node-server.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Runs `new Function` and `eval` in a later task of the page or worker it is evaluated in: the error
 * names, or 'allowed'. (Code run directly by the DevTools protocol's evaluate is exempt from the
 * policy in Chromium; a timer's callback is an ordinary task, checked like the app's own code.)
 */
function tryCodeGeneration(): Promise<string[]> {
  const attempt = (f: () => unknown): string => {
    try {
      f();
      return 'allowed';
    } catch (e) {
      return e instanceof Error ? e.name : String(e);
    }
  };
  return new Promise((resolve) =>
    setTimeout(() => {
      resolve([attempt(() => new Function('return 1')()), attempt(() => (0, eval)('1'))]);
    }, 0),
  );
}

describe('Content-Security-Policy', () => {
  it('is sent as a header, refuses Function and eval in the page and in the import worker', async () => {
    const response = await fetch(baseUrl());
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).toMatch(/frame-ancestors 'none'/);
    expect(policy).not.toMatch(/unsafe-eval/);

    const app = await openApp(browser, GAZA);
    const { page } = app;
    const workers: Worker[] = [];
    page.on('worker', (w) => workers.push(w));
    expect(await page.evaluate(tryCodeGeneration)).toEqual(['EvalError', 'EvalError']);

    // A real import: the import worker parses the file with zod, under the header's policy.
    await openFileByButton(page, 'gaza-mini.json', fixture('gaza-mini.json'));
    await ready(page);
    expect((await appState(page)).data.key).toBe('file:gaza-mini.json');
    const importWorkerUrl = workers.map((w) => w.url()).find((u) => /worker/i.test(u));
    expect(importWorkerUrl, workers.map((w) => w.url()).join(', ')).toBeDefined();
    const workerResponse = await fetch(importWorkerUrl as string);
    expect(workerResponse.headers.get('content-security-policy')).toBe(policy);
    // No CSP report so far: nothing (zod in the import worker included) tried to generate code.
    expect(app.console.filter((e) => /Content Security Policy|unsafe-eval/i.test(e.text))).toEqual(
      [],
    );

    // A worker from the same script URL, kept alive to be asked.
    const started = page.waitForEvent('worker');
    await page.evaluate((url) => {
      (window as unknown as { __probe: unknown }).__probe = new Worker(url, { type: 'module' });
    }, importWorkerUrl as string);
    const probe = await started;
    expect(probe.url()).toBe(importWorkerUrl);
    expect(await probe.evaluate(tryCodeGeneration)).toEqual(['EvalError', 'EvalError']);

    expect(app.problems().filter((e) => !/unsafe-eval/.test(e.text))).toEqual([]);
    await app.context.close();
  });

  it('keeps another origin from framing the app (frame-ancestors)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backchannel-frame-'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html><iframe src="${baseUrl()}"></iframe>`);
    let other: StaticServer | undefined;
    const context = await browser.newContext();
    try {
      other = await serveStatic(dir);
      const page = await context.newPage();
      const report = page.waitForEvent('console', {
        predicate: (m) => /frame-ancestors/.test(m.text()),
        timeout: 30_000,
      });
      await page.goto(`${other.url}/`);
      expect((await report).text()).toMatch(/frame-ancestors 'none'/);
      const framed = page.frames().find((f) => f !== page.mainFrame());
      const loaded = framed
        ? await framed
            .evaluate(() => typeof window.__backchannel !== 'undefined')
            .catch(() => false)
        : false;
      expect(loaded).toBe(false);
      // The control: the same probe where no policy is sent finds code generation allowed.
      expect(await page.evaluate(tryCodeGeneration)).toEqual(['allowed', 'allowed']);
    } finally {
      await context.close();
      await other?.close();
    }
  });
});
