/**
 * The benchmark's own code, quickly: N = 100, one run, few samples, on the app the e2e setup built
 * (into a temporary folder, `inject('buildDir')`). Checks the results' shape and that every figure
 * is a finite number (no speed target here: those are read from `npm run bench`).
 */
import { describe, expect, inject, it } from 'vitest';
import { runBench } from '../../bench/lib/bench.ts';
import { formatTable } from '../../bench/lib/report.ts';

const REQUIRED = [
  'firstFrameRatio',
  'filterP95Ms',
  'searchP95Ms',
  'validateNodeMs',
  'longestTaskMs',
  'panFps',
  'layoutMs',
] as const;

describe('bench smoke (N = 100, 1 run)', () => {
  it('measures the app and the bare page and reports finite figures', async () => {
    const results = await runBench({
      sizes: [100],
      runs: 1,
      appDir: inject('buildDir'),
      run: { toggles: 2, searches: 1, gestureMs: 400, timeoutMs: 60_000 },
      log: () => undefined,
    });
    expect(results.sizes).toHaveLength(1);
    const size = results.sizes[0];
    expect(size?.errors).toEqual([]);
    expect(size?.actors).toBe(100);
    expect(size?.nodes).toBeGreaterThanOrEqual(100);
    for (const key of REQUIRED) {
      expect(Number.isFinite(size?.[key]), `${key} = ${size?.[key]}`).toBe(true);
    }
    expect(Number.isFinite(results.jsGzipRatio)).toBe(true);
    expect(results.jsGzipRatio).toBeGreaterThan(0);
    // Initial JS (before the first graph) is part of all the JS a page can load.
    expect(results.appJsGzipBytes).toBeLessThan(results.appJsGzipBytesAll);
    expect(results.bareJsGzipBytes).toBeLessThanOrEqual(results.bareJsGzipBytesAll);
    expect(Number.isFinite(results.jsGzipRatioAll)).toBe(true);
    expect(results.machine.chromium).toMatch(/^\d+\./);
    // JSON round trip keeps the required shape
    const json = JSON.parse(JSON.stringify(results)) as { sizes: Record<string, unknown>[] };
    for (const key of REQUIRED) expect(typeof json.sizes[0]?.[key]).toBe('number');
    expect(formatTable(results)).toContain('first frame ratio app/bare');
    expect(formatTable(results)).toMatch(/JS gzip, initial .* ratio \d/);
    expect(formatTable(results)).toMatch(/JS gzip, all .* ratio \d/);
  }, 240_000);
});
