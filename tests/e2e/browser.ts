/**
 * The e2e helper every test file imports: launch Debian's Chromium through playwright-core, open
 * the app, collect console messages and page errors, and wait for the graph to be drawn.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/render/node-browser.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inject } from 'vitest';

/** Debian's Chromium through playwright-core, as `backchannel render` starts it. */
export function launch(): Promise<Browser> {
  return launchChromium();
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
  // The machine may be busy (2 cores shared with builds): be patient before failing.
  page.setDefaultTimeout(60_000);
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

/** Clicks a graph element where it is drawn, as a person would (nodes: centre; edges: midpoint). */
export async function clickElement(page: Page, id: string, double = false): Promise<void> {
  const point = await page.evaluate((id) => {
    const cy = window.__backchannel?.cy();
    const el = cy?.getElementById(id);
    if (!cy || !el || el.empty()) return undefined;
    let p = el.isNode()
      ? el.renderedPosition()
      : (el as unknown as { renderedMidpoint(): { x: number; y: number } }).renderedMidpoint();
    if (el.isNode() && el.isParent()) {
      // A group: a point of its body where nothing else (a member, a link) is drawn on top, found
      // with the renderer's own hit test.
      const bb = el.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
      const renderer = (
        cy as unknown as {
          renderer(): {
            findNearestElement(
              x: number,
              y: number,
              interactive: boolean,
              touch: boolean,
            ): { id(): string } | null;
          };
        }
      ).renderer();
      const zoom = cy.zoom();
      const pan = cy.pan();
      const container = cy.container();
      const frame = container?.getBoundingClientRect();
      // A point a person can click: on the canvas, not under a panel or a control drawn over it.
      const clickable = (rx: number, ry: number): boolean => {
        if (!container || !frame) return false;
        const at = document.elementFromPoint(frame.left + rx, frame.top + ry);
        return at !== null && container.contains(at);
      };
      search: for (let fy = 0.95; fy > 0.05; fy -= 0.05) {
        for (let fx = 0.05; fx < 0.95; fx += 0.05) {
          const rx = bb.x1 + fx * bb.w;
          const ry = bb.y1 + fy * bb.h;
          if (!clickable(rx, ry)) continue;
          const hit = renderer.findNearestElement(
            (rx - pan.x) / zoom,
            (ry - pan.y) / zoom,
            true,
            false,
          );
          if (hit?.id() === id) {
            p = { x: rx, y: ry };
            break search;
          }
        }
      }
    }
    const box = cy.container()?.getBoundingClientRect();
    return box ? { x: box.left + p.x, y: box.top + p.y } : undefined;
  }, id);
  if (!point) throw new Error(`no element '${id}' on the graph`);
  if (double) await page.mouse.dblclick(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
}

/** The app state snapshot (JSON-safe parts). */
export function appState(page: Page): Promise<{
  data: { key: string; dataset?: { id: string; title: string } };
  view: { view: string; layout: string; theme: string; edgeMode: string };
  filters: Record<string, unknown>;
  ui: { tab: string };
  selection: {
    selection?: { type: string; id: string };
    focus?: { id: string; depth: number; mode: string };
    collapsed: string[];
  };
}> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.__backchannel?.state())));
}

export const GAZA = '#d=bundled:gaza-ceasefire-2025';
