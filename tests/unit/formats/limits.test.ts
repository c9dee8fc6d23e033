/**
 * Conversions stop at the limits they produce: imports whose dataset could not be within
 * MAX_DATASET_BYTES are refused with the figures, before the dataset is built.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importDataset } from '../../../src/formats/index.ts';
import { csvCountProblem } from '../../../src/formats/csv.ts';
import {
  MIN_ACTOR_BYTES,
  MIN_RELATION_BYTES,
  prettyJsonBytes,
} from '../../../src/formats/import-limits.ts';
import { MAX_DATASET_BYTES } from '../../../src/model/limits.ts';
import { problemsOf, richDataset } from './helpers.ts';

function utf8(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

describe('the JSON size of a dataset, counted without writing it', () => {
  it('is the byte length of JSON.stringify(value, null, 2)', () => {
    const ds = richDataset();
    expect(prettyJsonBytes(ds)).toBe(utf8(JSON.stringify(ds, null, 2)));
    const odd = { a: [], b: {}, c: [null, 1.5, -0, true], 'é\u0001"': 'ü😀\u2028\\', d: [[{}]] };
    expect(prettyJsonBytes(odd)).toBe(utf8(JSON.stringify(odd, null, 2)));
  });

  it('for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(prettyJsonBytes(v)).toBe(utf8(JSON.stringify(v, null, 2)));
      }),
      { numRuns: 300 },
    );
  });

  it('the shortest records are as long as the bound says', () => {
    const actor = { id: 'a', name: 'a', kind: 'other' };
    const tie = {
      id: 'a',
      kind: 'tie',
      participants: [
        { actor: 'b', role: 'member' },
        { actor: 'c', role: 'member' },
      ],
    };
    expect(JSON.stringify(actor).length + 1).toBe(MIN_ACTOR_BYTES);
    expect(JSON.stringify(tie).length + 1).toBe(MIN_RELATION_BYTES);
  });
});

describe('imports past the dataset limit are refused early, with the figures', () => {
  it('a CSV edge table of 1,000,000 rows (rows are counted, nothing is built)', () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `n${i},n${i + 1}`);
    const text = `Source,Target\n${rows.join('\n')}\n`;
    const started = performance.now();
    const problems = problemsOf(importDataset(text, 'big.csv'));
    const seconds = (performance.now() - started) / 1000;
    expect(problems).toEqual([
      'edge table: too big to import: 1,000,000 edge rows would make a dataset of at least 96.3 MiB of JSON, over the 50.0 MiB limit; refused before building it',
    ]);
    // About 1 s on an idle machine; generous for a shared one.
    expect(seconds).toBeLessThan(60);
  });

  it('self-loops are not counted: they make no relation', () => {
    const n = Math.ceil(MAX_DATASET_BYTES / MIN_RELATION_BYTES) + 10;
    expect(csvCountProblem(`Source,Target\n${'a,a\n'.repeat(n)}a,b\n`, undefined)).toBeUndefined();
    expect(csvCountProblem(`Source,Target\n${'a,b\n'.repeat(n)}`, undefined)?.message).toMatch(
      new RegExp(`^too big to import: ${n.toLocaleString('en-US')} edge rows`),
    );
    // Quoted cells are counted by the CSV parser, row by row.
    expect(csvCountProblem(`Source,Target\n${'"a","b"\n'.repeat(n)}`, undefined)?.message).toMatch(
      new RegExp(`^too big to import: ${n.toLocaleString('en-US')} edge rows`),
    );
  });

  it('a GEXF whose <edge> elements cannot fit (counted before parsing)', () => {
    const n = 600_000;
    const text = `<gexf><graph><nodes><node id="a"/></nodes><edges>${'<edge source="a" target="b"/>'.repeat(n)}</edges></graph></gexf>`;
    expect(problemsOf(importDataset(text, 'big.gexf'))[0]).toBe(
      'big.gexf: too big to import: 1 <node> and 600,000 <edge> elements would make a dataset of at least 57.8 MiB of JSON, over the 50.0 MiB limit; refused before building it',
    );
  });

  it('a graph whose attribute defaults blow it up past the limit (checked before validation)', () => {
    const big = 'x'.repeat(10_000);
    const nodes = Array.from({ length: 6_000 }, (_, i) => `<node id="n${i}"/>`).join('');
    const text = `<gexf><graph><attributes class="node"><attribute id="0" title="note" type="string"><default>${big}</default></attribute></attributes><nodes>${nodes}</nodes></graph></gexf>`;
    expect(problemsOf(importDataset(text, 'defaults.gexf'))).toEqual([
      expect.stringMatching(
        /^\(dataset\): too big to import: the dataset \(6,000 actors, 0 relations\) would be 5[78]\.\d MiB of JSON, over the 50\.0 MiB limit$/,
      ),
    ]);
  });
});
