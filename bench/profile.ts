/**
 * `npx tsx bench/profile.ts [--actors 20000] [--mode auto|on|off] [--top 25] [--app <build dir>] [--total] [--stretches <ms>] [--save <file.cpuprofile>]`
 * Where one load's time goes: a CPU profile (CDP Profiler) of the app in bench/out/app (built by
 * `npm run bench`) loading bench/out/data/synthetic-<actors>.json until the hook's ready(), printed
 * as the functions with the most self time (main thread; a worker's layout is not in it) and the
 * longest tasks. The figures behind bench/README.md's "Overview" notes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { OUT } from './lib/bench.ts';
import {
  openProfiledApp,
  printStretches,
  selfTimes,
  totalTimes,
  type Profile,
} from './lib/cpu-profile.ts';
import type { BackchannelHook } from '../src/app/test-hook.ts';

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
  const opened = await openProfiledApp(actors, values.app);
  try {
    const { page } = opened;
    await page.evaluate(
      async ({ url, mode }) => {
        const w = window as unknown as { __backchannel: BackchannelHook; __text: string };
        await w.__backchannel.ready();
        w.__backchannel.overview.setMode(mode as 'auto' | 'on' | 'off');
        w.__text = await (await fetch(url)).text();
      },
      { url: opened.dataUrl, mode: values.mode },
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
    await opened.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`profile: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
