import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportDataset, importDataset, type ExportFormat } from '../../../src/formats/index.ts';
import { generateDataset } from '../../../src/gen/generate.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { byId, datasetOf, revalidates, richDataset, warningsOf } from './helpers.ts';

function roundTrip(ds: Dataset, format: ExportFormat): Dataset {
  const files = exportDataset(ds, format);
  const [main, nodes] = files;
  if (!main) throw new Error('no file exported');
  const r = importDataset(main.text, main.fileName, nodes ? { nodesText: nodes.text } : undefined);
  expect(warningsOf(r)).toEqual([]);
  return datasetOf(r);
}

describe('round trips of the rich fixture (every kind, role, date form, certainty, hierarchy)', () => {
  const ds = richDataset();

  it('JSON → JSON is the identity', () => {
    expect(roundTrip(ds, 'json')).toEqual(ds);
  });

  it('JSON → GEXF → JSON keeps everything (asOf, sources, positions in the <meta> record)', () => {
    const back = roundTrip(ds, 'gexf');
    expect(back).toEqual(ds);
    expect(revalidates(back)).toBe(true);
  });

  it('JSON → GraphML → JSON keeps everything (actors regrouped under their parents)', () => {
    const back = roundTrip(ds, 'graphml');
    expect({ ...back, actors: byId(back.actors) }).toEqual({ ...ds, actors: byId(ds.actors) });
  });

  it('JSON → CSV → JSON keeps actors, relations and the sources they cite; the title comes from the file name', () => {
    const back = roundTrip(ds, 'csv');
    expect(back.actors).toEqual(ds.actors);
    expect(back.relations).toEqual(ds.relations);
    expect(byId(back.sources)).toEqual(byId(ds.sources));
    expect(back.title).toBe('rich-fixture');
    expect(back.description).toBeUndefined();
  });

  it('a relation whose projection has no edge (two co-mediators) still makes the trip', () => {
    const co = ds.relations.find((r) => r.id === 'co-mediators');
    expect(co).toBeDefined();
    for (const f of ['gexf', 'graphml', 'csv'] as const) {
      expect(roundTrip(ds, f).relations.find((r) => r.id === 'co-mediators')).toEqual(co);
    }
  });
});

describe('round trips of generated datasets', () => {
  it('GraphML and GEXF give back any generated dataset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (actors, seed) => {
          const ds = generateDataset({ actors, seed });
          const viaGraphml = roundTrip(ds, 'graphml');
          expect({ ...viaGraphml, actors: byId(viaGraphml.actors) }).toEqual({
            ...ds,
            actors: byId(ds.actors),
          });
          expect(roundTrip(ds, 'gexf')).toEqual(ds);
        },
      ),
      { numRuns: 25 },
    );
  });
});
