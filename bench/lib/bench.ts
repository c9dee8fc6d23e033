/**
 * The benchmark: per size, in headless Chromium, the production app against the bare page
 * (cytoscape alone, same elements, stylesheet and layout), median of `runs` runs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { generateDataset } from '../../src/gen/generate.ts';
import { parseDataset } from '../../src/model/validate.ts';
import { projectDataset } from '../../src/graph/project.ts';
import { LARGE_GRAPH_THRESHOLD } from '../../src/cy/large-mode.ts';
import { pageJsSizes } from './jssize.ts';
import {
  runApp,
  runBare,
  runProbe,
  type PageRun,
  type ProbeRun,
  type RunOptions,
} from './measure.ts';
import { serveStatic } from '../../src/render/node-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/render/node-browser.ts';
import { median, percentile } from './stats.ts';
import {
  overviewShownAt,
  runOverview,
  summarizeOverview,
  type OverviewResult,
  type OverviewRun,
} from './overview.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = join(ROOT, 'bench/out');

// The same Chromium, found the same way, as `backchannel render` and the e2e tests use.
export { CHROMIUM_ARGS, chromiumPath } from '../../src/render/node-browser.ts';

export interface BenchOptions {
  sizes: number[];
  runs: number;
  seed?: number;
  /** An already built app (e.g. dist/ from the e2e setup); default: build into bench/out/app. */
  appDir?: string;
  /** Skip building the bench pages (already in bench/out/pages). */
  skipPagesBuild?: boolean;
  /** Per-run options (toggles, searches, gesture length). */
  run?: Partial<RunOptions>;
  /** Groups opened per overview run (the expand row). */
  expands?: number;
  log?: (line: string) => void;
}

export interface SizeResult {
  actors: number;
  /** Runs measured for this size (the medians are over these). */
  runs: number;
  nodes: number;
  edges: number;
  validateNodeMs: number;
  projectNodeMs: number;
  validateBrowserMs: number;
  projectBrowserMs: number;
  firstFrameAppMs: number;
  firstFrameBareMs: number;
  firstFrameRatio: number;
  /** The default layout's time (the app's layout events; the bare page's where the app has none). */
  layoutMs: number;
  layoutBareMs: number;
  appReadyMs: number;
  filterP50Ms: number;
  filterP95Ms: number;
  bareFilterP95Ms: number;
  searchP50Ms: number;
  searchP95Ms: number;
  /** An edit (a new actor and its meeting) drawn in place while editing, to its frame (issue 13). */
  editP50Ms: number;
  editP95Ms: number;
  /** Its undo (the dataset before it given back), to its frame. */
  undoP50Ms: number;
  undoP95Ms: number;
  /** The floor under both: a node and an edge added straight to the same Core, to its frame. */
  editFloorP50Ms?: number;
  editFloorP95Ms?: number;
  panFps: number;
  barePanFps: number;
  /** Pan+zoom fps after each gesture phase's first frame (the viewport texture's). */
  panSteadyFps: number;
  barePanSteadyFps: number;
  frameMs: number;
  bareFrameMs: number;
  pngMs: number;
  barePngMs: number;
  heapMB: number;
  bareHeapMB: number;
  longestTaskMs: number;
  bareLongestTaskMs: number;
  largeGraphMode: boolean;
  /**
   * The default mode at this size (issue 15): the overview, one node per group. Absent below
   * `OVERVIEW_THRESHOLD` actors (the app draws every actor there); null when its run failed.
   */
  overview?: OverviewResult | null;
  /** Why `overview` is null, when it was written by hand after a failed run. */
  overviewNote?: string;
  errors: string[];
}

export interface BenchResults {
  date: string;
  machine: { cpu: string; cores: number; node: string; chromium: string };
  runs: number;
  seed: number;
  largeGraphThreshold: number;
  /** App JS / bare page JS, gzip, of what each page downloads before its first graph (issue 6). */
  jsGzipRatio: number;
  /** The same ratio over everything each page can load (lazy chunks and workers included). */
  jsGzipRatioAll: number;
  /** Initial JS, gzip -9 (see bench/lib/jssize.ts). */
  appJsGzipBytes: number;
  bareJsGzipBytes: number;
  /** All JS, gzip -9. */
  appJsGzipBytesAll: number;
  bareJsGzipBytesAll: number;
  sizes: SizeResult[];
}

const DEFAULT_RUN: RunOptions = {
  toggles: 10,
  searches: 6,
  gestureMs: 2_000,
  edits: 10,
  timeoutMs: 180_000,
};

export async function buildPages(log: (s: string) => void, appDir?: string): Promise<void> {
  const { build } = await import('vite');
  if (appDir === undefined) {
    log('building the app (vite build) into bench/out/app …');
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      root: ROOT,
      logLevel: 'warn',
      build: { outDir: join(OUT, 'app'), emptyOutDir: true },
    });
  }
  log('building the bench pages (bare, probe) into bench/out/pages …');
  await build({ configFile: join(ROOT, 'bench/vite.config.ts'), logLevel: 'warn' });
}

