/**
 * Property tests: parseDataset never throws and always answers (a bounded number of runs, each of
 * which must return), on random JSON, random text and mutated datasets; what it accepts round-trips.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset, validateDataset, type ParseResult } from '../../../src/model/validate.ts';
import { deleteAt, sampleDataset, setAt, type Json, type Path } from './sample.ts';

/** The contract of every answer: a dataset that round-trips, or well-formed problems. */
function expectWellFormed(result: ParseResult): void {
  if (result.ok) {
    // Compared as JSON text: a -0 built in code is written 0, which JSON cannot tell apart.
    const text = JSON.stringify(result.dataset);
    const again = parseDataset(text);
    expect(again.ok).toBe(true);
    if (again.ok) expect(JSON.stringify(again.dataset)).toBe(text);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(p.path.length).toBeGreaterThan(0);
      expect(p.message.length).toBeGreaterThan(0);
      expect(p.message).not.toMatch(/[\n\r]/);
      expect(p.path).not.toMatch(/[\n\r]/);
    }
  }
}

function safeParse(text: string): ParseResult {
  let result: ParseResult | undefined;
  expect(() => {
    result = parseDataset(text);
  }).not.toThrow();
  if (!result) throw new Error('no result');
  return result;
}

/** Every path in the sample dataset, containers and leaves. */
function pathsOf(value: unknown, base: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [base];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v: unknown, i): [number, unknown] => [i, v])
    : Object.entries(value);
  return [base, ...entries.flatMap(([k, v]) => pathsOf(v, [...base, k]))];
}

const samplePaths = pathsOf(sampleDataset()).filter((p) => p.length > 0);
const ids = ['us', 'us-envoys', 'witkoff', 'kushner', 'hamas', 'qatar', 'sharm-meeting', 'wire'];

const nestedArrays = (depth: number): unknown => {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

type Mutation = (d: Json) => void;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom(...samplePaths).map(
    (path): Mutation =>
      (d) =>
        deleteAt(d, path),
  ),
  fc.tuple(fc.constantFrom(...samplePaths), fc.jsonValue({ maxDepth: 3 })).map(
    ([path, v]): Mutation =>
      (d) =>
        setAt(d, path, v),
  ),
  fc.tuple(fc.constantFrom(...samplePaths), fc.string({ unit: 'grapheme', maxLength: 30 })).map(
    ([path, s]): Mutation =>
      (d) =>
        setAt(d, path, s),
  ),
  fc
    .tuple(
      fc.constantFrom(
        ...samplePaths.filter((p) => p[p.length - 1] === 'id' || p.includes('actor')),
      ),
      fc.oneof(fc.constantFrom(...ids), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/)),
    )
    .map(
      ([path, id]): Mutation =>
        (d) =>
          setAt(d, path, id),
    ),
  fc.tuple(fc.constantFrom(...samplePaths), fc.integer({ min: 1, max: 300 })).map(
    ([path, depth]): Mutation =>
      (d) =>
        setAt(d, path, nestedArrays(depth)),
  ),
  fc
    .tuple(
      fc.constantFrom(...samplePaths),
      fc.oneof(
        fc.constantFrom(
          '__proto__',
          'constructor',
          'prototype',
          'x-ext',
          'nmae',
          'role',
          'memberOf',
        ),
        fc.string({ maxLength: 10 }),
      ),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(
      ([path, key, v]): Mutation =>
        (d) =>
          setAt(d, [...path, key], v),
    ),
);

function mutate(mutations: Mutation[]): Json {
  const d = sampleDataset();
  for (const m of mutations) {
    try {
      m(d);
    } catch {
      // The path no longer exists after an earlier mutation: skip this one.
    }
  }
  return d;
}

