/**
 * What the validator accepts, every exporter writes and every importer reads back (issue 16): `null`
 * in x- values, x- keys at every level (dataset, actors, relations, participants, quotes, sources),
 * control characters and the other characters XML cannot hold, outer white space, carriage returns,
 * leading apostrophes and formula starts. A property over generated datasets, through every format.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportDataset, importDataset, type ExportFormat } from '../../../src/formats/index.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { validateDataset } from '../../../src/model/validate.ts';
import { byId } from './helpers.ts';

const UNITS = [
  'a',
  'Z',
  ' ',
  "'",
  '=',
  '-',
  '+',
  '@',
  '\r',
  '\n',
  '\t',
  '\u0000',
  '\u0001',
  '\u001f',
  '\uFFFE',
  '\uE000',
  'é',
  '😀',
  '"',
  '<',
  '&',
  ',',
  ';',
];
const text = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 8 });
/** Starts risky (apostrophe, formula, space), ends with a letter: never empty. */
const name = fc
  .tuple(fc.constantFrom('', "'", "'=", '=', '-', '@', ' ', '\t'), text)
  .map(([head, body]) => `${head}${body}N`);
const extValue = fc.oneof(
  fc.constant(null),
  fc.constant([null, 'x\u0001']),
  fc.constant({ a: null, b: "'=1" }),
  text,
  fc.integer(),
  fc.boolean(),
);
const extensions = fc.dictionary(fc.constantFrom('x-a', 'x-note', 'x-n'), extValue, { maxKeys: 2 });

const dataset = fc
  .record({
    title: name,
    dsExt: extensions,
    actors: fc.array(fc.record({ name, title: text, ext: extensions }), {
      minLength: 2,
      maxLength: 4,
    }),
    summary: name,
    place: text,
    relExt: extensions,
    partExt: extensions,
    quote: name,
    quoteExt: extensions,
    sourceTitle: name,
    sourceExt: extensions,
    x: fc.integer({ min: -1000, max: 1000 }),
  })
  .map((g): Dataset => {
    const ds: Dataset = {
      schemaVersion: 1,
      id: 'keep',
      title: g.title,
      sources: [{ id: 's0', title: g.sourceTitle, ...g.sourceExt }],
      actors: g.actors.map((a, i) => ({
        id: `a${i}`,
        name: a.name,
        kind: 'person' as const,
        title: a.title,
        ...a.ext,
      })),
      relations: [
        {
          id: 'r0',
          kind: 'meeting',
          participants: [{ actor: 'a0', ...g.partExt }, { actor: 'a1' }],
          summary: g.summary,
          place: g.place,
          quotes: [{ text: g.quote, speaker: 'a0', source: 's0', ...g.quoteExt }],
          sources: ['s0'],
          ...g.relExt,
        },
      ],
      positions: { actors: { a0: { x: g.x, y: -g.x / 4 } } },
      ...g.dsExt,
    };
    return ds;
  });

function roundTrip(ds: Dataset, format: ExportFormat): Dataset {
  const [main, nodes] = exportDataset(ds, format);
  const r = importDataset(
    main?.text ?? '',
    main?.fileName,
    nodes ? { nodesText: nodes.text } : undefined,
  );
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  expect(r.warnings).toEqual([]);
  return r.dataset;
}

/** Keys sorted at every level (formats write fields in their own order). */
function sorted(_key: string, v: unknown): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
  const rec = v as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(rec)
      .sort()
      .map((k) => [k, rec[k]]),
  );
}

/** As JSON text (so that -0 and 0 compare equal), keys sorted, actors by id. */
function canonical(ds: Partial<Dataset>): string {
  return JSON.stringify({ ...ds, actors: ds.actors ? byId(ds.actors) : undefined }, sorted);
}

function withoutEmptyTexts(json: string): string {
  const drop = (_key: string, v: unknown): unknown => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    return Object.fromEntries(
      Object.entries(v).filter(
        ([k, x]) => !(x === '' && ['title', 'description', 'place', 'summary'].includes(k)),
      ),
    );
  };
  return JSON.stringify(JSON.parse(json), drop);
}

describe('every format keeps what the validator accepts', () => {
  it('null x- values, x- keys at every level, control characters, apostrophes, outer spaces, CR', () => {
    let checked = 0;
    fc.assert(
      fc.property(dataset, (ds) => {
        // Only what the validator accepts (whatever its rules on names are).
        fc.pre(validateDataset(ds).ok);
        checked++;
        expect(canonical(roundTrip(ds, 'json'))).toBe(canonical(ds));
        expect(canonical(roundTrip(ds, 'gexf'))).toBe(canonical(ds));
        expect(canonical(roundTrip(ds, 'graphml'))).toBe(canonical(ds));
        // CSV has no place for the dataset's own fields: actors, relations, cited sources, positions.
        // A CSV cell cannot tell an empty text from a missing one: empty optional texts are absent.
        const csv = roundTrip(ds, 'csv');
        expect(canonical({ actors: csv.actors, relations: csv.relations })).toBe(
          withoutEmptyTexts(canonical({ actors: ds.actors, relations: ds.relations })),
        );
        expect(JSON.stringify(csv.sources)).toBe(JSON.stringify(ds.sources));
        expect(JSON.stringify(csv.positions)).toBe(JSON.stringify(ds.positions));
      }),
      { numRuns: 100 },
    );
    expect(checked).toBeGreaterThan(50);
  });
});