function nodeTimes(text: string, runs: number): { validate: number; project: number } {
  const v: number[] = [];
  const p: number[] = [];
  for (let i = 0; i < Math.max(3, runs); i++) {
    const t0 = performance.now();
    const r = parseDataset(text);
    const t1 = performance.now();
    if (!r.ok)
      throw new Error(`generated dataset invalid: ${JSON.stringify(r.problems.slice(0, 3))}`);
    projectDataset(r.dataset);
    p.push(performance.now() - t1);
    v.push(t1 - t0);
  }
  return { validate: median(v), project: median(p) };
}

/** Actors to search for: persons spread over the dataset (their names are unique). */
function searchTargets(ds: ReturnType<typeof generateDataset>): { id: string; name: string }[] {
  const persons = ds.actors.filter((a) => a.kind === 'person');
  const step = Math.max(1, Math.floor(persons.length / 7));
  const out: { id: string; name: string }[] = [];
  for (let i = step; i < persons.length && out.length < 6; i += step) {
    const a = persons[i] as { id: string; name: string };
    out.push({ id: a.id, name: a.name });
  }
  const first = ds.actors[0] as { id: string; name: string };
  return out.length > 0 ? out : [{ id: first.id, name: first.name }];
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const log = options.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  const runOpts: RunOptions = { ...DEFAULT_RUN, ...options.run };
  const seed = options.seed ?? 1;
  mkdirSync(join(OUT, 'data'), { recursive: true });
  if (!options.skipPagesBuild || options.appDir === undefined) {
    await buildPages(log, options.appDir);
  }
  const appDir = options.appDir ?? join(OUT, 'app');
  const appJs = pageJsSizes(join(appDir, 'index.html'));
  const bareJs = pageJsSizes(join(OUT, 'pages/bare.html'));

  const server = await serveStatic({
    '/app/': appDir,
    '/pages/': join(OUT, 'pages'),
    '/data/': join(OUT, 'data'),
  });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const sizes: SizeResult[] = [];
    for (const actors of options.sizes) {
      const ds = generateDataset({ actors, seed });
      const text = JSON.stringify(ds);
      writeFileSync(join(OUT, 'data', `synthetic-${actors}.json`), text);
      const dataUrl = `${server.url}/data/synthetic-${actors}.json`;
      const node = nodeTimes(text, options.runs);
      log(`${actors} actors: node parse+validate ${node.validate.toFixed(0)} ms`);
      const probes: ProbeRun[] = [];
      const bares: PageRun[] = [];
      const apps: PageRun[] = [];
      const errors: string[] = [];
      const names = searchTargets(ds);
      for (let r = 0; r < options.runs; r++) {
        probes.push(await runProbe(browser, server.url, dataUrl));
        bares.push(await runBare(browser, server.url, dataUrl, runOpts));
        try {
          apps.push(await runApp(browser, server.url, dataUrl, actors, names, runOpts));
        } catch (e) {
          errors.push(`app run ${r + 1}: ${(e as Error).message.split('\n')[0]}`);
        }
        log(`  run ${r + 1}/${options.runs} done${errors.length ? ` (${errors.at(-1)})` : ''}`);
      }
      const size = summarize(actors, node, probes, bares, apps, errors);
      if (overviewShownAt(actors)) {
        size.overview = await overviewRuns(browser, server.url, dataUrl, names, options, errors);
      }
      sizes.push(size);
    }
    return {
      date: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        cores: cpus().length,
        node: process.version,
        chromium: browser.version(),
      },
      runs: options.runs,
      seed,
      largeGraphThreshold: LARGE_GRAPH_THRESHOLD,
      jsGzipRatio: appJs.initial.gzipBytes / bareJs.initial.gzipBytes,
      jsGzipRatioAll: appJs.all.gzipBytes / bareJs.all.gzipBytes,
      appJsGzipBytes: appJs.initial.gzipBytes,
      bareJsGzipBytes: bareJs.initial.gzipBytes,
      appJsGzipBytesAll: appJs.all.gzipBytes,
      bareJsGzipBytesAll: bareJs.all.gzipBytes,
      sizes,
    };
  } finally {
    await browser?.close();
    await server.close();
  }
}

async function overviewRuns(
  browser: Browser,
  origin: string,
  dataUrl: string,
  names: { id: string; name: string }[],
  options: BenchOptions,
  errors: string[],
): Promise<OverviewResult | null> {
  const log = options.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  const opts = { ...DEFAULT_RUN, ...options.run, expands: options.expands ?? 6 };
  const runs: OverviewRun[] = [];
  for (let r = 0; r < options.runs; r++) {
    try {
      runs.push(await runOverview(browser, origin, dataUrl, names, opts));
    } catch (e) {
      errors.push(`overview run ${r + 1}: ${(e as Error).message.split('\n')[0]}`);
    }
    log(
      `  overview run ${r + 1}/${options.runs} done${errors.length ? ` (${errors.at(-1)})` : ''}`,
    );
  }
  return summarizeOverview(runs);
}

