/**
 * `npm run screenshots`: the README's images, made from the production app (never by a test run).
 * Builds the app into a temporary folder, serves it with the project's static server (with its
 * security headers), drives Debian's Chromium and writes into docs/screenshots/:
 *
 * - actors-light.png: the default view at 1440×900 (Gaza, actor network);
 * - selection-witkoff.png: Steve Witkoff selected, his details in the sidebar;
 * - events-light.png: the event view;
 * - actors-dark.png: the dark theme;
 * - large-graph.png: the large-graph mode (a generated 1,200-actor dataset);
 * - phone.png: the phone layout at 390×844;
 * - export-web-column.png: the file the Export dialog downloads (web-column preset, caption).
 *
 * Usage: `npm run screenshots` (CHROMIUM_PATH picks the browser, as for `backchannel render`).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { generateDataset } from '../src/gen/generate.ts';
import { SECURITY_HEADERS } from '../src/render/csp.ts';
import { launchChromium } from '../src/render/node-browser.ts';
import { serveStatic } from '../src/render/node-server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/screenshots');
const GAZA = '#d=bundled:gaza-ceasefire-2025';
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The production build (React's production bundle) in a new temporary folder. */
async function buildApp(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'backchannel-screenshots-'));
  process.env.NODE_ENV = 'production';
  await build({
    root: ROOT,
    logLevel: 'warn',
    configFile: join(ROOT, 'vite.config.ts'),
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** Opens the app at `hash` in a light-scheme page of `viewport` and waits until drawn. */
async function open(
  browser: Browser,
  url: string,
  hash: string,
  viewport = DESKTOP,
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    colorScheme: 'light',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  page.on('pageerror', (e) => console.error(`page error (${hash}): ${e.message}`));
  await page.goto(url + hash);
  await drawn(page);
  return page;
}

async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__backchannel !== undefined);
  await page.evaluate(() => window.__backchannel?.ready());
}

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const current = await page.evaluate(() => window.__backchannel?.state().view.theme);
  if (current !== theme) await page.getByTestId('theme-toggle').click();
  await page.waitForFunction((t) => window.__backchannel?.state().view.theme === t, theme);
}

/** Writes the page as it is, with the pointer out of the way (no hover card). */
async function shoot(page: Page, name: string): Promise<void> {
  await page.mouse.move(1, 1);
  await page.waitForTimeout(400);
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path });
  console.log(`wrote ${path}`);
}

async function screens(browser: Browser, url: string): Promise<void> {
  const home = await open(browser, url, GAZA);
  await setTheme(home, 'light');
  await shoot(home, 'actors-light');
  await setTheme(home, 'dark');
  await shoot(home, 'actors-dark');
  await home.context().close();

  const witkoff = await open(browser, url, `${GAZA}&sel=a:witkoff`);
  await setTheme(witkoff, 'light');
  await witkoff.getByTestId('actor-details').waitFor();
  await shoot(witkoff, 'selection-witkoff');
  await witkoff.context().close();

  const events = await open(browser, url, `${GAZA}&v=events`);
  await setTheme(events, 'light');
  await shoot(events, 'events-light');
  await events.context().close();

  const phone = await open(browser, url, GAZA, PHONE);
  await setTheme(phone, 'light');
  await shoot(phone, 'phone');
  await phone.context().close();
}

async function largeGraph(browser: Browser, url: string): Promise<void> {
  const page = await open(browser, url, GAZA);
  await setTheme(page, 'light');
  const text = JSON.stringify(generateDataset({ actors: 1_200, seed: 2 }));
  const result = await page.evaluate((t) => window.__backchannel?.load(t, 'synthetic.json'), text);
  if (!result?.ok) throw new Error(`the generated dataset did not load: ${JSON.stringify(result)}`);
  await page.locator('.layout-progress').waitFor({ state: 'detached' });
  await drawn(page);
  await shoot(page, 'large-graph');
  await page.context().close();
}

/** Exports the Gaza network from the Export dialog (web-column preset, caption) and saves the file. */
async function exported(browser: Browser, url: string): Promise<void> {
  const page = await open(browser, url, GAZA);
  await setTheme(page, 'light');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.waitFor();
  await dialog.getByLabel(/^PNG/).check();
  await dialog.getByLabel('Size').selectOption({ label: 'Web column (700 px)' });
  await dialog.getByLabel(/caption/i).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /^Download PNG/ }).click(),
  ]);
  const path = join(OUT, 'export-web-column.png');
  await download.saveAs(path);
  console.log(`wrote ${path} (downloaded as ${download.suggestedFilename()})`);
  await page.context().close();
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  console.log('building the app (vite build, temporary folder)…');
  const dir = await buildApp();
  const server = await serveStatic(dir, { ...SECURITY_HEADERS });
  const browser = await launchChromium();
  try {
    const url = `${server.url}/`;
    await screens(browser, url);
    await largeGraph(browser, url);
    await exported(browser, url);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`screenshots: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
