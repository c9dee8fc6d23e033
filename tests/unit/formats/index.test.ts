import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, exportDataset, importDataset } from '../../../src/formats/index.ts';
import { datasetOf, problemsOf, richDataset } from './helpers.ts';

describe('importDataset', () => {
  it('delegates JSON to the dataset loader, problems included', () => {
    const ds = richDataset();
    const ok = importDataset(JSON.stringify(ds), 'rich.json');
    expect(ok).toEqual({ ok: true, dataset: ds, format: 'json', warnings: [] });
    const bad = importDataset('{"schemaVersion": 1, "id": "Bad Id"}', 'bad.json');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.format).toBe('json');
  });

  it('refuses an empty file, an unknown format and a file over the limit', () => {
    expect(problemsOf(importDataset('  \n', 'empty.gexf'))).toEqual([
      'empty.gexf: the file is empty',
    ]);
    expect(problemsOf(importDataset('hello there', 'notes.md'))[0]).toMatch(/unrecognised format/);
    const big = 'x'.repeat(MAX_IMPORT_BYTES + 1);
    expect(problemsOf(importDataset(big, 'big.csv'))[0]).toMatch(
      /too big: 50\.0 MiB, the limit is 50\.0 MiB/,
    );
  });

  it('refuses XML whose root is neither gexf nor graphml, by the name given', () => {
    expect(problemsOf(importDataset('<svg></svg>', 'x.gexf'))[0]).toBe(
      '<svg>: not a GEXF file: the root element is <svg>, not <gexf>',
    );
    expect(problemsOf(importDataset('<svg></svg>', 'x.graphml'))[0]).toMatch(/not a GraphML file/);
    // The content decides over the extension: a GEXF named .graphml is read as GEXF.
    expect(problemsOf(importDataset('<gexf></gexf>', 'x.graphml'))[0]).toMatch(
      /GEXF file has no <graph>/,
    );
    expect(problemsOf(importDataset('<gexf version="1.3"><meta/></gexf>'))[0]).toMatch(
      /no <graph> element/,
    );
  });

  it('refuses a graph without nodes', () => {
    const text = '<gexf><graph><nodes/></graph></gexf>';
    expect(problemsOf(importDataset(text, 'empty-graph.gexf'))[0]).toMatch(/no nodes/);
  });

  it('exports one file per format, two for CSV (edge table first)', () => {
    const ds = richDataset();
    expect(exportDataset(ds, 'json').map((f) => [f.fileName, f.mimeType])).toEqual([
      ['rich-fixture.json', 'application/json'],
    ]);
    expect(exportDataset(ds, 'gexf').map((f) => f.fileName)).toEqual(['rich-fixture.gexf']);
    expect(exportDataset(ds, 'graphml').map((f) => f.fileName)).toEqual(['rich-fixture.graphml']);
    const csv = exportDataset(ds, 'csv');
    expect(csv.map((f) => f.fileName)).toEqual(['rich-fixture.csv', 'rich-fixture.nodes.csv']);
    expect(csv[0]?.text.split('\n')[0]).toMatch(
      /^Source,Target,Type,Id,Label,Kind,Relation,Participants,/,
    );
    expect(csv[1]?.text.split('\n')[0]).toMatch(/^Id,Label,Kind,MemberOf,/);
    expect(datasetOf(importDataset(exportDataset(ds, 'json')[0]?.text ?? '', 'x.json'))).toEqual(
      ds,
    );
  });
});
