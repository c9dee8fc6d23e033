/**
 * Delegations count for their members (issue 11, item 3): a delegation D with member m attends a
 * meeting with X; m's 1-step neighbourhood contains X, and m's meetings list it "via D".
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/model/schema.ts';
import { delegationPresence } from '../../../src/graph/presence-links.ts';
import { neighbourhood } from '../../../src/graph/neighbourhood.ts';
import { projectDataset } from '../../../src/graph/project.ts';

const ds = {
  schemaVersion: 1,
  id: 'tiny',
  title: 'Tiny',
  sources: [],
  actors: [
    { id: 'd', name: 'D delegation', kind: 'delegation' },
    { id: 'm', name: 'M', kind: 'person', memberOf: 'd' },
    { id: 'n', name: 'N', kind: 'person', memberOf: 'd' },
    { id: 'x', name: 'X', kind: 'person' },
    { id: 's', name: 'S state', kind: 'state' },
    { id: 'o', name: 'O official', kind: 'person', memberOf: 's' },
  ],
  relations: [
    {
      id: 'talks',
      kind: 'meeting',
      participants: [
        { actor: 'd', role: 'participant' },
        { actor: 'x', role: 'participant' },
        { actor: 's', role: 'participant' },
      ],
    },
    {
      id: 'said',
      kind: 'statement',
      participants: [
        { actor: 'd', role: 'speaker' },
        { actor: 'x', role: 'addressee' },
      ],
    },
  ],
} as unknown as Dataset;

describe('delegationPresence', () => {
  it("lists the meetings a member attended through its delegation (meetings only, not a state's members)", () => {
    const { byActor } = delegationPresence(ds);
    expect(byActor.get('m')).toEqual([{ relation: 'talks', via: ['d'] }]);
    expect(byActor.get('n')).toEqual([{ relation: 'talks', via: ['d'] }]);
    expect(byActor.has('o')).toBe(false);
    expect(byActor.has('x')).toBe(false);
  });

  it('links a member to the other people present, once per pair, never to its own delegation', () => {
    const { links } = delegationPresence(ds);
    const pairs = links.map((l) => [l.source, l.target].sort().join('-')).sort();
    expect(pairs).toEqual(['m-n', 'm-s', 'm-x', 'n-s', 'n-x']);
    expect(links.every((l) => l.relationId === 'talks')).toBe(true);
  });

  it("puts the meeting's other participants inside the member's 1-step focus", () => {
    const projected = projectDataset(ds);
    expect(neighbourhood(projected, 'm', 1).has('x')).toBe(false);
    const withPresence = [...projected, ...delegationPresence(ds).links];
    const near = neighbourhood(withPresence, 'm', 1);
    expect([...near].sort()).toEqual(['m', 'n', 's', 'x']);
    expect(neighbourhood(withPresence, 'o', 1)).toEqual(new Set(['o']));
  });
});
