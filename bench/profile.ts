/**
 * `npx tsx bench/profile.ts [--actors 20000] [--mode auto|on|off] [--top 25] [--app <build dir>] [--total] [--stretches <ms>] [--save <file.cpuprofile>]`
 * Where one load's time goes: a CPU profile (CDP Profiler) of the app in bench/out/app (built by
 * `npm run bench`) loading bench/out/data/synthetic-<actors>.json until the hook's ready(), printed
 * as the functions with the most self time (main thread; a worker's layout is not in it) and the
 * longest tasks. The figures behind bench/README.md's "Overview" notes.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { generateDataset } from '../src/gen/generate.ts';
import { serveStatic } from '../src/render/node-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../src/render/node-browser.ts';
import { OUT } from './lib/bench.ts';
import { IN_PAGE_SCRIPT } from './lib/in-page.ts';
import type { BackchannelHook } from '../src/app/test-hook.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function selfTimes(p: Profile): { name: string; ms: number }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const file = f.url.split('/').at(-1) ?? '';
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    ms.set(key, (ms.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return [...ms].map(([name, t]) => ({ name, ms: t })).sort((a, b) => b.ms - a.ms);
}

function keyOf(f: ProfileNode['callFrame']): string {
  const file = f.url.split('/').at(-1) ?? '';
  return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
}

/** Inclusive ("total") time per function: each sample counts once for every function on its stack. */
function totalTimes(p: Profile, from = 0, to = p.samples.length): { name: string; ms: number }[] {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  p.samples.forEach((id, i) => {
    if (i < from || i >= to) return;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (n) seen.add(keyOf(n.callFrame));
    }
    for (const k of seen) ms.set(k, (ms.get(k) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return [...ms].map(([name, t]) => ({ name, ms: t })).sort((a, b) => b.ms - a.ms);
}

/** Stretches of samples without idle longer than `minMs` (the main thread's long tasks, roughly). */
function busyStretches(p: Profile, minMs: number): { from: number; to: number; ms: number }[] {
  const idle = new Set(
    p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id),
  );
  const out: { from: number; to: number; ms: number }[] = [];
  let from = -1;
  let ms = 0;
  const close = (to: number): void => {
    if (from >= 0 && ms >= minMs) out.push({ from, to, ms });
    from = -1;
    ms = 0;
  };
  p.samples.forEach((id, i) => {
    if (idle.has(id)) return close(i);
    if (from < 0) from = i;
    ms += (p.timeDeltas[i] ?? 0) / 1000;
  });
  close(p.samples.length);
  return out;
}

function printStretches(p: Profile, minMs: number, top: number): void {
  for (const s of busyStretches(p, minMs)) {
    const totals = totalTimes(p, s.from, s.to).slice(0, top);
    process.stdout.write(
      `busy stretch ${s.ms.toFixed(0)} ms:\n` +
        totals.map((t) => `${t.ms.toFixed(0).padStart(7)} ms  ${t.name}`).join('\n') +
        '\n',
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      actors: { type: 'string', default: '20000' },
      mode: { type: 'string', default: 'auto' },
      top: { type: 'string', default: '25' },
      app: { type: 'string', default: join(OUT, 'app') },
      total: { type: 'boolean', default: false },
      stretches: { type: 'string' },
      save: { type: 'string' },
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
    await page.evaluate(
      async ({ url, mode }) => {
        const w = window as unknown as { __backchannel: BackchannelHook; __text: string };
        await w.__backchannel.ready();
        w.__backchannel.overview.setMode(mode as 'auto' | 'on' | 'off');
        w.__text = await (await fetch(url)).text();
      },
      { url: `${server.url}/data/synthetic-${actors}.json`, mode: values.mode },
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const timing = await page.evaluate(async () => {
      const w = window as unknown as {
        __backchannel: BackchannelHook;
        __text: string;
        __bench: { longestTaskSince(t0: number, t1?: number): number };
      };
      // The most elements cytoscape held at any moment of the load (sampled between tasks).
      const most = { nodes: 0, edges: 0 };
      const sample = setInterval(() => {
        const cy = w.__backchannel.cy();
        most.nodes = Math.max(most.nodes, cy?.nodes().length ?? 0);
        most.edges = Math.max(most.edges, cy?.edges().length ?? 0);
      }, 20);
      const longtasks: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((l) => longtasks.push(...l.getEntries()));
      observer.observe({ type: 'longtask' });
      const t0 = performance.now();
      await w.__backchannel.load(w.__text, 'synthetic.json');
      await w.__backchannel.ready();
      const t1 = performance.now();
      clearInterval(sample);
      const cy = w.__backchannel.cy();
      const now = { nodes: cy?.nodes().length ?? 0, edges: cy?.edges().length ?? 0 };
      // The long tasks and the app's marks, in ms from the load's start.
      // Entries still queued for the callback are taken before it stops.
      longtasks.push(...observer.takeRecords());
      observer.disconnect();
      const tasks = longtasks
        .filter((e) => e.startTime + e.duration >= t0 && e.startTime <= t1)
        .map((e) => `${(e.startTime - t0).toFixed(0)}+${e.duration.toFixed(0)}`);
      const marks = performance
        .getEntries()
        .filter((e) => e.name.startsWith('backchannel') && e.startTime >= t0)
        .map((e) => `${e.name.replace('backchannel:', '')}@${(e.startTime - t0).toFixed(0)}`);
      return {
        ms: t1 - t0,
        longestTaskMs: w.__bench.longestTaskSince(t0, t1),
        most,
        now,
        tasks,
        marks,
      };
    });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    if (values.save !== undefined) writeFileSync(values.save, JSON.stringify(profile));
    const top = selfTimes(profile).slice(0, Number(values.top));
    const total = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
    process.stdout.write(
      `${actors} actors, mode ${values.mode}: load → ready ${timing.ms.toFixed(0)} ms, longest task ${timing.longestTaskMs.toFixed(0)} ms, profiled ${total.toFixed(0)} ms\n` +
        `drawn at ready: ${timing.now.nodes} nodes, ${timing.now.edges} edges; most held during the load: ${timing.most.nodes} nodes, ${timing.most.edges} edges\n` +
        `long tasks (start+ms from the load): ${timing.tasks.join(' ')}\n` +
        `marks: ${timing.marks.join(' ')}\n` +
        top.map((t) => `${t.ms.toFixed(0).padStart(7)} ms  ${t.name}`).join('\n') +
        '\n',
    );
    if (values.stretches !== undefined) {
      printStretches(profile, Number(values.stretches), Number(values.top));
    }
    if (values.total !== true) return;
    const totals = totalTimes(profile).slice(0, Number(values.top));
    process.stdout.write(
      'total (inclusive) time:\n' +
        totals.map((t) => `${t.ms.toFixed(0).padStart(7)} ms  ${t.name}`).join('\n') +
        '\n',
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`profile: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
