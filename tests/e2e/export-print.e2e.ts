/**
 * Print-ready export (issue 11, item 11) on the Gaza dataset, through the real Export dialog of the
 * render page's UI mode and through `window.__render` (what `backchannel render` calls):
 * - the web-column preset gives a PNG exactly 700 px wide whose actor labels are at least 12 px:
 *   measured while cytoscape draws (its `png`/`svg` call is wrapped to read every drawn actor's
 *   computed font size and the scale it draws at: maxWidth / the bounding box's width);
 * - the caption lists only the sources behind what is drawn, and the credit line;
 * - the selection and the focus's dimming are not drawn unless asked;
 * - a dark background draws the dark palette's colours in a light-theme page.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize, sniff, startHarness, type Harness } from './export-helpers.ts';
import { relationColour } from '../../src/cy/palette.ts';
import type { Dataset } from '../../src/model/schema.ts';

const GAZA = path.resolve('graph-data/gaza-ceasefire-2025.json');
let harness: Harness;
let page: Page;
let text: string;
let gaza: Dataset;

interface Drawn {
  /** The smallest drawn actor label × the scale cytoscape drew at, in output px. */
  labelPx: number;
  /** Elements that carried a state class (selection, dimming, highlight) while drawn. */
  stateClassed: number;
}

async function mount(theme: 'light' | 'dark', hide: string[] = []): Promise<void> {
  await page.goto(`${harness.url}/render.html`);
  await page.waitForFunction(() => typeof window.__renderUi === 'function');
  const answer = await page.evaluate(({ t, theme, hide }) => window.__renderUi?.(t, theme, hide), {
    t: text,
    theme,
    hide,
  });
  expect(answer).toBe('ok');
  // Wrap the Core's png and svg to record what they draw (the dialog calls them on this Core).
  await page.evaluate(() => {
    const cy = window.__renderCy?.();
    if (!cy) throw new Error('no Core');
    const w = window as unknown as { __drawn?: Drawn[] };
    w.__drawn = [];
    const record = (maxWidth: number, maxHeight: number): void => {
      // cytoscape draws the whole graph at the scale that fits both maxima.
      const bb = cy.elements().boundingBox();
      const scale = Math.min(maxWidth / bb.w, maxHeight / bb.h);
      let min = Infinity;
      cy.nodes('[elementType = "actor"]').forEach((n) => {
        if (n.visible()) min = Math.min(min, n.numericStyle('font-size'));
      });
      const state = '.bc-faded, .bc-selected, .bc-highlighted, .an-dim, .an-hl';
      w.__drawn?.push({ labelPx: min * scale, stateClassed: cy.elements(state).length });
    };
    type Draw = (o: { maxWidth: number; maxHeight: number }) => unknown;
    const c = cy as unknown as Record<'png' | 'svg', Draw>;
    // `svg` is registered on the prototype by the first SVG export: look it up at call time.
    const proto = Object.getPrototypeOf(cy) as Record<'png' | 'svg', Draw | undefined>;
    for (const k of ['png', 'svg'] as const) {
      c[k] = (o) => {
        record(o.maxWidth, o.maxHeight);
        const original = proto[k];
        if (!original) throw new Error(`cy.${k} is not registered`);
        return original.call(cy, o);
      };
    }
  });
}

async function lastDrawn(): Promise<Drawn> {
  const d = await page.evaluate(() => (window as unknown as { __drawn?: Drawn[] }).__drawn?.at(-1));
  if (!d) throw new Error('nothing was drawn');
  return d;
}

async function openDialog(): Promise<void> {
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('dialog', { name: 'Export' }).waitFor();
}

async function download(name: string | RegExp): Promise<Buffer> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return readFile(await dl.path());
}

async function svgText(bytes: Buffer): Promise<string> {
  const texts = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return [...doc.getElementsByTagName('text')].map((el) => el.textContent ?? '');
  }, bytes.toString('utf8'));
  return texts.join(' ').replace(/\s+/g, ' ');
}

function describeSource(id: string): string {
  const s = gaza.sources.find((x) => x.id === id);
  if (!s) throw new Error(`no source ${id}`);
  return s.publisher ? `${s.title} (${s.publisher})` : s.title;
}

beforeAll(async () => {
  text = await readFile(GAZA, 'utf8');
  gaza = JSON.parse(text) as Dataset;
  harness = await startHarness();
  const context = await harness.browser.newContext({ acceptDownloads: true, deviceScaleFactor: 1 });
  page = await context.newPage();
});

afterAll(async () => {
  await harness?.close();
});

