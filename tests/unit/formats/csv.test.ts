import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { exportDataset, exportDownload, importDataset } from '../../../src/formats/index.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { datasetOf, problemsOf, warningsOf } from './helpers.ts';

describe('CSV import', () => {
  it('reads a Gephi edge table alone: its ends become the actors, Type gives the direction', () => {
    const text =
      'source,TARGET,Type,Weight,Label\nAnn,Bob,Directed,2,knows\nBob,Cy,Undirected,,\nAnn,Ann,Directed,,\n';
    const r = importDataset(text, 'edges.csv');
    const ds = datasetOf(r);
    expect(ds.title).toBe('edges');
    expect(ds.actors).toEqual([
      { id: 'ann', name: 'Ann', kind: 'other', 'x-source-id': 'Ann' },
      { id: 'bob', name: 'Bob', kind: 'other', 'x-source-id': 'Bob' },
      { id: 'cy', name: 'Cy', kind: 'other', 'x-source-id': 'Cy' },
    ]);
    expect(ds.relations[0]).toEqual({
      id: 'tie-1',
      kind: 'tie',
      participants: [
        { actor: 'ann', role: 'source' },
        { actor: 'bob', role: 'target' },
      ],
      summary: 'knows',
      'x-weight': 2,
      // The file states no certainty: not the format's default 'reported'.
      'x-certainty': 'unstated',
    });
    expect(ds.relations[1]?.participants.map((p) => p.role)).toEqual(['member', 'member']);
    expect(warningsOf(r)).toEqual(['1 self-loop(s) skipped: a relation needs two distinct actors']);
  });

  it('joins a Gephi node table given with the edge table', () => {
    const nodes = 'Id;Label;Kind;Parent;Region\n1;Land A;state;;North\n2;Envoy;person;1;\n';
    const edges = 'Source;Target\n2;1\n';
    const ds = datasetOf(importDataset(edges, 'e.csv', { nodesText: nodes }));
    expect(ds.actors).toEqual([
      { id: '1', name: 'Land A', kind: 'state', 'x-attributes': { Region: 'North' } },
      { id: '2', name: 'Envoy', kind: 'person', memberOf: '1' },
    ]);
  });

  it('reads Kumu tables: elements by Label with a Type, connections From/To with their own Type', () => {
    const elements = 'Label,Type,Description\nRed Cross,Organization,Helps\nMs. Doe,Person,\n';
    const connections =
      'From,To,Type,Direction\nMs. Doe,Red Cross,works for,directed\nRed Cross,Ms. Doe,pays,undirected\n';
    const ds = datasetOf(importDataset(connections, 'connections.csv', { nodesText: elements }));
    expect(ds.actors.map((a) => [a.id, a.kind, a.description])).toEqual([
      ['red-cross', 'organization', 'Helps'],
      ['ms-doe', 'person', undefined],
    ]);
    expect(
      ds.relations.map((r) => [
        r.participants.map((p) => `${p.actor}:${p.role}`).join(' '),
        r['x-attributes' as keyof typeof r],
      ]),
    ).toEqual([
      ['ms-doe:source red-cross:target', { Type: 'works for' }],
      ['red-cross:member ms-doe:member', { Type: 'pays' }],
    ]);
  });

  it('refuses tables without the needed columns, naming those found and those needed', () => {
    expect(
      problemsOf(importDataset('Name,Age\nAnn,3\n', 'people.csv', { nodesText: 'x' })),
    ).toEqual([
      "edge table, header: the edge table needs the columns 'Source' and 'Target' (Gephi) or 'From' and 'To' (Kumu); found 'Name', 'Age'",
    ]);
    expect(
      problemsOf(
        importDataset('Source,Target\na,b\n', 'e.csv', { nodesText: 'Who,What\n1,2\n' }),
      )[0],
    ).toBe(
      "node table: the node table needs an 'Id' column (Gephi) or a 'Label' column (Kumu); found 'Who', 'What'",
    );
    expect(problemsOf(importDataset('Source,Target\n"a,b\n', 'e.csv'))[0]).toMatch(
      /^edge table, row \d+: malformed CSV/,
    );
  });

  it('reads a node table alone as actors without relations, with a warning', () => {
    const r = importDataset('Id,Label\na,Ann\n', 'nodes.csv');
    expect(datasetOf(r).relations).toEqual([]);
    expect(warningsOf(r)[0]).toMatch(/node table without an edge table/);
  });
});

