/**
 * Reading a CPU profile taken with CDP's Profiler (bench/profile.ts, bench/profile-ops.ts): self and
 * inclusive time per function, and the busy stretches between idle samples.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { generateDataset } from '../../src/gen/generate.ts';
import { serveStatic } from '../../src/render/node-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/render/node-browser.ts';
import { OUT } from './bench.ts';
import { IN_PAGE_SCRIPT } from './in-page.ts';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function selfTimes(p: Profile): { name: string; ms: number }[] {
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

export function keyOf(f: ProfileNode['callFrame']): string {
  const file = f.url.split('/').at(-1) ?? '';
  return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
}

/** Inclusive ("total") time per function: each sample counts once for every function on its stack. */
export function totalTimes(
  p: Profile,
  from = 0,
  to = p.samples.length,
): { name: string; ms: number }[] {
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

export function printStretches(p: Profile, minMs: number, top: number): void {
  for (const s of busyStretches(p, minMs)) {
    const totals = totalTimes(p, s.from, s.to).slice(0, top);
    process.stdout.write(
      `busy stretch ${s.ms.toFixed(0)} ms:\n` +
        totals.map((t) => `${t.ms.toFixed(0).padStart(7)} ms  ${t.name}`).join('\n') +
        '\n',
    );
  }
}

/** The app built at `app`, served beside the generated dataset of `actors` (written when missing). */
export interface ProfiledApp {
  page: Page;
  /** The generated dataset's URL on the same server. */
  dataUrl: string;
  close(): Promise<void>;
}

/**
 * Serves the app and the dataset, and opens the app in Debian's Chromium with the bench's in-page
 * helpers (`window.__bench`), at 1280×800, ready for the hook (`window.__backchannel`).
 */
export async function openProfiledApp(actors: number, app: string): Promise<ProfiledApp> {
  const data = join(OUT, 'data', `synthetic-${actors}.json`);
  if (!existsSync(data)) writeFileSync(data, JSON.stringify(generateDataset({ actors, seed: 1 })));
  const server = await serveStatic({ '/app/': app, '/data/': join(OUT, 'data') });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript({ content: IN_PAGE_SCRIPT });
  await page.goto(`${server.url}/app/index.html`);
  await page.waitForFunction(() => '__backchannel' in window);
  return {
    page,
    dataUrl: `${server.url}/data/synthetic-${actors}.json`,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
