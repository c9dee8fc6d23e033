/**
 * Fuzzing of the validator and every importer (issue 14): mutated copies of the real fixtures
 * (tests/fixtures/**, files under 60 KB: the three large GEXF files take a second each) go through
 * `importDataset`, which routes JSON to the validator and the rest to the GEXF, GraphML and CSV
 * importers. For each input: no exception escapes, it takes under 5 s, and what is accepted is
 * written back in its own format and read again into the same dataset.
 *
 * fast-check prints the seed and the path of a failure with its counterexample; rerun it with
 * `FUZZ_SEED=<seed> npx vitest run tests/unit/formats/fuzz.test.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  exportDataset,
  importDataset,
  type ExportFormat,
  type ImportResult,
} from '../../../src/formats/index.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { byId } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const EXTENSIONS = /\.(json|gexf|graphml|csv)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const FIXTURES = files(ROOT)
  .filter((p) => EXTENSIONS.test(p) && statSync(p).size < 60_000)
  .sort()
  .map((p) => ({ name: relative(ROOT, p), text: readFileSync(p, 'utf8') }));

/** Pieces that make parsers and validators work: markup, escapes, keys, controls, formulas. */
const TOKENS = [
  '<',
  '>',
  '&',
  '"',
  "'",
  ',',
  ';',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\uFFFE',
  '\uD800',
  '\uE000',
  '{',
  '}',
  '[',
  ']',
  'null',
  '"x-a": null,',
  '"__proto__": {},',
  '"constructor",',
  '&#0;',
  '&#xD800;',
  '&#x1F;',
  '&amp;',
  '&unknown;',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '<!-- <!DOCTYPE -->',
  '<![CDATA[ x ]]>',
  '<node id="zz"/>',
  '<edge source="a" target="zz"/>',
  '<edge source="zz" target="zz"/>',
  '<data key="e_weight">NaN</data>',
  '<viz:color r="999" g="-1" b="x"/>',
  '<viz:position x="1e309" y="0"/>',
  "'=cmd|' /C calc'!A0",
  '=1+2',
  '"a","b"',
  'Source,Target\n',
  '9999-99-99',
  '2025-02-30',
  '-0',
  '1e400',
  '😀',
];

const mutation = fc.oneof(
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    token: fc.constantFrom(...TOKENS),
  }),
  fc.record({
    op: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    op: fc.constant('repeat' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({
    op: fc.constant('char' as const),
    at: fc.nat(),
    code: fc.integer({ min: 0, max: 0xffff }),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  switch (m.op) {
    case 'insert':
      return text.slice(0, at) + m.token + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'repeat':
      return (
        text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length)
      );
    case 'char':
      return text.slice(0, at) + String.fromCharCode(m.code) + text.slice(at + 1);
  }
}

// The invalid fixtures are most of the files: the others are drawn more often, so that mutated
// inputs reach past the parsers into the importers' mapping and the round trip.
const INVALID = FIXTURES.filter((f) => f.name.startsWith('invalid'));
const OTHERS = FIXTURES.filter((f) => !f.name.startsWith('invalid'));
const fixture = fc.oneof(
  { arbitrary: fc.constantFrom(...OTHERS), weight: 4 },
  { arbitrary: fc.constantFrom(...INVALID), weight: 1 },
);

const input = fc
  .record({
    fixture,
    mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  })
  .map(({ fixture, mutations }) => ({
    name: fixture.name,
    text: mutations.reduce(mutate, fixture.text),
  }));

/** Keys sorted, actors by id, as JSON text (-0 and 0 alike). */
function canonical(ds: Partial<Dataset>): string {
  const sorted = (_k: string, v: unknown): unknown => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const rec = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(rec)
        .sort()
        .map((k) => [k, rec[k]]),
    );
  };
  return JSON.stringify({ ...ds, actors: ds.actors ? byId(ds.actors) : undefined }, sorted);
}

/** What a format gives back of a dataset (CSV: actors and relations). */
function kept(ds: Dataset, format: ExportFormat): string {
  return format === 'csv'
    ? canonical({ actors: ds.actors, relations: ds.relations })
    : canonical(ds);
}

function reimport(ds: Dataset, format: ExportFormat): ImportResult {
  const [main, nodes] = exportDataset(ds, format);
  return importDataset(
    main?.text ?? '',
    main?.fileName,
    nodes ? { nodesText: nodes.text } : undefined,
  );
}

const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const RUNS = 2_000;

describe('fuzzing the validator and the importers with mutated fixtures', () => {
  it(`${RUNS} mutated inputs from ${FIXTURES.length} fixtures: no throw, under 5 s each, accepted ones round-trip`, () => {
    expect(FIXTURES.length).toBeGreaterThan(50);
    const outcome = { accepted: 0, refused: 0, slowest: 0 };
    fc.assert(
      fc.property(input, ({ name, text }) => {
        const started = performance.now();
        const r = importDataset(text, name); // must not throw
        const ms = performance.now() - started;
        outcome.slowest = Math.max(outcome.slowest, ms);
        expect(ms, `${name}: import took ${Math.round(ms)} ms`).toBeLessThan(5_000);
        if (!r.ok) {
          outcome.refused++;
          expect(r.problems.length).toBeGreaterThan(0);
          return;
        }
        outcome.accepted++;
        const back = reimport(r.dataset, r.format);
        if (!back.ok) throw new Error(`re-import refused: ${JSON.stringify(back.problems)}`);
        expect(kept(back.dataset, r.format)).toBe(kept(r.dataset, r.format));
      }),
      { numRuns: RUNS, ...(seed === undefined ? {} : { seed }) },
    );
    console.log(`fuzz: ${JSON.stringify(outcome)}`);
    // Both paths were taken: the fuzzing reaches the importers and the refusals.
    expect(outcome.accepted).toBeGreaterThan(50);
    expect(outcome.refused).toBeGreaterThan(50);
    // A synchronous hang cannot be timed from inside: the test's own timeout catches it.
  }, 180_000);
});
