import { describe, expect, it } from 'vitest';
import { exportDataset, importDataset } from '../../../src/formats/index.ts';
import { parseXml } from '../../../src/formats/xml.ts';
import { datasetOf, fixture, richDataset, warningsOf } from './helpers.ts';

describe('GEXF import', () => {
  const r = importDataset(fixture('formats/features.gexf'), 'features.gexf');
  const ds = datasetOf(r);
  const actor = (name: string) => ds.actors.find((a) => a.name === name);

  it('makes slugs of ids that are not slugs, and keeps the original id and the label', () => {
    expect(actor('Alpha State')).toMatchObject({ id: 'alpha-state', 'x-source-id': 'N 1' });
    expect(actor('Beta')).toMatchObject({ id: 'beta', kind: 'other' });
    // "Alpha State" would also slug to alpha-state: disambiguated.
    expect(actor('alpha state')).toMatchObject({ id: 'alpha-state-2', 'x-source-id': 'N 2' });
  });

  it('takes a declared Type/kind attribute as the kind when it names one', () => {
    expect(actor('Alpha State')?.kind).toBe('state');
    expect(actor('Gamma')?.kind).toBe('person');
    expect(actor('Beta')).toMatchObject({
      kind: 'other',
      'x-attributes': { type: 'club', score: '1.5' },
    });
  });

  it('reads time from start/end: year-like integers become years', () => {
    const t = ds.relations.find((x) => x.summary === 'timed');
    expect(t).toMatchObject({ date: '1999', endDate: '2001' });
  });

  it('reads directed, undirected and mutual edges, and keeps parallel edges apart', () => {
    const roles = ds.relations.map((x) => x.participants.map((p) => p.role).join('/'));
    expect(roles).toEqual([
      'source/target',
      'member/member',
      'member/member',
      'source/target',
      'source/target',
    ]);
    expect(ds.relations[3]?.participants).toEqual(ds.relations[4]?.participants);
  });

  it('creates nodes that only edges mention, with a warning; skips self-loops with a count', () => {
    expect(actor('ghost')).toEqual({ id: 'ghost', name: 'ghost', kind: 'other' });
    const w = warningsOf(r).join('\n');
    expect(w).toMatch(/1 node\(s\) used by edges are not declared: created as actors \('ghost'\)/);
    expect(w).toMatch(/1 self-loop\(s\) skipped/);
  });

  it('drops an unknown parent and breaks a hierarchy cycle, saying so', () => {
    const w = warningsOf(r).join('\n');
    expect(w).toMatch(/parent 'nowhere' is not a node/);
    expect(w).toMatch(/forms a cycle/);
    expect(ds.actors.filter((a) => a.memberOf !== undefined).length).toBeGreaterThan(0);
  });
});

describe('GEXF export', () => {
  const file = exportDataset(richDataset(), 'gexf')[0];
  const xml = parseXml(file?.text ?? '');

  it('writes GEXF 1.3 with Backchannel fields as declared string attributes', () => {
    expect(file?.mimeType).toBe('application/gexf+xml');
    expect(xml.ok).toBe(true);
    if (!xml.ok) return;
    expect(xml.root.attrs).toMatchObject({ xmlns: 'http://gexf.net/1.3', version: '1.3' });
    const graph = xml.root.children.find((c) => c.name === 'graph');
    const titles = graph?.children
      .filter((c) => c.name === 'attributes')
      .flatMap((a) => a.children.map((c) => `${a.attrs.class}:${c.attrs.title}`));
    expect(titles).toContain('node:bc_kind');
    expect(titles).toContain('edge:bc_participants');
  });

  it('writes hierarchy as pid and the projected edges of each relation, undirected where they are', () => {
    expect(file?.text).toContain('<node id="envoy-one" label="Envoy One" pid="envoys-a">');
    expect(file?.text).toMatch(
      /<edge id="summit#0" source="envoy-one" target="leader-b" type="undirected" label="Meeting">/,
    );
    expect(file?.text).toMatch(
      /<edge id="mandate#0" source="land-a" target="envoy-two" label="Authorization">/,
    );
  });
});
