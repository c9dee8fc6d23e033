/**
 * Datasets shaped to stress the analyses, valid by construction (issues 14 and 16): a deep `memberOf`
 * chain and one very large meeting. Pure; everything in them is invented and says so.
 */
import type { Actor, Dataset, Relation } from '../model/schema.ts';

function shell(id: string, title: string, actors: Actor[], relations: Relation[]): Dataset {
  return {
    schemaVersion: 1,
    id,
    title,
    description:
      'Generated for stress tests by src/gen/stress.ts. Every actor and event in it is invented; it has no sources.',
    sources: [],
    actors,
    relations,
  };
}

/**
 * One `memberOf` chain `depth` deep (c1 ⊃ c2 ⊃ … ⊃ c<depth>, organizations, the deepest a delegation)
 * plus `others` persons (p1…), half of them members of the deepest link; relations: meetings of a
 * person with a link of the chain and its neighbours, mediations between persons, and one meeting
 * of the deepest delegation (so that presence and "met" follow the chain). `depth` 500 and `others`
 * 18 give the 518-actor file of issue 16.
 */
export function deepChainDataset(depth: number, others = 18): Dataset {
  if (!Number.isInteger(depth) || depth < 2)
    throw new RangeError(`depth must be ≥ 2, got ${depth}`);
  const actors: Actor[] = [];
  for (let i = 1; i <= depth; i++) {
    const a: Actor = {
      id: `c${i}`,
      name: `Link ${i}`,
      kind: i === depth ? 'delegation' : 'organization',
    };
    if (i > 1) a.memberOf = `c${i - 1}`;
    actors.push(a);
  }
  for (let i = 1; i <= others; i++) {
    const a: Actor = { id: `p${i}`, name: `Person ${i}`, kind: 'person' };
    if (i % 2 === 0) a.memberOf = `c${depth}`;
    actors.push(a);
  }
  const relations: Relation[] = [];
  const step = Math.max(1, Math.floor(depth / 50));
  for (let i = 1, k = 0; i < depth; i += step, k++) {
    const p = `p${(k % others) + 1}`;
    relations.push({
      id: `m${k + 1}`,
      kind: 'meeting',
      participants: [{ actor: p }, { actor: `c${i}` }, { actor: `c${i + 1}` }],
      date: `2025-${String((k % 12) + 1).padStart(2, '0')}-01`,
    } as Relation);
  }
  for (let i = 1; i + 2 <= others; i += 2) {
    relations.push({
      id: `x${i}`,
      kind: 'mediation',
      participants: [
        { actor: `p${i}` },
        { actor: `p${i + 1}`, role: 'party' },
        { actor: `p${i + 2}`, role: 'party' },
      ],
    } as Relation);
  }
  if (others >= 1) {
    relations.push({
      id: 'deep',
      kind: 'meeting',
      participants: [{ actor: `c${depth}` }, { actor: 'p1' }],
      date: '2025-06-15',
    } as Relation);
  }
  return shell(`deep-chain-${depth}`, `Stress: a memberOf chain ${depth} deep`, actors, relations);
}

/**
 * One meeting of `participants` persons (q1…), plus a ring of mediations around the first few, so that
 * betweenness and brokerage have something besides the clique.
 */
export function bigMeetingDataset(participants: number): Dataset {
  if (!Number.isInteger(participants) || participants < 2) {
    throw new RangeError(`participants must be ≥ 2, got ${participants}`);
  }
  const actors: Actor[] = [];
  for (let i = 1; i <= participants + 3; i++) {
    actors.push({ id: `q${i}`, name: `Person ${i}`, kind: 'person' });
  }
  const relations: Relation[] = [
    {
      id: 'big',
      kind: 'meeting',
      participants: actors.slice(0, participants).map((a) => ({ actor: a.id })),
      date: '2025-03-01',
    } as Relation,
  ];
  for (let i = 0; i < 3; i++) {
    relations.push({
      id: `via${i + 1}`,
      kind: 'mediation',
      participants: [
        { actor: `q${participants + i + 1}` },
        { actor: `q${i + 1}`, role: 'party' },
        { actor: `q${participants + ((i + 1) % 3) + 1}`, role: 'party' },
      ],
      date: `2025-04-0${i + 1}`,
    } as Relation);
  }
  return shell(
    `big-meeting-${participants}`,
    `Stress: one meeting of ${participants} participants`,
    actors,
    relations,
  );
}