/**
 * The overview rows alone (`npm run bench -- --overview-only`): per size at or above the threshold,
 * its `overview` result and any errors, to merge into a results file measured before.
 */
export async function runOverviewBench(
  options: BenchOptions,
): Promise<Map<number, { overview: OverviewResult | null; errors: string[] }>> {
  const log = options.log ?? ((s: string) => process.stderr.write(`${s}\n`));
  const seed = options.seed ?? 1;
  mkdirSync(join(OUT, 'data'), { recursive: true });
  await buildPages(log, options.appDir);
  const appDir = options.appDir ?? join(OUT, 'app');
  const server = await serveStatic({ '/app/': appDir, '/data/': join(OUT, 'data') });
  let browser: Browser | undefined;
  const out = new Map<number, { overview: OverviewResult | null; errors: string[] }>();
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    for (const actors of options.sizes.filter(overviewShownAt)) {
      const ds = generateDataset({ actors, seed });
      writeFileSync(join(OUT, 'data', `synthetic-${actors}.json`), JSON.stringify(ds));
      const dataUrl = `${server.url}/data/synthetic-${actors}.json`;
      const errors: string[] = [];
      const names = searchTargets(ds);
      log(`${actors} actors: overview`);
      const overview = await overviewRuns(browser, server.url, dataUrl, names, options, errors);
      out.set(actors, { overview, errors });
    }
    return out;
  } finally {
    await browser?.close();
    await server.close();
  }
}

function summarize(
  actors: number,
  node: { validate: number; project: number },
  probes: ProbeRun[],
  bares: PageRun[],
  apps: PageRun[],
  errors: string[],
): SizeResult {
  const m = <T>(xs: T[], f: (x: T) => number): number => median(xs.map(f));
  /** The p-th percentile of the samples of every run pooled. */
  const pct = (xs: PageRun[], f: (x: PageRun) => number[], p: number): number =>
    percentile(xs.flatMap(f), p);
  const firstFrameAppMs = m(apps, (a) => a.firstFrameMs);
  const firstFrameBareMs = m(bares, (b) => b.firstFrameMs);
  const appLayout = m(apps, (a) => a.layoutMs);
  const layoutBareMs = m(bares, (b) => b.layoutMs);
  return {
    actors,
    runs: bares.length,
    nodes: m(bares, (b) => b.nodes),
    edges: m(bares, (b) => b.edges),
    validateNodeMs: node.validate,
    projectNodeMs: node.project,
    validateBrowserMs: m(probes, (p) => p.parseValidateMs),
    projectBrowserMs: m(probes, (p) => p.projectMs),
    firstFrameAppMs,
    firstFrameBareMs,
    firstFrameRatio: firstFrameAppMs / firstFrameBareMs,
    layoutMs: Number.isFinite(appLayout) ? appLayout : layoutBareMs,
    layoutBareMs,
    appReadyMs: m(apps, (a) => a.readyMs),
    filterP50Ms: pct(apps, (a) => a.filterMs, 50),
    filterP95Ms: pct(apps, (a) => a.filterMs, 95),
    bareFilterP95Ms: pct(bares, (b) => b.filterMs, 95),
    searchP50Ms: pct(apps, (a) => a.searchMs, 50),
    searchP95Ms: pct(apps, (a) => a.searchMs, 95),
    editP50Ms: pct(apps, (a) => a.editMs, 50),
    editP95Ms: pct(apps, (a) => a.editMs, 95),
    undoP50Ms: pct(apps, (a) => a.undoMs, 50),
    undoP95Ms: pct(apps, (a) => a.undoMs, 95),
    editFloorP50Ms: pct(apps, (a) => a.floorMs, 50),
    editFloorP95Ms: pct(apps, (a) => a.floorMs, 95),
    panFps: m(apps, (a) => a.panFps),
    barePanFps: m(bares, (b) => b.panFps),
    panSteadyFps: m(apps, (a) => a.panSteadyFps),
    barePanSteadyFps: m(bares, (b) => b.panSteadyFps),
    frameMs: m(apps, (a) => a.frameMs),
    bareFrameMs: m(bares, (b) => b.frameMs),
    pngMs: m(apps, (a) => a.pngMs),
    barePngMs: m(bares, (b) => b.pngMs),
    heapMB: m(apps, (a) => a.heapMB),
    bareHeapMB: m(bares, (b) => b.heapMB),
    longestTaskMs: m(apps, (a) => a.longestTaskMs),
    bareLongestTaskMs: m(bares, (b) => b.longestTaskMs),
    largeGraphMode: actors > LARGE_GRAPH_THRESHOLD,
    errors,
  };
}

/** Reads a results file written by a previous run. */
export function readResults(path: string): BenchResults {
  return JSON.parse(readFileSync(path, 'utf8')) as BenchResults;
}
