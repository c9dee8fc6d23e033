/** The results as one text table (one column per size) and the targets of issue 6, met or not. */
import type { BenchResults, SizeResult } from './bench.ts';

type Row = [label: string, value: (s: SizeResult) => number, digits?: number];

const ROWS: Row[] = [
  ['runs (medians over)', (s) => s.runs ?? NaN],
  ['nodes / edges drawn', (s) => s.nodes],
  ['parse+validate, Node (ms)', (s) => s.validateNodeMs],
  ['parse+validate, browser (ms)', (s) => s.validateBrowserMs],
  ['projection, Node / browser (ms)', (s) => s.projectNodeMs],
  ['first frame, app (ms)', (s) => s.firstFrameAppMs],
  ['first frame, bare (ms)', (s) => s.firstFrameBareMs],
  ['first frame ratio app/bare', (s) => s.firstFrameRatio, 2],
  ['default layout (ms)', (s) => s.layoutMs],
  ['  same layout, bare page (ms)', (s) => s.layoutBareMs],
  ['load → ready, app (ms)', (s) => s.appReadyMs],
  ['filter toggle p50 / p95 (ms)', (s) => s.filterP50Ms],
  ['  bare: hide a kind, p95 (ms)', (s) => s.bareFilterP95Ms],
  ['search → selection p50 / p95 (ms)', (s) => s.searchP50Ms],
  ['edit drawn p50 / p95 (ms)', (s) => s.editP50Ms ?? NaN],
  ['undo drawn p50 / p95 (ms)', (s) => s.undoP50Ms ?? NaN],
  ['  floor: cytoscape adds one, p50 / p95 (ms)', (s) => s.editFloorP50Ms ?? NaN],
  ['pan+zoom fps, app / bare', (s) => s.panFps, 1],
  ['  after the first frame, app / bare', (s) => s.panSteadyFps, 1],
  ['pan+zoom frame median, app / bare (ms)', (s) => s.frameMs, 1],
  ['PNG export, app / bare (ms)', (s) => s.pngMs],
  ['JS heap after load, app / bare (MB)', (s) => s.heapMB, 1],
  ['longest main-thread task, app / bare (ms)', (s) => s.longestTaskMs],
  ['overview: groups / nodes drawn', (s) => s.overview?.groups ?? NaN],
  ['overview: load → drawn (ms)', (s) => s.overview?.firstFrameMs ?? NaN],
  ['overview: filter / search p95 (ms)', (s) => s.overview?.filterP95Ms ?? NaN],
  ['overview: longest task while loading (ms)', (s) => s.overview?.longestTaskMs ?? NaN],
  ['overview: pan+zoom fps', (s) => s.overview?.panFps ?? NaN, 1],
  ['overview: open a group (≤ 500) p95 (ms)', (s) => s.overview?.expandP95Ms ?? NaN],
];

/** Second value shown after a slash, for the rows that pair two figures. */
const PAIRED: Record<string, (s: SizeResult) => number> = {
  'nodes / edges drawn': (s) => s.edges,
  'projection, Node / browser (ms)': (s) => s.projectBrowserMs,
  'filter toggle p50 / p95 (ms)': (s) => s.filterP95Ms,
  'search → selection p50 / p95 (ms)': (s) => s.searchP95Ms,
  'edit drawn p50 / p95 (ms)': (s) => s.editP95Ms ?? NaN,
  'undo drawn p50 / p95 (ms)': (s) => s.undoP95Ms ?? NaN,
  '  floor: cytoscape adds one, p50 / p95 (ms)': (s) => s.editFloorP95Ms ?? NaN,
  'pan+zoom fps, app / bare': (s) => s.barePanFps,
  '  after the first frame, app / bare': (s) => s.barePanSteadyFps,
  'pan+zoom frame median, app / bare (ms)': (s) => s.bareFrameMs,
  'PNG export, app / bare (ms)': (s) => s.barePngMs,
  'JS heap after load, app / bare (MB)': (s) => s.bareHeapMB,
  'longest main-thread task, app / bare (ms)': (s) => s.bareLongestTaskMs,
  'overview: groups / nodes drawn': (s) => s.overview?.nodes ?? NaN,
  'overview: filter / search p95 (ms)': (s) => s.overview?.searchP95Ms ?? NaN,
};

function fmt(x: number, digits = 0): string {
  return Number.isFinite(x)
    ? x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '—';
}

export interface Target {
  what: string;
  figure: string;
  met: boolean | null;
}

