/**
 * `npx tsx bench/profile-ops.ts [--actors 5000] [--op open|filter] [--groups 3] [--top 40] [--app <build dir>]`
 * Where an overview operation's time goes, after the load: a CPU profile (CDP Profiler) of opening the
 * largest groups of 2–500 members one at a time (`open`: each with its element counts and its time to
 * the members drawn and two frames, then closed), or of 8 toggles of the meeting filter as the bench measures them (`filter`).
 * Prints the functions with the most self and inclusive time. Build the app unminified for readable
 * names: `npx vite build --outDir /tmp/dist-prof --minify false`, then `--app /tmp/dist-prof`.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { OUT } from './lib/bench.ts';
import { measureFilter } from './lib/measure.ts';
import { openProfiledApp, selfTimes, totalTimes, type Profile } from './lib/cpu-profile.ts';
import type { BackchannelHook } from '../src/app/test-hook.ts';

type Hooked = Window & {
  __backchannel: BackchannelHook;
  __bench: { frame(): Promise<number> };
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
  const opened = await openProfiledApp(actors, values.app);
  try {
    const { page } = opened;
    await page.evaluate(async (url) => {
      const hook = (window as unknown as Hooked).__backchannel;
      await hook.ready();
      await hook.load(await (await fetch(url)).text(), 'synthetic.json');
      await hook.ready();
    }, opened.dataUrl);
    await page.waitForTimeout(1000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    // The filter toggles as the bench measures them (the Filters tab opened, then 8 clicks).
    const lines =
      values.op === 'filter'
        ? (await measureFilter(page, 8)).map((ms, i) => `toggle ${i + 1}: ${ms.toFixed(0)} ms`)
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
    await opened.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`profile-ops: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