describe('CSV export', () => {
  it('guards spreadsheet formulas and reads them back unguarded', () => {
    const ds = datasetOf(importDataset('Id,Label\na,=HYPERLINK("x")\nb,-5\n', 'n.csv'));
    const [edges, nodes] = exportDataset(ds, 'csv');
    expect(nodes?.text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(nodes?.text).toContain(`'-5`);
    const back = datasetOf(
      importDataset(edges?.text ?? '', 'n.csv', { nodesText: nodes?.text ?? '' }),
    );
    expect(back.actors.map((a) => a.name)).toEqual(['=HYPERLINK("x")', '-5']);
  });
});

/** A dataset of one actor per name (ids a, b, c…). */
function named(names: readonly string[]): Dataset {
  return {
    schemaVersion: 1,
    id: 'names',
    title: 'Names',
    sources: [],
    actors: names.map((name, i) => ({ id: `a${i}`, name, kind: 'other' as const })),
    relations: [],
  };
}

function csvRoundTrip(ds: Dataset): Dataset {
  const [edges, nodes] = exportDataset(ds, 'csv');
  return datasetOf(importDataset(edges?.text ?? '', 'n.csv', { nodesText: nodes?.text ?? '' }));
}

describe('CSV formula guard (OWASP CSV injection)', () => {
  const risky = ['=1+2', '+1', '-5', '@SUM(A1)', '\tx', '\rx', '=a\nb', '=HYPERLINK("x")'];

  it('no cell a spreadsheet would run: each risky cell starts with a quote', () => {
    const [, nodes] = exportDataset(named(risky), 'csv');
    const rows = Papa.parse<string[]>(nodes?.text ?? '', { skipEmptyLines: true }).data;
    const labels = rows.slice(1).map((r) => r[1] ?? '');
    expect(labels).toEqual(risky.map((name) => `'${name}`));
  });

  it('the importer reads every guarded cell back unchanged', () => {
    expect(csvRoundTrip(named(risky)).actors.map((a) => a.name)).toEqual(risky);
  });

  it('a name that really starts with an apostrophe makes the trip unchanged', () => {
    const names = ["'=not a formula", "'hello", "''=x", "'", "'-1", "it's"];
    const [, nodes] = exportDataset(named(names), 'csv');
    expect(nodes?.text).toContain("''=not a formula");
    expect(csvRoundTrip(named(names)).actors.map((a) => a.name)).toEqual(names);
  });

  it("a hand-made table's guarded formula is read as the formula", () => {
    const ds = datasetOf(importDataset("Id,Label\na,'=SUM(1)\nb,'plain\n", 'n.csv'));
    expect(ds.actors.map((a) => a.name)).toEqual(['=SUM(1)', "'plain"]);
  });
});

describe('CSV download: one file', () => {
  it('is a zip of the edge table and the node table, which import back', () => {
    const ds = named(['Ann', 'Bob']);
    ds.relations.push({
      id: 'r1',
      kind: 'meeting',
      participants: [{ actor: 'a0' }, { actor: 'a1' }],
      summary: '=cmd',
    });
    const file = exportDownload(ds, 'csv', '-filtered');
    expect(file.fileName).toBe('names-filtered.zip');
    expect(file.mimeType).toBe('application/zip');
    const entries = unzipSync(file.bytes);
    expect(Object.keys(entries)).toEqual(['names-filtered.csv', 'names-filtered.nodes.csv']);
    const text = (name: string): string => strFromU8(entries[name] ?? new Uint8Array());
    const back = datasetOf(
      importDataset(text('names-filtered.csv'), 'names-filtered.csv', {
        nodesText: text('names-filtered.nodes.csv'),
      }),
    );
    expect(back.actors).toEqual(ds.actors);
    expect(back.relations).toEqual(ds.relations);
  });

  it('other formats are the one file itself', () => {
    const file = exportDownload(named(['Ann']), 'gexf');
    expect(file.fileName).toBe('names.gexf');
    expect(new TextDecoder().decode(file.bytes)).toMatch(/^<\?xml/);
  });
});
