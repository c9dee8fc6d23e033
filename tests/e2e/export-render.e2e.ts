/**
 * The render page and `backchannel render`: PNG, JPEG and SVG of a small fixture, the SVG's
 * fidelity to the PNG (cytoscape-svg's known losses are repaired), the caption, and the refusal of
 * an image past the canvas limit.
 */
import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import type { RenderOptions, RenderResult } from '../../src/render/protocol.ts';
import { jpegSize, pngSize, sniff, startHarness, type Harness } from './export-helpers.ts';

const FIXTURE = path.resolve('tests/e2e/fixtures/export-small.json');
let harness: Harness;
let page: Page;
let fixture: string;

const BASE: RenderOptions = {
  format: 'png',
  scale: 1,
  view: 'actors',
  caption: false,
  theme: 'light',
};

async function render(options: Partial<RenderOptions>): Promise<RenderResult> {
  return page.evaluate(
    ({ text, o }) =>
      window.__render?.(text, undefined, o) ??
      Promise.resolve({ ok: false as const, message: 'no __render' }),
    { text: fixture, o: { ...BASE, ...options } },
  );
}

function bytesOf(result: RenderResult): Buffer {
  if (!result.ok) throw new Error(result.message);
  return Buffer.from(result.base64, 'base64');
}

beforeAll(async () => {
  fixture = await readFile(FIXTURE, 'utf8');
  harness = await startHarness();
  page = await harness.browser.newPage({ deviceScaleFactor: 1 });
  await page.goto(`${harness.url}/render.html`);
  await page.waitForFunction(() => typeof window.__render === 'function');
});

afterAll(async () => {
  await harness?.close();
});