describe('parseDataset never throws and always answers', () => {
  it('on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        expectWellFormed(safeParse(JSON.stringify(v) ?? 'null'));
      }),
      { numRuns: 200 },
    );
  });

  it('on random text, and on the sample with random edits to its text', () => {
    const text = JSON.stringify(sampleDataset());
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.nat(text.length),
        fc.nat(5),
        fc.string({ maxLength: 5 }),
        (random, at, cut, insert) => {
          expectWellFormed(safeParse(random));
          expectWellFormed(safeParse(text.slice(0, at) + insert + text.slice(at + cut)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on mutated datasets (deleted keys, swapped types, renamed ids, random strings, deep nesting, added keys)', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        const d = mutate(mutations);
        expectWellFormed(safeParse(JSON.stringify(d)));
        let direct: ParseResult | undefined;
        expect(() => {
          direct = validateDataset(d);
        }).not.toThrow();
        if (direct) expectWellFormed(direct);
      }),
      { numRuns: 300 },
    );
  });
});

/** The sample with every addition of the format page (label, parts, qualifiers, positions). */
function sampleWithAdditions(): Json {
  const d = sampleDataset();
  setAt(d, ['relations', 0, 'label'], 'Sharm el-Sheikh meeting');
  setAt(d, ['relations', 0, 'participants', 2, 'certainty'], 'disputed');
  setAt(d, ['relations', 0, 'participants', 2, 'sources'], ['paper']);
  setAt(d, ['relations', 0, 'date'], '2025-10~');
  deleteAt(d, ['relations', 1, 'date']);
  setAt(d, ['relations', 1, 'endDate'], '2025-10');
  setAt(d, ['positions'], {
    actors: { witkoff: { x: 1, y: 2 } },
    events: { 'sharm-meeting': { x: 3, y: 4 } },
  });
  return d;
}

const dateLike = fc
  .tuple(
    fc.constantFrom('2025', '2025-10', '2025-10-09', '2025-02-30', '0001', '99', ''),
    fc.oneof(
      fc.constantFrom('', '~', '?', '%', '~?', '%%', '!', ' ', '-'),
      fc.string({ maxLength: 3 }),
    ),
  )
  .map(([d, q]) => d + q);

const additionPaths: Path[] = [
  ['relations', 0, 'label'],
  ['relations', 0, 'date'],
  ['relations', 0, 'endDate'],
  ['relations', 1, 'endDate'],
  ['asOf'],
  ['relations', 0, 'participants', 2, 'certainty'],
  ['relations', 0, 'participants', 2, 'sources'],
  ['relations', 0, 'participants', 2, 'sources', 0],
  ['relations', 0, 'participants', 1, 'role'],
  ['positions'],
  ['positions', 'actors'],
  ['positions', 'events'],
  ['positions', 'actors', 'witkoff'],
  ['positions', 'actors', 'witkoff', 'x'],
  ['positions', 'events', 'sharm-meeting', 'y'],
];

const additionMutation: fc.Arbitrary<Mutation> = fc
  .tuple(
    fc.constantFrom(...additionPaths),
    fc.oneof(
      dateLike,
      fc.constantFrom('confirmed', 'sure', 'subject', 'conveyor', 'paper', 'papper', 'witkof'),
      fc.constantFrom(Infinity, -Infinity, Number.NaN, -0, 1e308),
      fc.jsonValue({ maxDepth: 2 }),
      fc.dictionary(
        fc.oneof(fc.constantFrom(...ids, '__proto__', 'x-k'), fc.string({ maxLength: 6 })),
        fc.oneof(fc.record({ x: fc.double(), y: fc.double() }), fc.jsonValue({ maxDepth: 1 })),
        { maxKeys: 3 },
      ),
    ),
  )
  .map(
    ([path, v]): Mutation =>
      (d) =>
        setAt(d, path, v),
  );

describe('the validator never throws on the format additions', () => {
  it('accepts the sample with every addition', () => {
    expect(parseDataset(JSON.stringify(sampleWithAdditions())).ok).toBe(true);
  });

  it('on mutated labels, qualifiers, "by then" dates, participant parts and positions', () => {
    fc.assert(
      fc.property(fc.array(additionMutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const d = sampleWithAdditions();
        for (const m of mutations) {
          try {
            m(d);
          } catch {
            // The path no longer exists after an earlier mutation: skip this one.
          }
        }
        let direct: ParseResult | undefined;
        expect(() => {
          direct = validateDataset(d);
        }).not.toThrow();
        if (direct) expectWellFormed(direct);
        expectWellFormed(safeParse(JSON.stringify(d)));
      }),
      { numRuns: 300 },
    );
  });
});
