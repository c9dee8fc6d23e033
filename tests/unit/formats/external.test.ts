import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/formats/index.ts';
import { datasetOf, fixture, revalidates } from './helpers.ts';

function load(name: string) {
  const r = importDataset(fixture(`external/${name}`), name);
  expect(r.ok && r.format).toBe('gexf');
  return { r, ds: datasetOf(r), warnings: r.ok ? r.warnings : [] };
}

describe('the real GEXF files of other tools', () => {
  it('sigma_arctic (pre-1.0 namespace, attvalue id=, viz on every node)', () => {
    const { ds, warnings } = load('sigma_arctic.gexf');
    expect(ds.actors).toHaveLength(1715);
    expect(ds.relations).toHaveLength(6676);
    expect(warnings).toEqual([]);
    const ny = ds.actors.find((a) => a.name === 'New York');
    expect(ny).toMatchObject({
      id: '1',
      kind: 'other',
      'x-attributes': { nodedef: 'n1', label: 'New York', occurrences: '143' },
      'x-color': '#ff3333',
      'x-size': 10.138098,
    });
    // GEXF's y grows upwards; positions are in screen coordinates (y downwards). z = 0 is not kept.
    expect(ds.positions?.actors?.['1']).toEqual({ x: -81.7245, y: -25.771425 });
    expect(ny).not.toHaveProperty('x-z');
    expect(ds.relations.every((r) => r['x-certainty' as keyof typeof r] === 'unstated')).toBe(true);
    expect(revalidates(ds)).toBe(true);
  });

  it('les_miserables (broken viz namespace, non-schema meta): ids from labels, title from <Title>', () => {
    const { ds } = load('sigma_les_miserables.gexf');
    expect(ds.actors).toHaveLength(77);
    expect(ds.relations).toHaveLength(254);
    expect(ds.title).toBe('Les Misérables, the characters coappearance weighted graph');
    expect(ds.actors[0]).toMatchObject({ id: 'myriel', name: 'Myriel', 'x-source-id': '0.0' });
    expect(ds.actors[0]).toMatchObject({ 'x-size': 22.714287 });
    const weighted = ds.relations.find(
      (r) => (r as Record<string, unknown>)['x-source-id'] === '1',
    );
    expect(weighted).toMatchObject({
      kind: 'tie',
      participants: [
        { actor: 'mllebaptistine', role: 'source' },
        { actor: 'myriel', role: 'target' },
      ],
      'x-weight': 8,
    });
    expect(revalidates(ds)).toBe(true);
  });

  it('dynamics: start/end become dates, the first spell is taken with a warning', () => {
    const { ds, warnings } = load('gexf_dynamics.gexf');
    expect(ds.actors).toHaveLength(4);
    expect(ds.relations).toHaveLength(5);
    expect(ds.relations.map((r) => [r.date, r.endDate])).toEqual([
      ['2009-03-01', undefined],
      ['2009-03-01', '2009-03-10'],
      ['2009-03-01', undefined],
      [undefined, '2009-03-10'],
      ['2009-03-01', undefined],
    ]);
    expect(ds.actors.find((a) => a.name === 'Visualization')).toMatchObject({
      'x-time': { end: '2009-03-01' },
    });
    expect(warnings.join('\n')).toMatch(/1 node\(s\) or edge\(s\) have several spells/);
    expect(ds.description).toBe('A Web network changing over time');
  });

  it('hierarchy1: nested <nodes> three levels deep become memberOf', () => {
    const { ds } = load('gexf_hierarchy1.gexf');
    expect(ds.actors).toHaveLength(10);
    expect(ds.relations).toHaveLength(9);
    const parent = Object.fromEntries(ds.actors.map((a) => [a.id, a.memberOf]));
    expect(parent).toEqual({
      a: undefined,
      b: 'a',
      c: 'b',
      d: 'b',
      i: 'b',
      e: 'a',
      f: 'e',
      g: 'e',
      h: 'e',
      j: 'a',
    });
  });

  it('hierarchy4: pid, with a child declared before its parent', () => {
    const { ds } = load('gexf_hierarchy4.gexf');
    expect(ds.actors).toHaveLength(7);
    expect(ds.relations).toHaveLength(4);
    const parent = Object.fromEntries(ds.actors.map((a) => [a.id, a.memberOf]));
    expect(parent).toEqual({ g: 'e', a: undefined, c: 'b', b: 'a', e: 'a', d: 'b', f: 'e' });
  });

  it('celegans: undirected edges become ties between members; labels are names', () => {
    const { ds } = load('gexf_celegans.gexf');
    expect(ds.actors).toHaveLength(306);
    expect(ds.relations).toHaveLength(2345);
    expect(ds.actors[0]).toEqual({ id: '0', name: '1', kind: 'other' });
    expect(ds.relations.every((r) => r.participants.every((p) => p.role === 'member'))).toBe(true);
    // Edge ids "4", "7"… collide with node ids: relations get their own ids and keep the original.
    expect(ds.relations[0]).toMatchObject({ id: 'tie-4' });
    expect(revalidates(ds)).toBe(true);
  });

  it('photoviz: duplicate node merged, self-loops skipped and counted, parallel edges kept, step times not dates', () => {
    const { ds, warnings } = load('gexf_photoviz-dynamic.gexf');
    expect(ds.actors).toHaveLength(393);
    expect(ds.relations).toHaveLength(623 - 2);
    const text = warnings.join('\n');
    expect(text).toMatch(/node id '120' is declared 2 times: merged/);
    expect(text).toMatch(/2 self-loop\(s\) skipped/);
    expect(text).toMatch(/not calendar dates/);
    expect(ds.relations.some((r) => r.date !== undefined)).toBe(false);
    const pairs = ds.relations.map((r) => r.participants.map((p) => p.actor).join('>'));
    expect(new Set(pairs).size).toBeLessThan(pairs.length);
    const labels = ds.actors.map((a) => a.name);
    expect(labels).toContain('ScrollMapModel(Vector<Photo>)');
    expect(labels).toContain('new Runnable() {...}');
    expect(ds.actors.find((a) => a.name === 'Photos')).toMatchObject({
      'x-time': { start: '29', end: '38' },
    });
    expect(revalidates(ds)).toBe(true);
  });
});