describe('render page', () => {
  it('renders PNG at scale 1 and 2 with matching pixel sizes', async () => {
    const one = await render({ scale: 1 });
    const two = await render({ scale: 2 });
    const b1 = bytesOf(one);
    const b2 = bytesOf(two);
    expect(sniff(b1)).toBe('png');
    expect(b1.length).toBeGreaterThan(2000);
    const s1 = pngSize(b1);
    const s2 = pngSize(b2);
    expect(one.ok && [one.width, one.height]).toEqual([s1.width, s1.height]);
    expect(Math.abs(s2.width - 2 * s1.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(s2.height - 2 * s1.height)).toBeLessThanOrEqual(2);
  });

  it('renders a JPEG, white where the PNG would be transparent', async () => {
    const result = await render({ format: 'jpeg', background: 'transparent' });
    const bytes = bytesOf(result);
    expect(sniff(bytes)).toBe('jpeg');
    expect(jpegSize(bytes).width).toBeGreaterThan(100);
    const corner = await page.evaluate(
      async (b64) => {
        const img = new Image();
        img.src = `data:image/jpeg;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d');
        ctx?.drawImage(img, 0, 0);
        return Array.from(ctx?.getImageData(1, 1, 1, 1).data ?? []);
      },
      result.ok ? result.base64 : '',
    );
    for (const channel of corner.slice(0, 3)) expect(channel).toBeGreaterThan(245);
  });

  it.each(['actors', 'events'] as const)(
    '%s view: the SVG draws what the PNG draws (shapes, colours, labels), flat',
    async (view) => {
      const png = await render({ format: 'png', scale: 2, view });
      const svg = await render({ format: 'svg', scale: 2, view });
      expect(png.ok && svg.ok).toBe(true);
      if (!png.ok || !svg.ok) return;
      expect([svg.width, svg.height]).toEqual([png.width, png.height]);
      const diff = await page.evaluate(
        async ({ a, b, w, h }) => {
          const load = async (src: string): Promise<Uint8ClampedArray> => {
            const img = new Image();
            img.src = src;
            await img.decode();
            const c = document.createElement('canvas');
            c.width = w;
            c.height = h;
            const ctx = c.getContext('2d');
            if (!ctx) throw new Error('no 2d context');
            ctx.fillStyle = '#fff';
            ctx.fillRect(0, 0, w, h);
            ctx.drawImage(img, 0, 0, w, h);
            return ctx.getImageData(0, 0, w, h).data;
          };
          const p = await load(`data:image/png;base64,${a}`);
          const s = await load(`data:image/svg+xml;base64,${b}`);
          // The share of differing pixels in the worst 16 × 16 block: anti-aliasing and text
          // rasterisation differ by a few pixels per block; a lost shape or colour fills blocks.
          const B = 16;
          let worst = 0;
          for (let by = 0; by < h; by += B) {
            for (let bx = 0; bx < w; bx += B) {
              let differing = 0;
              let total = 0;
              for (let y = by; y < Math.min(by + B, h); y++) {
                for (let x = bx; x < Math.min(bx + B, w); x++) {
                  const i = (y * w + x) * 4;
                  const d = Math.max(
                    Math.abs((p[i] ?? 0) - (s[i] ?? 0)),
                    Math.abs((p[i + 1] ?? 0) - (s[i + 1] ?? 0)),
                    Math.abs((p[i + 2] ?? 0) - (s[i + 2] ?? 0)),
                  );
                  if (d > 40) differing++;
                  total++;
                }
              }
              worst = Math.max(worst, differing / total);
            }
          }
          return worst;
        },
        { a: png.base64, b: svg.base64, w: png.width, h: png.height },
      );
      expect(diff).toBeLessThan(0.5); // measured: 0.22 repaired, 1.0 with the round-tag shape lost
      const text = Buffer.from(svg.base64, 'base64').toString('utf8');
      // canvas2svg nests a group per transform; the export flattens them (libxml2 refuses > 256).
      const depth = await page.evaluate((t) => {
        const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
        let max = 0;
        const stack: [Element, number][] = [[doc.documentElement, 1]];
        while (stack.length > 0) {
          const [el, d] = stack.pop() as [Element, number];
          max = Math.max(max, d);
          for (const c of Array.from(el.children)) stack.push([c, d + 1]);
        }
        return max;
      }, text);
      expect(depth).toBeLessThanOrEqual(6);
      for (const name of ['Landia', 'Alice Envoy', 'Bob Mediator', 'Group Org', 'Other Party']) {
        expect(text).toMatch(new RegExp(`<text[^>]*>${name}</text>`));
      }
    },
  );

  it('adds the caption below the graph when asked', async () => {
    const plain = bytesOf(await render({ scale: 1 }));
    const captioned = bytesOf(await render({ scale: 1, caption: true }));
    expect(pngSize(captioned).height).toBeGreaterThan(pngSize(plain).height + 60);
    const svg = bytesOf(await render({ format: 'svg', caption: true })).toString('utf8');
    expect(svg).toContain('>Export fixture: a small network</text>');
    expect(svg).toContain('>As of 2025-10-13</text>');
  });

  it('refuses an image past the canvas limit, saying what to lower', async () => {
    const result = await render({ scale: 400 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/The image would be [\d,]+ × [\d,]+ px/);
    expect(result.message).toMatch(/lower the scale/);
    // SVG is vector: the same size is written, no canvas is involved.
    const svg = await render({ scale: 400, format: 'svg' });
    expect(svg.ok).toBe(true);
  });

  it("documents Chrome's behaviour: cy.png past the limit gives the empty 'data:,' image", async () => {
    await render({ scale: 1 });
    const url = await page.evaluate(() =>
      window.__renderCy?.()?.png({ full: true, maxWidth: 70_000, maxHeight: 70_000 }),
    );
    expect(url).toBe('data:,');
  });
});

describe('backchannel render', () => {
  it('writes a PNG and an SVG of the fixture', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bc-render-'));
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd: dir };
    expect(
      await run(['render', FIXTURE, '--format', 'png', '--out', 'net.png', '--scale', '2'], io),
    ).toBe(0);
    expect(await run(['render', FIXTURE, '--out', 'net.svg', '--caption'], io)).toBe(0);
    const png = await readFile(path.join(dir, 'net.png'));
    expect(sniff(png)).toBe('png');
    expect(pngSize(png).width).toBeGreaterThan(200);
    const svg = (await readFile(path.join(dir, 'net.svg'))).toString('utf8');
    expect(sniff(Buffer.from(svg))).toBe('svg');
    expect(svg).toMatch(/<text[^>]*>Alice Envoy<\/text>/);
    expect(svg).toContain('Export fixture: a small network');
    expect(out.join('\n')).toMatch(/net\.png: PNG, \d+ × \d+ px/);
  });

  it('--preset web writes a PNG exactly 700 px wide and says how big its labels came out', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bc-render-'));
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), cwd: dir };
    const gaza = path.resolve('graph-data/gaza-ceasefire-2025.json');
    const args = ['render', gaza, '--out', 'web.png', '--preset', 'web', '--caption'];
    expect(await run([...args, '--credit', 'Graphic: test'], io)).toBe(0);
    const png = await readFile(path.join(dir, 'web.png'));
    expect(sniff(png)).toBe('png');
    expect(pngSize(png).width).toBe(700);
    const labels = /actor labels (\d+(?:\.\d+)?) px/.exec(out.join('\n'));
    expect(Number(labels?.[1])).toBeGreaterThanOrEqual(12);
  });
});
