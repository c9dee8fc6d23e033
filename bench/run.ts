/**
 * `npm run bench [-- --sizes 100,1000,5000,20000 --runs 3 --out bench/results.json]`
 *   --toggles N, --searches N, --edits N: samples per run (default 10, 6 and 10);
 *   --append: merge into an existing results file (sizes measured now replace the same sizes);
 *   --app-dir DIR: measure an app already built there instead of building one;
 *   --overview-only: measure only the overview rows (sizes ≥ 1,500) and merge each size's
 *   `overview` into the results file, leaving every other key as it was; --expands N: groups opened
 *   per overview run (default 6).
 * Builds the app and the bench pages, measures them in headless Chromium, prints one table and
 * writes the results as JSON. bench/README.md says how to read it.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { BENCH_SIZES } from '../src/gen/generate.ts';
import { ROOT, readResults, runBench, runOverviewBench } from './lib/bench.ts';
import { formatTable } from './lib/report.ts';

function numbers(s: string, what: string): number[] {
  const xs = s.split(',').map((x) => Number(x.trim().replace(/_/g, '')));
  if (xs.length === 0 || xs.some((x) => !Number.isInteger(x) || x < 1)) {
    throw new Error(`${what} must be positive integers separated by commas, got '${s}'`);
  }
  return xs;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: BENCH_SIZES.join(',') },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'bench/results.json' },
      'app-dir': { type: 'string' },
      toggles: { type: 'string', default: '10' },
      searches: { type: 'string', default: '6' },
      edits: { type: 'string', default: '10' },
      'gesture-ms': { type: 'string', default: '2000' },
      append: { type: 'boolean', default: false },
      'overview-only': { type: 'boolean', default: false },
      expands: { type: 'string', default: '6' },
    },
  });
  const sizes = numbers(values.sizes, '--sizes');
  const [runs = 3] = numbers(values.runs, '--runs');
  const [seed = 1] = numbers(values.seed, '--seed');
  const [toggles = 10] = numbers(values.toggles, '--toggles');
  const [searches = 6] = numbers(values.searches, '--searches');
  const [edits = 10] = numbers(values.edits, '--edits');
  const [gestureMs = 2_000] = numbers(values['gesture-ms'], '--gesture-ms');
  const [expands = 6] = numbers(values.expands, '--expands');
  const out = resolve(ROOT, values.out);
  const started = performance.now();
  const appDir = values['app-dir'] === undefined ? undefined : resolve(values['app-dir']);
  if (values['overview-only']) {
    const measured = await runOverviewBench({
      sizes,
      runs,
      seed,
      appDir,
      expands,
      run: { toggles, searches, gestureMs },
    });
    const results = readResults(out);
    for (const [actors, m] of measured) {
      const size = results.sizes.find((s) => s.actors === actors);
      if (!size) throw new Error(`${out} has no size ${actors}: run the whole bench for it first`);
      size.overview = m.overview;
      if (m.errors.length > 0) size.errors = [...size.errors, ...m.errors];
    }
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(
      `${formatTable(results)}\n\nmerged the overview rows into: ${out} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
    );
    return 0;
  }
  const results = await runBench({
    sizes,
    runs,
    seed,
    appDir,
    expands,
    run: { toggles, searches, gestureMs, edits },
  });
  if (values.append && existsSync(out)) {
    // Keep the sizes measured before (e.g. with another --runs), replace those measured now.
    const before = readResults(out);
    const now = new Set(results.sizes.map((s) => s.actors));
    results.sizes = [...before.sizes.filter((s) => !now.has(s.actors)), ...results.sizes].sort(
      (a, b) => a.actors - b.actors,
    );
  }
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    `${formatTable(results)}\n\nwritten: ${out} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
