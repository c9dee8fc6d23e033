/**
 * `npx tsx bench/levers.ts [--sizes 300,600,1000,2000] [--options-sizes 5000]`
 * The measurements behind the large-graph mode's choices, on the bare page (cytoscape alone):
 *  1. the threshold: the app's fcose layout against the large-graph layout, by size;
 *  2. cytoscape's options: none, the large-graph set, and the same with the WebGL renderer:
 *     first frame, hiding one relation kind, pan+zoom fps.
 * Run `npm run bench` once first (it builds bench/out/pages).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { generateDataset } from '../src/gen/generate.ts';
import { CHROMIUM_ARGS, OUT, buildPages } from './lib/bench.ts';
import { IN_PAGE_SCRIPT } from './lib/in-page.ts';
import { serveStatic } from '../src/render/node-server.ts';
import { median } from './lib/stats.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '300,600,1000,2000' },
    'options-sizes': { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
    build: { type: 'boolean', default: false },
  },
});
const list = (s: string): number[] =>
  s
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
const runs = Number(values.runs);

if (values.build) await buildPages((s) => process.stderr.write(`${s}\n`), join(OUT, 'app'));
mkdirSync(join(OUT, 'data'), { recursive: true });
const server = await serveStatic({ '/pages/': join(OUT, 'pages'), '/data/': join(OUT, 'data') });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});

async function onBare<T>(actors: number, mode: string, body: string): Promise<T> {
  const file = `synthetic-${actors}.json`;
  writeFileSync(join(OUT, 'data', file), JSON.stringify(generateDataset({ actors, seed: 1 })));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript({ content: IN_PAGE_SCRIPT });
  await page.goto(`${server.url}/pages/bare.html?mode=${mode}`);
  try {
    return (await page.evaluate(`(async () => {
      const text = await (await fetch('/data/${file}')).text();
      const bare = window.__bare;
      ${body}
    })()`)) as T;
  } finally {
    await context.close();
  }
}

const lines: string[] = [];
const say = (s: string): void => {
  lines.push(s);
  process.stdout.write(`${s}\n`);
};

say(
  "Layout time (ms), bare page, median of runs: the app's fcose options vs the large-graph layout",
);
say('| actors | fcose (app options) | large-graph layout (worker) |');
say('|---:|---:|---:|');
for (const n of list(values.sizes)) {
  const f: number[] = [];
  const l: number[] = [];
  for (let r = 0; r < runs; r++) {
    f.push(
      await onBare<number>(n, 'plain', `await bare.load(text); return bare.layoutWith('fcose');`),
    );
    l.push(
      await onBare<number>(n, 'plain', `await bare.load(text); return bare.layoutWith('large');`),
    );
  }
  say(`| ${n} | ${median(f).toFixed(0)} | ${median(l).toFixed(0)} |`);
}

say('');
say('cytoscape options, bare page, laid out by the large-graph layout (median of runs)');
say('| actors | options | first frame (ms) | hide a kind (ms) | pan+zoom fps |');
say('|---:|---|---:|---:|---:|');
for (const n of list(values['options-sizes'])) {
  for (const mode of ['plain', 'large', 'webgl']) {
    const rs: { first: number; hide: number; fps: number }[] = [];
    for (let r = 0; r < runs; r++) {
      rs.push(
        await onBare(
          n,
          mode,
          `const l = await bare.load(text);
           await bare.layoutWith('large');
           const cy = bare.cy();
           const t0 = performance.now();
           const drawn = window.__bench.nextDrawn(cy, 60000);
           cy.batch(() => cy.edges('[kind = "meeting"]').addClass('bc-hidden'));
           const hide = (await drawn) - t0;
           cy.autoungrabify(true);
           const g = await window.__bench.gesture(cy, 2000);
           return { first: l.firstFrameMs, hide, fps: g.fps };`,
        ),
      );
    }
    say(
      `| ${n} | ${mode} | ${median(rs.map((x) => x.first)).toFixed(0)} | ${median(rs.map((x) => x.hide)).toFixed(0)} | ${median(rs.map((x) => x.fps)).toFixed(1)} |`,
    );
  }
}
await browser.close();
await server.close();
writeFileSync(join(OUT, 'levers.md'), `${lines.join('\n')}\n`);
