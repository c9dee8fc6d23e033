import { describe, expect, it } from 'vitest';
import { exportDataset, importDataset } from '../../../src/formats/index.ts';
import { parseXml } from '../../../src/formats/xml.ts';
import { datasetOf, fixture, problemsOf, richDataset, warningsOf } from './helpers.ts';

describe('GraphML import', () => {
  const r = importDataset(fixture('formats/features.graphml'), 'features.graphml');
  const ds = datasetOf(r);

  it('reads labels (a label key or a yEd NodeLabel), kinds from keys with defaults, and the description', () => {
    expect(ds.title).toBe('features');
    expect(ds.description).toBe('A hand-written test graph');
    expect(ds.actors.map((a) => [a.id, a.name, a.kind])).toEqual([
      ['hq', 'Head Office', 'organization'],
      ['desk', 'Desk', 'person'],
      ['clerk', 'The Clerk', 'person'],
      ['other', 'Other Office', 'organization'],
    ]);
    expect(ds.actors[3]).toMatchObject({ 'x-attributes': { note: 'remote' } });
  });

  it('makes nested graphs memberOf', () => {
    expect(Object.fromEntries(ds.actors.map((a) => [a.id, a.memberOf]))).toEqual({
      hq: undefined,
      desk: 'hq',
      clerk: 'desk',
      other: undefined,
    });
  });

  it('follows edgedefault and the per-edge directed attribute; keeps weights and edge data', () => {
    expect(ds.relations).toEqual([
      {
        id: 'tie-a',
        kind: 'tie',
        participants: [
          { actor: 'hq', role: 'member' },
          { actor: 'other', role: 'member' },
        ],
        'x-source-id': 'a',
        'x-weight': 2.5,
        'x-certainty': 'unstated',
      },
      {
        id: 'tie-b',
        kind: 'tie',
        participants: [
          { actor: 'clerk', role: 'source' },
          { actor: 'other', role: 'target' },
        ],
        'x-source-id': 'b',
        'x-certainty': 'unstated',
        'x-attributes': { note: 'urgent' },
      },
    ]);
    expect(warningsOf(r)).toEqual(['1 <hyperedge> element(s) are not read']);
  });

  it('refuses a DOCTYPE and malformed XML', () => {
    expect(
      problemsOf(importDataset('<!DOCTYPE graphml SYSTEM "x.dtd"><graphml/>', 'x.graphml'))[0],
    ).toMatch(/^line 1, column 1: refused/);
    expect(problemsOf(importDataset('<graphml><graph></graphml>', 'x.graphml'))[0]).toMatch(
      /malformed XML/,
    );
  });
});

describe('GraphML export', () => {
  const ds = richDataset();
  const file = exportDataset(ds, 'graphml')[0];
  const xml = parseXml(file?.text ?? '');

  it("declares keys per domain and nests members in their group's graph", () => {
    expect(xml.ok).toBe(true);
    if (!xml.ok) return;
    const keys = xml.root.children
      .filter((c) => c.name === 'key')
      .map((k) => `${k.attrs.for}:${k.attrs['attr.name']}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'graph:bc_sources',
        'node:label',
        'node:bc_kind',
        'edge:bc_relation',
      ]),
    );
    expect(file?.text).toMatch(
      /<node id="land-a">.*\n\s*<graph id="land-a:" edgedefault="directed">\n\s*<node id="envoys-a">/,
    );
    expect(file?.text).toContain('directed="false"');
  });
});
