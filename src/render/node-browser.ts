/** Drives headless Chromium (playwright-core) on the render page: Node side of `backchannel render`. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { RenderOptions, RenderResult } from './protocol.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where Chromium usually is: Debian's package first. */
const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** `CHROMIUM_PATH` when set, else the first candidate that exists (else Debian's path, for the message). */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return CHROMIUM_CANDIDATES.find((c) => existsSync(c)) ?? '/usr/bin/chromium';
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  try {
    return await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  } catch (e) {
    const first = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
    throw new Error(
      `cannot start Chromium at ${executablePath} (set CHROMIUM_PATH to its path): ${first}`,
    );
  }
}

/** Opens `${baseUrl}/render.html`, renders `text` and returns the page's answer. */
export async function renderInBrowser(
  baseUrl: string,
  text: string,
  options: RenderOptions,
): Promise<RenderResult> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({
      viewport: { width: 1280, height: 1000 },
      deviceScaleFactor: 1,
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${baseUrl}/render.html`);
    try {
      await page.waitForFunction(() => typeof window.__render === 'function', null, {
        timeout: 30_000,
      });
    } catch {
      return {
        ok: false,
        message: `the render page did not start${errors.length ? `: ${errors.join('; ')}` : ''}`,
      };
    }
    const result = await page.evaluate(
      ({ t, o }) => {
        const fn = window.__render;
        if (!fn) throw new Error('no __render');
        return fn(t, undefined, o);
      },
      { t: text, o: options },
    );
    return result;
  } finally {
    await browser.close();
  }
}