export function targets(r: BenchResults): Target[] {
  const at = (n: number): SizeResult | undefined => r.sizes.find((s) => s.actors === n);
  const out: Target[] = [];
  const t = (
    what: string,
    value: number | undefined,
    ok: (v: number) => boolean,
    digits = 0,
  ): void => {
    const v = value ?? NaN;
    out.push({ what, figure: fmt(v, digits), met: Number.isFinite(v) ? ok(v) : null });
  };
  const worstRatio = r.sizes.length ? Math.max(...r.sizes.map((s) => s.firstFrameRatio)) : NaN;
  t('app/bare first-frame ratio ≤ 1.25 at every size (worst)', worstRatio, (v) => v <= 1.25, 2);
  t('filter toggle p95 ≤ 100 ms at 5,000 (ms)', at(5_000)?.filterP95Ms, (v) => v <= 100);
  t('search → selection p95 ≤ 100 ms at 5,000 (ms)', at(5_000)?.searchP95Ms, (v) => v <= 100);
  t('parse+validate of 20,000 in Node ≤ 1 s (ms)', at(20_000)?.validateNodeMs, (v) => v <= 1_000);
  t(
    'no main-thread task > 200 ms while 5,000 loads (ms)',
    at(5_000)?.longestTaskMs,
    (v) => v <= 200,
  );
  t('20,000 pan+zoom ≥ 20 fps', at(20_000)?.panFps, (v) => v >= 20, 1);
  t('edit drawn p95 ≤ 100 ms at 1,000 (ms)', at(1_000)?.editP95Ms, (v) => v <= 100);
  t('undo drawn p95 ≤ 100 ms at 1,000 (ms)', at(1_000)?.undoP95Ms, (v) => v <= 100);
  t('default layout of 1,000 ≤ 3 s (ms)', at(1_000)?.layoutMs, (v) => v <= 3_000);
  t('default layout of 5,000 ≤ 15 s (ms)', at(5_000)?.layoutMs, (v) => v <= 15_000);
  t('app JS ≤ 1.3 × bare page JS, gzip, before the first graph', r.jsGzipRatio, (v) => v <= 1.3, 2);
  overviewTargets(at, t);
  return out;
}

type TargetFn = (
  what: string,
  v: number | undefined,
  ok: (v: number) => boolean,
  d?: number,
) => void;

/** The overview's targets (issue 15, item 5), in its default mode. */
function overviewTargets(at: (n: number) => SizeResult | undefined, t: TargetFn): void {
  const o5 = at(5_000)?.overview ?? undefined;
  const o20 = at(20_000)?.overview ?? undefined;
  t('overview: 5,000 load → drawn ≤ 2 s (ms)', o5?.firstFrameMs, (v) => v <= 2_000);
  t('overview: 20,000 load → drawn ≤ 5 s (ms)', o20?.firstFrameMs, (v) => v <= 5_000);
  for (const [n, o] of [
    ['5,000', o5],
    ['20,000', o20],
  ] as const) {
    t(`overview: filter p95 ≤ 100 ms at ${n} (ms)`, o?.filterP95Ms, (v) => v <= 100);
    t(`overview: search p95 ≤ 100 ms at ${n} (ms)`, o?.searchP95Ms, (v) => v <= 100);
    t(`overview: no task > 200 ms while ${n} loads (ms)`, o?.longestTaskMs, (v) => v <= 200);
    t(`overview: pan+zoom ≥ 30 fps at ${n}`, o?.panFps, (v) => v >= 30, 1);
    t(`overview: open a group ≤ 500 ms p95 at ${n} (ms)`, o?.expandP95Ms, (v) => v <= 500);
  }
}

export function formatTable(r: BenchResults): string {
  const head = ['actors', ...r.sizes.map((s) => s.actors.toLocaleString('en-US'))];
  const rows: string[][] = [head];
  for (const [label, value, digits] of ROWS) {
    const second = PAIRED[label];
    rows.push([
      label,
      ...r.sizes.map((s) =>
        second ? `${fmt(value(s), digits)} / ${fmt(second(s), digits)}` : fmt(value(s), digits),
      ),
    ]);
  }
  const widths = head.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  const line = (row: string[]): string =>
    `| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(' | ')} |`;
  const sep = `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  const lines = [line(rows[0] as string[]), sep, ...rows.slice(1).map(line)];
  lines.push(
    '',
    `JS gzip, initial (before the first graph): app ${fmt(r.appJsGzipBytes / 1024, 1)} KiB, bare page ${fmt(r.bareJsGzipBytes / 1024, 1)} KiB, ratio ${fmt(r.jsGzipRatio, 2)}`,
    `JS gzip, all (lazy chunks and workers too): app ${fmt(r.appJsGzipBytesAll / 1024, 1)} KiB, bare page ${fmt(r.bareJsGzipBytesAll / 1024, 1)} KiB, ratio ${fmt(r.jsGzipRatioAll, 2)}`,
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores; Node ${r.machine.node}; Chromium ${r.machine.chromium}; runs per size in the table; large-graph mode above ${r.largeGraphThreshold} nodes`,
    '',
    'Targets:',
    ...targets(r).map(
      (t) => `  [${t.met === null ? 'n/a' : t.met ? 'met' : 'NOT met'}] ${t.what}: ${t.figure}`,
    ),
  );
  const errors = r.sizes.flatMap((s) => s.errors.map((e) => `  ${s.actors}: ${e}`));
  if (errors.length > 0) lines.push('', 'Errors:', ...errors);
  return lines.join('\n');
}
