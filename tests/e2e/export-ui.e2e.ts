/**
 * Export from the UI as a person does it: open the Export dialog, choose, click Download, and check
 * the downloaded files (type by magic bytes, size, PNG dimensions by scale, SVG labels and colours,
 * the caption). Runs on render.html's UI mode, which mounts the same ExportButton the explorer does.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegSize, pngSize, sniff, startHarness, type Harness } from './export-helpers.ts';

const FIXTURE = path.resolve('tests/e2e/fixtures/export-small.json');
let harness: Harness;
let page: Page;
let fixture: string;

async function openDialog(): Promise<void> {
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('dialog', { name: 'Export' }).waitFor();
}

async function closeDialog(): Promise<void> {
  await page.getByRole('button', { name: 'Close' }).click();
}

async function download(buttonName: string | RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: await readFile(file) };
}

async function mount(hide: string[] = []): Promise<void> {
  await page.goto(`${harness.url}/render.html`);
  await page.waitForFunction(() => typeof window.__renderUi === 'function');
  const answer = await page.evaluate(({ text, hide }) => window.__renderUi?.(text, 'light', hide), {
    text: fixture,
    hide,
  });
  expect(answer).toBe('ok');
}

beforeAll(async () => {
  fixture = await readFile(FIXTURE, 'utf8');
  harness = await startHarness();
  const context = await harness.browser.newContext({ acceptDownloads: true, deviceScaleFactor: 1 });
  page = await context.newPage();
  await mount();
});

afterAll(async () => {
  await harness?.close();
});

describe('Export dialog: images', () => {
  it('downloads a PNG whose pixel size follows the scale', async () => {
    await openDialog();
    await page.getByLabel('Size').selectOption('custom');
    await page.getByLabel('Scale').selectOption('1');
    const sizeAt1 = await page.getByTestId('export-size').textContent();
    const one = await download('Download PNG');
    expect(one.name).toBe('export-small-actors.png');
    expect(sniff(one.bytes)).toBe('png');
    expect(one.bytes.length).toBeGreaterThan(2000);
    const s1 = pngSize(one.bytes);
    expect(sizeAt1).toBe(`${s1.width} × ${s1.height} px`);

    await page.getByLabel('Size').selectOption('custom');
    await page.getByLabel('Scale').selectOption('3');
    const three = await download('Download PNG');
    const s3 = pngSize(three.bytes);
    expect(s3.width).toBeGreaterThanOrEqual(3 * s1.width - 3);
    expect(s3.width).toBeLessThanOrEqual(3 * s1.width + 3);
    expect(s3.height).toBeGreaterThanOrEqual(3 * s1.height - 3);
    expect(s3.height).toBeLessThanOrEqual(3 * s1.height + 3);
    await closeDialog();
  });

  it('downloads a JPEG (no transparency offered)', async () => {
    await openDialog();
    await page.getByRole('radio', { name: 'JPEG' }).check();
    expect(await page.getByRole('radio', { name: 'Transparent' }).isDisabled()).toBe(true);
    await page.getByLabel('Size').selectOption('custom');
    await page.getByLabel('Scale').selectOption('2');
    const jpg = await download('Download JPEG');
    expect(jpg.name).toMatch(/\.jpg$/);
    expect(sniff(jpg.bytes)).toBe('jpeg');
    expect(jpg.bytes.length).toBeGreaterThan(2000);
    expect(jpegSize(jpg.bytes).width).toBeGreaterThan(200);
    await closeDialog();
  });

  it('downloads an SVG that holds the node labels as text and the relation colours', async () => {
    const expected = await page.evaluate(() => {
      const cy = window.__renderCy?.();
      if (!cy) return null;
      return {
        labels: cy.nodes().map((n) => String(n.data('label') ?? '')),
        edgeColors: [...new Set(cy.edges().map((e) => e.style('line-color') as string))],
      };
    });
    expect(expected).not.toBeNull();
    if (!expected) return;
    await openDialog();
    await page.getByRole('radio', { name: 'SVG' }).check();
    const svg = await download('Download SVG');
    expect(svg.name).toMatch(/\.svg$/);
    expect(sniff(svg.bytes)).toBe('svg');
    const text = svg.bytes.toString('utf8');
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      if (doc.getElementsByTagName('parsererror').length > 0) return null;
      const texts = [...doc.getElementsByTagName('text')].map((el) => el.textContent ?? '');
      const colours = [...doc.querySelectorAll('[stroke],[fill]')].flatMap((el) => [
        el.getAttribute('stroke') ?? '',
        el.getAttribute('fill') ?? '',
      ]);
      return { texts, colours: [...new Set(colours)] };
    }, text);
    expect(parsed).not.toBeNull();
    if (!parsed) return;
    // A label may be wrapped over several <text> lines (hub names, two-line relation labels): the
    // lines, joined, must read the label.
    const squash = (t: string): string => t.replace(/\s+/g, ' ').trim();
    const drawn = squash(parsed.texts.join(' '));
    for (const label of expected.labels) expect(drawn).toContain(squash(label));
    const norm = (c: string): string => c.replace(/\s+/g, '');
    for (const colour of expected.edgeColors)
      expect(parsed.colours.map(norm)).toContain(norm(colour));
    await closeDialog();
  });

  it('adds the caption when asked: title, as-of date, sources; the image grows', async () => {
    await openDialog();
    await page.getByRole('radio', { name: 'PNG' }).check();
    await page.getByLabel('Size').selectOption('custom');
    await page.getByLabel('Scale').selectOption('1');
    const plain = pngSize((await download('Download PNG')).bytes);
    await page.getByRole('checkbox', { name: /Add a caption/ }).check();
    const captioned = pngSize((await download('Download PNG')).bytes);
    expect(captioned.height).toBeGreaterThan(plain.height + 60);

    await page.getByRole('radio', { name: 'SVG' }).check();
    const svg = (await download('Download SVG')).bytes.toString('utf8');
    expect(svg).toContain('Export fixture: a small network');
    expect(svg).toContain('As of 2025-10-13');
    expect(svg).toContain('A made-up report (Test Gazette)');
    await page.getByRole('checkbox', { name: /Add a caption/ }).uncheck();
    await closeDialog();
  });

  it('refuses an image past the canvas limit with a message, and offers no download', async () => {
    // Zoom far in so the current view stays small but the whole graph at 4× is huge.
    await page.evaluate(() => {
      const cy = window.__renderCy?.();
      cy?.nodes().first().position({ x: 40000, y: 0 });
    });
    await openDialog();
    await page.getByRole('radio', { name: 'PNG' }).check();
    await page.getByLabel('Size').selectOption('custom');
    await page.getByLabel('Scale').selectOption('4');
    const message = await page.getByTestId('export-size').textContent();
    expect(message).toMatch(/more than 16,384 px on a side/);
    expect(message).toMatch(/current view/);
    expect(await page.getByRole('button', { name: 'Download PNG' }).isDisabled()).toBe(true);
    await page.getByRole('radio', { name: 'Current view' }).check();
    expect(await page.getByRole('button', { name: 'Download PNG' }).isEnabled()).toBe(true);
    await closeDialog();
    await mount();
  });
});

describe('Export dialog: data', () => {
  it('downloads the dataset as JSON, GEXF, GraphML and CSV (one zip of the two tables)', async () => {
    await openDialog();
    const json = await download('JSON (Backchannel)');
    expect(json.name).toBe('export-small.json');
    expect(JSON.parse(json.bytes.toString('utf8')).actors).toHaveLength(6);
    const gexf = await download('GEXF');
    expect(gexf.bytes.toString('utf8')).toMatch(/<gexf[\s>]/);
    const graphml = await download('GraphML');
    expect(graphml.bytes.toString('utf8')).toMatch(/<graphml[\s>]/);

    // CSV: one download, a zip holding the edge table and the node table.
    const zip = await download('CSV (nodes + edges)');
    expect(zip.name).toBe('export-small.zip');
    expect(zip.bytes.subarray(0, 4).toString('hex')).toBe('504b0304');
    const listing = zip.bytes.toString('latin1');
    expect(listing).toContain('export-small.csv');
    expect(listing).toContain('export-small.nodes.csv');
    await closeDialog();
  });

  it('exports the filtered view: only the visible actors, relations cut to them', async () => {
    await mount(['other']);
    await openDialog();
    await page.getByRole('radio', { name: /Filtered view/ }).check();
    const json = await download('JSON (Backchannel)');
    expect(json.name).toBe('export-small-filtered.json');
    const ds = JSON.parse(json.bytes.toString('utf8')) as {
      actors: { id: string }[];
      relations: { id: string }[];
    };
    expect(ds.actors.map((a) => a.id)).not.toContain('other');
    expect(ds.relations.map((r) => r.id).sort()).toEqual(['summit', 'talks']);
    await closeDialog();
  });
});
