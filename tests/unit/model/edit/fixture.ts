/** A small valid dataset for the edit commands' tests, and helpers that apply a command. */
import { expect } from 'vitest';
import {
  applyEdit,
  draftProblems,
  type EditCommand,
  type EditOutcome,
} from '../../../../src/model/edit/index.ts';
import type { Dataset } from '../../../../src/model/schema.ts';

/** A small valid dataset: a fresh copy each call, deeply frozen. */
export function small(): Dataset {
  return deepFreeze({
    schemaVersion: 1,
    id: 'small',
    title: 'Small',
    asOf: '2025-10',
    sources: [
      { id: 'wire', title: 'A wire story', url: 'https://example.org/story' },
      { id: 'paper', title: 'A newspaper story' },
    ],
    actors: [
      { id: 'us', name: 'United States', kind: 'state' },
      { id: 'envoys', name: 'U.S. envoys', kind: 'delegation', memberOf: 'us' },
      {
        id: 'witkoff',
        name: 'Steve Witkoff',
        kind: 'person',
        memberOf: 'envoys',
        sources: ['wire'],
        'x-note': 'kept',
      },
      { id: 'hamas', name: 'Hamas', kind: 'organization' },
      { id: 'qatar', name: 'Qatar', kind: 'state', sources: ['paper', 'wire'] },
    ],
    relations: [
      {
        id: 'sharm',
        kind: 'meeting',
        participants: [
          { actor: 'witkoff', sources: ['wire'] },
          { actor: 'hamas' },
          { actor: 'qatar', role: 'mediator' },
        ],
        place: 'Sharm el-Sheikh',
        quotes: [
          { text: 'We met.', speaker: 'witkoff', source: 'wire' },
          { text: 'They met.', source: 'paper' },
        ],
        sources: ['wire'],
        'x-extra': { free: true },
      },
      {
        id: 'talks',
        kind: 'negotiation',
        label: 'Direct talks',
        participants: [{ actor: 'witkoff' }, { actor: 'hamas' }],
      },
    ],
    positions: {
      actors: { witkoff: { x: 1, y: 2 }, hamas: { x: 3, y: 4 } },
      events: { sharm: { x: 5, y: 6 }, witkoff: { x: 7, y: 8 } },
    },
  } as Dataset);
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Applies `command` to `ds` and checks that `ds` is unchanged. */
export function run(ds: Dataset, command: EditCommand): EditOutcome {
  const snapshot = structuredClone(ds);
  const outcome = applyEdit(ds, command);
  expect(ds).toEqual(snapshot);
  return outcome;
}

export function ok(ds: Dataset, command: EditCommand): { dataset: Dataset; label: string } {
  const outcome = run(ds, command);
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.problems)}`);
  expect(draftProblems(outcome.dataset)).toEqual([]);
  return outcome;
}

export function refused(ds: Dataset, command: EditCommand) {
  const outcome = run(ds, command);
  if (outcome.ok) throw new Error(`accepted: ${outcome.label}`);
  expect(outcome.problems.length).toBeGreaterThan(0);
  return outcome;
}
