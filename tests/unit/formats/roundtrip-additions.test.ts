/**
 * Round trips keep the format additions of 2026-11-30: relation `label`, participant `certainty` and
 * `sources`, `endDate` alone, date qualifiers, statement `subject`, guarantee `conveyor`, the
 * `agreement` kind and top-level `positions` (JSON, GEXF, GraphML, CSV); fast-check on generated
 * datasets given those fields at random.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDataset, importDataset, type ExportFormat } from '../../../src/formats/index.ts';
import { generateDataset } from '../../../src/gen/generate.ts';
import { mulberry32, type Random } from '../../../src/gen/random.ts';
import { CERTAINTIES } from '../../../src/model/vocabulary.ts';
import type { Dataset, Relation } from '../../../src/model/schema.ts';
import { validateDataset } from '../../../src/model/validate.ts';
import { byId, datasetOf, warningsOf } from './helpers.ts';

function roundTrip(ds: Dataset, format: ExportFormat): Dataset {
  const [main, nodes] = exportDataset(ds, format);
  if (!main) throw new Error('no file exported');
  const r = importDataset(main.text, main.fileName, nodes ? { nodesText: nodes.text } : undefined);
  expect(warningsOf(r)).toEqual([]);
  return datasetOf(r);
}

const additions: Dataset = {
  schemaVersion: 1,
  id: 'additions',
  title: 'Additions',
  sources: [
    { id: 'article', title: 'The article', publisher: 'A paper', date: '2025-12~' },
    { id: 'headline', title: 'A headline' },
  ],
  actors: [
    { id: 'us', name: 'United States', kind: 'state' },
    { id: 'witkoff', name: 'Steve Witkoff', kind: 'person', memberOf: 'us' },
    { id: 'hamas', name: 'Hamas', kind: 'organization' },
    { id: 'israel', name: 'Israel', kind: 'state' },
    { id: 'qatar', name: 'Qatar', kind: 'state' },
  ],
  relations: [
    {
      id: 'meeting',
      kind: 'meeting',
      label: 'Sharm el-Sheikh meeting',
      endDate: '2025-10',
      place: 'Sharm el-Sheikh',
      certainty: 'confirmed',
      participants: [
        { actor: 'witkoff' },
        { actor: 'hamas', certainty: 'reported', sources: ['article', 'headline'] },
        { actor: 'qatar', role: 'mediator', sources: ['headline'] },
      ],
      sources: ['article'],
    },
    {
      id: 'admission',
      kind: 'statement',
      label: '“May have duped me”',
      date: '2025-10~',
      participants: [{ actor: 'witkoff' }, { actor: 'hamas', role: 'subject' }],
    },
    {
      id: 'guarantee',
      kind: 'guarantee',
      date: '2025-10-09?',
      endDate: '2025-10-12%',
      participants: [
        { actor: 'us' },
        { actor: 'hamas', role: 'beneficiary' },
        { actor: 'witkoff', role: 'conveyor', certainty: 'disputed' },
      ],
    },
    {
      id: 'deal',
      kind: 'agreement',
      date: '2025',
      participants: [
        { actor: 'israel' },
        { actor: 'hamas' },
        { actor: 'qatar', role: 'mediator' },
        { actor: 'us', role: 'guarantor' },
      ],
    },
  ],
  positions: {
    actors: { witkoff: { x: 12.5, y: -3 }, hamas: { x: 0, y: 100 } },
    events: { deal: { x: 1, y: 2 }, hamas: { x: 3, y: 4 } },
  },
};

describe('round trips of the format additions', () => {
  it('the fixture is valid', () => {
    expect(validateDataset(additions)).toEqual({ ok: true, dataset: additions });
  });

  it('JSON → JSON is the identity', () => {
    expect(roundTrip(additions, 'json')).toEqual(additions);
  });

  it('GEXF and GraphML keep every relation field, participant details included', () => {
    for (const f of ['gexf', 'graphml'] as const) {
      const back = roundTrip(additions, f);
      expect(back.relations, f).toEqual(additions.relations);
      expect(byId(back.actors), f).toEqual(byId(additions.actors));
      expect(byId(back.sources), f).toEqual(byId(additions.sources));
    }
  });

  it('GEXF keeps the positions of both views', () => {
    expect(roundTrip(additions, 'gexf').positions).toEqual(additions.positions);
  });

  it('CSV keeps every relation field, participant details included', () => {
    const back = roundTrip(additions, 'csv');
    expect(back.relations).toEqual(additions.relations);
    expect(back.actors).toEqual(additions.actors);
  });

  it('GraphML draws the relation label as the edge label', () => {
    const [main] = exportDataset(additions, 'graphml');
    expect(main?.text).toContain('Sharm el-Sheikh meeting');
  });
});

/** Gives a generated dataset's relations labels, qualifiers, "by then" dates and participant details. */
function withAdditions(ds: Dataset, rnd: Random): Dataset {
  const sourceIds = ds.sources.map((s) => s.id);
  const qualifiers = ['', '~', '?', '%'];
  const relations = ds.relations.map((r): Relation => {
    const out = { ...r, participants: r.participants.map((p) => ({ ...p })) } as Relation;
    if (rnd.int(0, 2) === 0) out.label = `Label ${r.id} «${rnd.int(0, 99)}» & <x>`;
    if (out.date !== undefined) {
      const q = qualifiers[rnd.int(0, 3)] ?? '';
      if (rnd.int(0, 3) === 0) {
        out.endDate = out.endDate ?? out.date;
        delete out.date;
      } else out.date = `${out.date}${q}`;
    }
    for (const p of out.participants) {
      if (rnd.int(0, 3) === 0) p.certainty = CERTAINTIES[rnd.int(0, 2)];
      if (sourceIds.length > 0 && rnd.int(0, 3) === 0)
        p.sources = [sourceIds[rnd.int(0, sourceIds.length - 1)] as string];
    }
    return out;
  });
  return { ...ds, relations };
}

describe('round trips of generated datasets with the additions (property)', () => {
  it('GEXF, GraphML and CSV give the relations back; the validator accepts them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (actors, seed, extra) => {
          const ds = withAdditions(generateDataset({ actors, seed }), mulberry32(extra));
          expect(validateDataset(ds).ok).toBe(true);
          expect(roundTrip(ds, 'json')).toEqual(ds);
          for (const f of ['gexf', 'graphml', 'csv'] as const)
            expect(roundTrip(ds, f).relations, f).toEqual(ds.relations);
        },
      ),
      { numRuns: 20 },
    );
  });
});