describe('print-ready export of the Gaza network', () => {
  it('web column: a PNG exactly 700 px wide, with a caption, actor labels ≥ 12 px as drawn', async () => {
    await mount('light');
    await openDialog();
    await page.getByLabel('Size').selectOption('web');
    await page.getByRole('checkbox', { name: /Add a caption/ }).check();
    const png = await download('Download PNG');
    expect(sniff(png)).toBe('png');
    expect(pngSize(png).width).toBe(700);
    const drawn = await lastDrawn();
    expect(drawn.labelPx).toBeGreaterThanOrEqual(12);
    // The status line reports the same measure.
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/700 × \d+ px, actor labels 1\d(\.\d)? px/);

    // Wide and print: the labels are never smaller.
    await page.getByLabel('Size').selectOption('print');
    const print = await download('Download PNG');
    expect(pngSize(print).width).toBe(3000);
    expect((await lastDrawn()).labelPx).toBeGreaterThanOrEqual(12);
  });

  it('the caption cites only what is drawn: a source of hidden relations only is left out; the credit appears', async () => {
    const hide = ['israel'];
    await mount('light', hide);
    // Sources cited only by relations the hidden actor takes out (fewer than 2 shown participants).
    const shown = gaza.relations.filter(
      (r) => new Set(r.participants.map((p) => p.actor).filter((a) => !hide.includes(a))).size >= 2,
    );
    const hidden = gaza.relations.filter((r) => !shown.includes(r));
    const citedBy = (rs: Dataset['relations']): Set<string> =>
      new Set(
        rs.flatMap((r) => [
          ...(r.sources ?? []),
          ...(r.quotes ?? []).flatMap((q) => (q.source ? [q.source] : [])),
          ...r.participants.flatMap((p) => (hide.includes(p.actor) ? [] : (p.sources ?? []))),
        ]),
      );
    const kept = citedBy(shown);
    for (const a of gaza.actors)
      if (!hide.includes(a.id)) for (const s of a.sources ?? []) kept.add(s);
    const gone = [...citedBy(hidden)].filter((s) => !kept.has(s));
    expect(gone.length).toBeGreaterThan(0);
    const uncited = gaza.sources.filter((s) => !kept.has(s.id) && !gone.includes(s.id));
    expect(uncited.length).toBeGreaterThan(0);

    await openDialog();
    await page.getByRole('radio', { name: 'SVG' }).check();
    await page.getByRole('checkbox', { name: /Add a caption/ }).check();
    await page.getByLabel('Credit').fill('Graphic: Test Desk / Backchannel');
    const caption = await svgText(await download('Download SVG'));
    expect(caption).toContain('Graphic: Test Desk / Backchannel');
    for (const id of gone) expect(caption).not.toContain(describeSource(id));
    for (const s of uncited) expect(caption).not.toContain(describeSource(s.id));
    expect(caption).toContain(describeSource([...kept][0] as string));
    expect(caption).toContain('A ring marks a mediator');
  });

  it('draws no selection or focus dimming unless asked', async () => {
    await mount('light');
    // A selection and a focus's dimming, as the explorer's controller marks them.
    await page.evaluate(() => {
      const cy = window.__renderCy?.();
      if (!cy) throw new Error('no Core');
      const actors = cy.nodes('[elementType = "actor"]');
      actors.first().addClass('bc-selected');
      cy.elements().not(actors.first()).addClass('bc-faded');
    });
    await openDialog();
    await page.getByLabel('Size').selectOption('web');
    await download('Download PNG');
    expect((await lastDrawn()).stateClassed).toBe(0);
    // Put back after the export: the explorer's view is unchanged.
    expect(await page.evaluate(() => window.__renderCy?.()?.elements('.bc-faded').length)).toBe(
      await page.evaluate(() => (window.__renderCy?.()?.elements().length ?? 0) - 1),
    );
    await page.getByRole('checkbox', { name: 'Keep the selection and highlight' }).check();
    await download('Download PNG');
    expect((await lastDrawn()).stateClassed).toBeGreaterThan(1);
  });

  it('a dark background draws the dark palette in a light page, a white one the light palette', async () => {
    await mount('light');
    const dark = relationColour('meeting', 'dark').toLowerCase();
    const light = relationColour('meeting', 'light').toLowerCase();
    expect(dark).not.toBe(light);
    await openDialog();
    await page.getByRole('radio', { name: 'SVG' }).check();
    await page.getByRole('radio', { name: 'Dark' }).check();
    const colours = async (): Promise<string[]> => {
      const svg = (await download('Download SVG')).toString('utf8').toLowerCase();
      return [...svg.matchAll(/stroke="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/\s+/g, ''));
    };
    const hex2rgb = (h: string): string => {
      const n = parseInt(h.slice(1), 16);
      return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
    };
    const onDark = await colours();
    expect(onDark.some((c) => c === dark || c === hex2rgb(dark))).toBe(true);
    expect(onDark.some((c) => c === light || c === hex2rgb(light))).toBe(false);
    await page.getByRole('radio', { name: 'White' }).check();
    const onWhite = await colours();
    expect(onWhite.some((c) => c === light || c === hex2rgb(light))).toBe(true);
    expect(onWhite.some((c) => c === dark || c === hex2rgb(dark))).toBe(false);
  });
});

describe('window.__render (backchannel render) by width', () => {
  it('--preset web: 700 px wide, labels ≥ 12 px, the credit in the caption', async () => {
    await page.goto(`${harness.url}/render.html`);
    await page.waitForFunction(() => typeof window.__render === 'function');
    const r = await page.evaluate(
      (t) =>
        window.__render?.(t, 'gaza.json', {
          format: 'svg',
          scale: 2,
          width: 700,
          view: 'events',
          caption: true,
          credit: 'Graphic: CLI test',
          theme: 'light',
        }),
      text,
    );
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.width).toBe(700);
    expect(r.labelPx).toBeGreaterThanOrEqual(12);
    const caption = await svgText(Buffer.from(r.base64, 'base64'));
    expect(caption).toContain('Graphic: CLI test');
    expect(caption).toContain('Squares are relations; lines link them to their participants.');
  });
});
