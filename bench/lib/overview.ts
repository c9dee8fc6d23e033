/**
 * The overview rows (issue 15, item 5): the app in its default mode, where a network of
 * `OVERVIEW_THRESHOLD` actors or more opens as one node per group. One run: load → drawn, the
 * longest main-thread task meanwhile, filter and search (as the expanded rows measure them), the
 * pan + zoom gesture, then opening groups of at most `EXPAND_MAX_MEMBERS` members one at a time.
 */
import type { Browser, Page } from 'playwright-core';
import type { BackchannelHook } from '../../src/app/test-hook.ts';
import { OVERVIEW_THRESHOLD } from '../../src/ui/state/overview.ts';
import {
  fetchText,
  measureFilter,
  measureGesture,
  measureSearch,
  newPage,
  type RunOptions,
} from './measure.ts';
import { median, percentile } from './stats.ts';

/** The largest group the expand row opens (issue 15: "a group of ≤ 500 members"). */
export const EXPAND_MAX_MEMBERS = 500;

export interface OverviewRun {
  /** Load start → the overview drawn and laid out (the hook's ready(), then a frame). */
  firstFrameMs: number;
  longestTaskMs: number;
  filterMs: number[];
  searchMs: number[];
  panFps: number;
  /** Opening one group → its members drawn (then a frame). */
  expandMs: number[];
  /** Nodes drawn in the overview (groups and lone actors), and the groups' sizes opened. */
  nodes: number;
  groups: number;
  expandMembers: number[];
}

/** What results.json keeps per size (`overview`), or null with the reason. */
export interface OverviewResult {
  firstFrameMs: number;
  filterP95Ms: number;
  searchP95Ms: number;
  longestTaskMs: number;
  panFps: number;
  expandP95Ms: number;
  /** Context: nodes drawn closed, groups, members of the groups opened by the expand row. */
  nodes: number;
  groups: number;
  expandMembers: number[];
  runs: number;
}

type Hooked = { __backchannel: BackchannelHook };

async function loadOverview(
  page: Page,
  timeoutMs: number,
): Promise<Pick<OverviewRun, 'firstFrameMs' | 'longestTaskMs' | 'nodes' | 'groups'>> {
  return page.evaluate(async (timeout) => {
    const w = window as unknown as Hooked & {
      __text: string;
      __bench: { longestTaskSince(t0: number, t1?: number): number };
    };
    const hook = w.__backchannel;
    const t0 = performance.now();
    const result = await hook.load(w.__text, 'synthetic.json');
    if (!result.ok) throw new Error(`the app refused the dataset: ${JSON.stringify(result)}`);
    const until = performance.now() + timeout;
    // ready() waits for the drawn scene; the overview also needs its grouping.
    for (;;) {
      await hook.ready();
      if (hook.state().overview.grouping !== undefined) break;
      if (performance.now() > until) throw new Error('no overview grouping in time');
    }
    const t1 = performance.now();
    const cy = hook.cy();
    return {
      firstFrameMs: t1 - t0,
      longestTaskMs: w.__bench.longestTaskSince(t0, t1),
      nodes: cy?.nodes().length ?? 0,
      groups: hook.state().overview.grouping?.members.size ?? 0,
    };
  }, timeoutMs);
}

/** Opens `count` groups of 2..max members (largest first), one at a time: open → members drawn. */
async function measureExpand(
  page: Page,
  count: number,
  timeoutMs: number,
): Promise<{ expandMs: number[]; expandMembers: number[] }> {
  return page.evaluate(
    async ({ count, max, timeout }) => {
      const w = window as unknown as Hooked & { __bench: { frame(): Promise<number> } };
      const hook = w.__backchannel;
      const members = hook.state().overview.grouping?.members ?? new Map<string, string[]>();
      const picks = [...members]
        .filter(([, m]) => m.length > 1 && m.length <= max)
        .sort((a, b) => b[1].length - a[1].length)
        .slice(0, count);
      const expandMs: number[] = [];
      for (const [group, list] of picks) {
        const t0 = performance.now();
        hook.overview.open(group);
        const until = t0 + timeout;
        for (;;) {
          await hook.ready();
          const cy = hook.cy();
          if (cy && list.every((id) => cy.getElementById(id).nonempty())) break;
          if (performance.now() > until) throw new Error(`group ${group} not drawn open`);
          await w.__bench.frame();
        }
        expandMs.push(performance.now() - t0);
        hook.overview.close(group);
        await hook.ready();
      }
      return { expandMs, expandMembers: picks.map(([, m]) => m.length) };
    },
    { count, max: EXPAND_MAX_MEMBERS, timeout: timeoutMs },
  );
}

/** Closes every open group (a search opens the group of the actor it finds). */
async function closeAll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const hook = (window as unknown as Hooked).__backchannel;
    for (const g of hook.state().overview.expanded) hook.overview.close(g);
    await hook.ready();
  });
}

export async function runOverview(
  browser: Browser,
  origin: string,
  dataUrl: string,
  searchFor: { id: string; name: string }[],
  opts: RunOptions & { expands: number },
): Promise<OverviewRun> {
  const page = await newPage(browser, `${origin}/app/index.html`);
  try {
    await page.waitForFunction(() => '__backchannel' in window, undefined, {
      timeout: opts.timeoutMs,
    });
    await page.evaluate(() => (window as unknown as Hooked).__backchannel.ready());
    await fetchText(page, dataUrl);
    const load = await loadOverview(page, opts.timeoutMs);
    const filterMs = await measureFilter(page, opts.toggles);
    const searchMs = await measureSearch(page, searchFor, opts, () => closeAll(page));
    const gesture = await measureGesture(page, opts.gestureMs);
    const expand = await measureExpand(page, opts.expands, Math.min(opts.timeoutMs, 60_000));
    return { ...load, filterMs, searchMs, panFps: gesture.fps, ...expand };
  } finally {
    await page.context().close();
  }
}

/** Whether the app opens a network of `actors` actors as the overview (its default mode). */
export function overviewShownAt(actors: number): boolean {
  return actors >= OVERVIEW_THRESHOLD;
}

export function summarizeOverview(runs: OverviewRun[]): OverviewResult | null {
  if (runs.length === 0) return null;
  const med = (f: (r: OverviewRun) => number): number => median(runs.map(f));
  const last = runs.at(-1) as OverviewRun;
  return {
    firstFrameMs: med((r) => r.firstFrameMs),
    filterP95Ms: percentile(
      runs.flatMap((r) => r.filterMs),
      95,
    ),
    searchP95Ms: percentile(
      runs.flatMap((r) => r.searchMs),
      95,
    ),
    longestTaskMs: med((r) => r.longestTaskMs),
    panFps: med((r) => r.panFps),
    expandP95Ms: percentile(
      runs.flatMap((r) => r.expandMs),
      95,
    ),
    nodes: last.nodes,
    groups: last.groups,
    expandMembers: last.expandMembers,
    runs: runs.length,
  };
}
