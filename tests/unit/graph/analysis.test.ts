import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDataset, analyzeDetailed, mediatorScores } from '../../../src/graph/analysis.ts';
import { brokerage } from '../../../src/graph/brokerage.ts';
import { parseDataset } from '../../../src/model/validate.ts';
import { loadFixture } from './load-fixture.ts';

describe('analyzeDataset', () => {
  it('gives exactly the JSON interface, mediators sorted by roles then betweenness, ties by id', () => {
    expect(analyzeDataset(loadFixture('disconnected'))).toEqual({
      dataset: 'disconnected',
      actors: 9,
      relations: 6,
      met: [{ a: 'm0', b: 'p1', relations: ['mm'] }],
      mediators: [
        {
          actor: 'p2',
          mediatorRoles: 1,
          betweenness: 2,
          brokerage: { coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 0 },
        },
        {
          actor: 'q2',
          mediatorRoles: 1,
          betweenness: 2,
          // q1 → q2 → q3 and q3 → q2 → q1 through the undirected ties (each actor its own bloc).
          brokerage: { coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 2 },
        },
        {
          actor: 'm0',
          mediatorRoles: 1,
          betweenness: 0,
          brokerage: { coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 0 },
        },
        {
          actor: 'p1',
          mediatorRoles: 0,
          betweenness: 2,
          // p2 → p1 → m0 (the negotiation's arc, then the meeting's edge).
          brokerage: { coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 1 },
        },
        {
          actor: 'q3',
          mediatorRoles: 0,
          betweenness: 2,
          brokerage: { coordinator: 0, itinerant: 0, gatekeeper: 0, representative: 0, liaison: 2 },
        },
      ],
    });
  });

  it('rounds betweenness to 6 decimals (the kite: Fernando 8.333333)', () => {
    const m = analyzeDataset(loadFixture('kite')).mediators;
    expect(m.map((x) => [x.actor, x.betweenness])).toEqual([
      ['heather', 14],
      ['fernando', 8.333333],
      ['garth', 8.333333],
      ['ike', 8],
      ['diane', 3.666667],
      ['andre', 0.833333],
      ['beverly', 0.833333],
    ]);
  });

  it('keeps the evidence in the detailed form', () => {
    const d = analyzeDetailed(loadFixture('disconnected'));
    const q2 = d.mediators.find((m) => m.actor === 'q2');
    expect(q2?.mediatorRelations).toEqual(['n2']);
    expect(q2?.betweennessNormalized).toBeCloseTo(2 / 28, 6);
    expect(q2?.brokerageTriples.map((t) => `${t.a}>${t.broker}>${t.c}`)).toEqual([
      'q1>q2>q3',
      'q3>q2>q1',
    ]);
    expect(d.met[0]?.evidence[0]?.how).toBe('direct');
  });

  it('on the Gaza dataset, names Qatar, Egypt and Turkey among the mediators and has Witkoff meet al-Hayya', () => {
    const parsed = parseDataset(
      readFileSync(
        new URL('../../../graph-data/gaza-ceasefire-2025.json', import.meta.url),
        'utf8',
      ),
    );
    if (!parsed.ok) throw new Error('the Gaza dataset does not validate');
    const json = analyzeDataset(parsed.dataset);
    const mediators = new Set(json.mediators.map((m) => m.actor));
    for (const state of ['qatar', 'egypt', 'turkey']) {
      expect(mediators.has(state) || mediators.has(`${state}-intelligence`)).toBe(true);
    }
    expect(
      json.met.find((p) => p.a === 'al-hayya' && p.b === 'witkoff')?.relations.length,
    ).toBeGreaterThan(0);
  });
});

describe('mediatorScores with everyBrokerage (what the explorer’s worker sends back)', () => {
  it('lists every actor with a non-zero brokerage count and its counts, in dataset order', () => {
    const ds = loadFixture('brokerage-roles');
    const scores = mediatorScores(ds, { brokerageTriples: false, everyBrokerage: true });
    const expected = brokerage(ds)
      .filter((b) => Object.values(b.counts).some((n) => n > 0))
      .map((b) => [b.actor, b.counts]);
    expect(expected.length).toBeGreaterThan(3);
    expect(scores.brokerage).toEqual(expected);
    expect(mediatorScores(ds).brokerage).toBeUndefined();
  });
});
