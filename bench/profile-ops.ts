/**
 * `npx tsx bench/profile-ops.ts [--actors 5000] [--op open|filter] [--groups 3] [--top 40] [--app <build dir>]`
 * Where an overview operation's time goes, after the load: a CPU profile (CDP Profiler) of opening the
 * largest groups of 2–500 members one at a time (`open`: each with its element counts and its time to
 * the members drawn and two frames, then closed), or of 8 toggles of the meeting filter (`filter`).
 * Prints the functions with the most self and inclusive time. Build the app unminified for readable
 * names: `npx vite build --outDir /tmp/dist-prof --minify false`, then `--app /tmp/dist-prof`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { generateDataset } from '../src/gen/generate.ts';
import { serveStatic } from '../src/render/node-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../src/render/node-browser.ts';
import { OUT } from './lib/bench.ts';
import { IN_PAGE_SCRIPT } from './lib/in-page.ts';
import { APP_UI } from './lib/app-ui.ts';
import { selfTimes, totalTimes, type Profile } from './lib/cpu-profile.ts';
import type { BackchannelHook } from '../src/app/test-hook.ts';

type Hooked = Window & {
  __backchannel: BackchannelHook;
  __bench: { frame(): Promise<number>; nextDrawn(cy: unknown, t: number): Promise<number> };
  __pending: Promise<number>;
  __clickAt: number;
};

/** Opens the `count` largest groups of 2–500 members one at a time; a line per group. */
function openGroups(page: Page, count: number): Promise<string[]> {
  return page.evaluate(async (count) => {
    const w = window as unknown as Hooked;
    const hook = w.__backchannel;
    const members = hook.state().overview.grouping?.members ?? new Map<string, string[]>();
    const picks = [...members]
      .filter(([, m]) => m.length > 1 && m.length <= 500)
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, count);
    const out: string[] = [];
    for (const [group, list] of picks) {
      const cy = hook.cy();
      const before = `${cy?.nodes().length ?? 0} nodes, ${cy?.edges().length ?? 0} edges`;
      const t0 = performance.now();
      hook.overview.open(group);
      for (;;) {
        await hook.ready();
        const now = hook.cy();
        if (now && list.every((id) => now.getElementById(id).nonempty())) break;
        await w.__bench.frame();
      }
      await w.__bench.frame();
      const ms = Math.round(performance.now() - t0);
      const after = `${cy?.nodes().length ?? 0} nodes, ${cy?.edges().length ?? 0} edges`;
      out.push(`${group} (${list.length} members): ${ms} ms; ${before} → ${after}`);
      hook.overview.close(group);
      await hook.ready();
    }
    return out;
  }, count);
}

/** Toggles the meeting filter 8 times; the time from each click to the next frame drawn. */
async function toggleFilter(page: Page): Promise<string[]> {
  const out: string[] = [];
  const box = APP_UI.relationKindFilter(page, 'meeting');
  for (let i = 0; i < 8; i++) {
    await page.evaluate(() => {
      const w = window as unknown as Hooked;
      w.__clickAt = NaN;
      document.addEventListener('click', () => (w.__clickAt = performance.now()), {
        capture: true,
        once: true,
      });
      w.__pending = w.__bench.nextDrawn(w.__backchannel.cy(), 30_000);
    });
    await box.click();
    const ms = await page.evaluate(async () => {
      const w = window as unknown as Hooked;
      return (await w.__pending) - w.__clickAt;
    });
    out.push(`toggle ${i + 1}: ${ms.toFixed(0)} ms`);
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      actors: { type: 'string', default: '5000' },
      op: { type: 'string', default: 'open' },
      groups: { type: 'string', default: '3' },
      top: { type: 'string', default: '40' },
      app: { type: 'string', default: join(OUT, 'app') },
    },
  });
  const actors = Number(values.actors);
  const data = join(OUT, 'data', `synthetic-${actors}.json`);
  if (!existsSync(data)) writeFileSync(data, JSON.stringify(generateDataset({ actors, seed: 1 })));
  const server = await serveStatic({ '/app/': values.app, '/data/': join(OUT, 'data') });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript({ content: IN_PAGE_SCRIPT });
    await page.goto(`${server.url}/app/index.html`);
    await page.waitForFunction(() => '__backchannel' in window);
    await page.evaluate(async (url) => {
      const hook = (window as unknown as Hooked).__backchannel;
      await hook.ready();
      await hook.load(await (await fetch(url)).text(), 'synthetic.json');
      await hook.ready();
    }, `${server.url}/data/synthetic-${actors}.json`);
    if (values.op === 'filter') await APP_UI.openFilters(page);
    await page.waitForTimeout(1000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const lines =
      values.op === 'filter'
        ? await toggleFilter(page)
        : await openGroups(page, Number(values.groups));
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const top = Number(values.top);
    const list = (rows: { name: string; ms: number }[]): string =>
      rows
        .slice(0, top)
        .map((t) => `${t.ms.toFixed(0).padStart(7)} ms  ${t.name}`)
        .join('\n');
    process.stdout.write(
      `${actors} actors, ${values.op}:\n${lines.join('\n')}\n` +
        `self time:\n${list(selfTimes(profile))}\ntotal (inclusive) time:\n${list(totalTimes(profile))}\n`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`profile-ops: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
