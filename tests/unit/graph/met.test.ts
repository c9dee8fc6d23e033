import { describe, expect, it } from 'vitest';
import { metPairs, presenceAt, presenceIndex } from '../../../src/graph/met.ts';
import { loadFixture } from './load-fixture.ts';

describe('metPairs', () => {
  const ds = loadFixture('met-delegations');
  const pairs = metPairs(ds);

  it('lists every pair that shared a meeting once, a < b, sorted, with the meetings (worked out by hand)', () => {
    expect(pairs.map((p) => [p.a, p.b, p.relations])).toEqual([
      ['envoys', 'y', ['m5']],
      ['h', 'qi', ['m1']],
      ['h', 's1', ['m1']],
      ['h', 'sub', ['m1']],
      ['h', 'w', ['m1']],
      ['hdel', 'qi', ['m1']],
      ['hdel', 'w', ['m1']],
      ['k', 'w', ['m5']],
      ['k', 'y', ['m5']],
      ['q', 'w', ['m3']],
      ['q', 'x', ['m3']],
      ['q', 'y', ['m4']],
      ['qi', 's1', ['m1']],
      ['qi', 'sub', ['m1']],
      ['qi', 'w', ['m1']],
      ['qi', 'y', ['m4']],
      ['s1', 'w', ['m1']],
      ['sub', 'w', ['m1']],
      ['w', 'x', ['m2', 'm3']],
      ['w', 'y', ['m5']],
    ]);
  });

  it('counts delegation members as present, recursively, and says how', () => {
    const hw = pairs.find((p) => p.a === 'h' && p.b === 'w');
    expect(hw?.evidence).toEqual([{ relation: 'm1', how: 'delegation', aVia: ['hdel'], bVia: [] }]);
    const s1w = pairs.find((p) => p.a === 's1' && p.b === 'w');
    expect(s1w?.evidence[0]?.aVia).toEqual(['hdel', 'sub']);
    const wx = pairs.find((p) => p.a === 'w' && p.b === 'x');
    expect(wx?.evidence.map((e) => e.how)).toEqual(['direct', 'direct']);
    const kw = pairs.find((p) => p.a === 'k' && p.b === 'w');
    expect(kw?.evidence).toEqual([
      { relation: 'm5', how: 'delegation', aVia: ['envoys'], bVia: ['envoys'] },
    ]);
  });

  it('does not count members of states or organizations, nor pair an actor with its own group', () => {
    const ids = new Set(pairs.flatMap((p) => [p.a, p.b]));
    expect(ids.has('qo')).toBe(false); // member of the state q, which met
    expect(ids.has('lone')).toBe(false);
    const keys = new Set(pairs.map((p) => `${p.a}|${p.b}`));
    for (const k of ['h|hdel', 'hdel|sub', 'hdel|s1', 's1|sub', 'q|qi', 'envoys|w', 'envoys|k']) {
      expect(keys.has(k)).toBe(false);
    }
  });

  it('ignores relations that are not meetings', () => {
    // st1 is a statement from w to h on the same day as m1: it adds nothing.
    const hw = pairs.find((p) => p.a === 'h' && p.b === 'w');
    expect(hw?.relations).toEqual(['m1']);
  });

  it('presenceAt lists participants first, then delegation members breadth-first', () => {
    const m1 = ds.relations.find((r) => r.id === 'm1');
    if (!m1) throw new Error('fixture lacks m1');
    expect(presenceAt(m1, presenceIndex(ds.actors))).toEqual([
      { actor: 'w', via: [] },
      { actor: 'hdel', via: [] },
      { actor: 'qi', via: [] },
      { actor: 'h', via: ['hdel'] },
      { actor: 'sub', via: ['hdel'] },
      { actor: 's1', via: ['hdel', 'sub'] },
    ]);
  });

  it('gives the one pair of a dataset whose only meeting has two participants, and none without meetings', () => {
    const brokerage = loadFixture('brokerage-roles');
    expect(metPairs(brokerage).map((p) => [p.a, p.b, p.relations])).toEqual([
      ['b9', 'd1', ['undirected-1']],
    ]);
    const noMeetings = {
      ...brokerage,
      relations: brokerage.relations.filter((r) => r.kind !== 'meeting'),
    };
    expect(metPairs(noMeetings)).toEqual([]);
  });
});

describe('metPairs and the format additions', () => {
  const actors = ['israel', 'hamas', 'qatar', 'witkoff'].map((id) => ({
    id,
    name: id,
    kind: 'other' as const,
  }));
  const agreement = {
    id: 'deal',
    kind: 'agreement' as const,
    participants: [
      { actor: 'israel' },
      { actor: 'hamas' },
      { actor: 'qatar', role: 'mediator' as const },
    ],
  };
  const aboutHamas = {
    id: 'admission',
    kind: 'statement' as const,
    participants: [{ actor: 'witkoff' }, { actor: 'hamas', role: 'subject' as const }],
  };

  it('an agreement or a statement about someone is not a meeting', () => {
    expect(metPairs({ actors, relations: [agreement, aboutHamas] })).toEqual([]);
  });

  it('parties of an agreement met only where a meeting says they met', () => {
    const meeting = {
      id: 'talks',
      kind: 'meeting' as const,
      endDate: '2025-10',
      participants: [{ actor: 'qatar' }, { actor: 'hamas' }],
    };
    expect(
      metPairs({ actors, relations: [agreement, meeting] }).map((p) => [p.a, p.b, p.relations]),
    ).toEqual([['hamas', 'qatar', ['talks']]]);
  });
});
