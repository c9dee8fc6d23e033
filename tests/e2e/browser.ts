/**
 * The e2e helper every test file imports: launch Debian's Chromium through playwright-core, open
 * the app, collect console messages and page errors, and wait for the graph to be drawn.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inject } from 'vitest';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

export interface ConsoleEntry {
  type: string;
  text: string;
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Console messages and uncaught page errors (type 'pageerror'), in order. */
  console: ConsoleEntry[];
  /** Console entries of type error or warning, and page errors. */
  problems(): ConsoleEntry[];
}

export const baseUrl = (): string => inject('baseUrl');

/** Opens the app at `hash` (e.g. `#d=bundled:gaza-ceasefire-2025&v=events`) and waits until drawn. */
export async function openApp(
  browser: Browser,
  hash = '',
  viewport = { width: 1400, height: 900 },
): Promise<AppPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const entries: ConsoleEntry[] = [];
  page.on('console', (m) => entries.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => entries.push({ type: 'pageerror', text: String(e) }));
  await page.goto(baseUrl() + hash);
  await ready(page);
  return {
    context,
    page,
    console: entries,
    problems: () => entries.filter((e) => ['error', 'warning', 'pageerror'].includes(e.type)),
  };
}

/** Waits until the current dataset is drawn and laid out. */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__backchannel !== undefined);
  await page.evaluate(() => window.__backchannel?.ready());
}

export function fixture(name: string): string {
  return readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8');
}

export function dataset(name: string): string {
  return readFileSync(resolve(import.meta.dirname, '../../graph-data', name), 'utf8');
}

/** Reads from the graph: visible node ids, positions, classes. */
export function visibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (
      window.__backchannel
        ?.cy()
        ?.nodes(':visible')
        .map((n) => n.id()) ?? []
    ).sort(),
  );
}

export function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.__backchannel
      ?.cy()
      ?.nodes()
      .forEach((n) => {
        if (!n.isParent()) out[n.id()] = { ...n.position() };
      });
    return out;
  });
}

/** Sets a file on the hidden input of the Open file button. */
export async function openFileByButton(page: Page, name: string, text: string): Promise<void> {
  await page.locator('[data-testid="file-input"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

/** Drops a file on the page as a person dragging it from the desktop would. */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      const target = document.querySelector('[data-testid="graph"]') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }),
        );
      }
    },
    { name, text },
  );
}
