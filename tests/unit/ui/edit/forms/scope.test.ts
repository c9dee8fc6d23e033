/**
 * The check as you type runs `applyEdit` on the part of the dataset a record can break: for every
 * edit a form can make, it finds exactly the problems the whole check finds, at the same paths.
 */
import { describe, expect, it } from 'vitest';
import { loadGaza, must } from '../../../graph/gaza.ts';
import type { Relation } from '../../../../../src/model/schema.ts';
import { applyEdit } from '../../../../../src/model/edit/index.ts';
import type { EditCommand } from '../../../../../src/model/edit/types.ts';
import { scopedProblems, scopeOf } from '../../../../../src/ui/edit/forms/scope.ts';

const gaza = loadGaza();

const kushner = must(gaza.actors.find((a) => a.id === 'kushner'));
const group = must(gaza.actors.find((a) => a.id === kushner.memberOf));
const meetingIndex = gaza.relations.length - 1;
const meeting = must(gaza.relations[meetingIndex]);
const source = must(gaza.sources[2]);

const relation = (change: Partial<Relation>): Relation =>
  ({ ...meeting, kind: 'meeting', ...change }) as Relation;

const COMMANDS: [string, EditCommand][] = [
  ['empty name', { type: 'updateActor', id: 'kushner', actor: { ...kushner, name: ' ' } }],
  [
    'memberOf cycle',
    { type: 'updateActor', id: group.id, actor: { ...group, memberOf: 'kushner' } },
  ],
  [
    'unknown memberOf',
    { type: 'updateActor', id: 'kushner', actor: { ...kushner, memberOf: 'nobody' } },
  ],
  [
    'unknown source',
    { type: 'updateActor', id: 'kushner', actor: { ...kushner, sources: ['nope'] } },
  ],
  [
    'new actor, bad kind',
    { type: 'addActor', actor: { id: 'x-y', name: 'X', kind: 'robot' as 'person' } },
  ],
  [
    'new actor, taken id',
    { type: 'addActor', actor: { id: 'kushner', name: 'X', kind: 'person' } },
  ],
  ['bad url', { type: 'updateSource', id: source.id, source: { ...source, url: 'ftp://x' } }],
  ['bad date', { type: 'addSource', source: { id: 'new', title: 'T', date: '2025-02-30' } }],
  ['taken source id', { type: 'addSource', source: { id: source.id, title: 'T' } }],
  ['bad asOf', { type: 'setMeta', meta: { title: ' ', asOf: '2025-10~~' } }],
  [
    'end before date',
    {
      type: 'updateRelation',
      id: meeting.id,
      relation: relation({ date: '2025-10-09', endDate: '2025-09' }),
    },
  ],
  [
    'one actor twice',
    {
      type: 'updateRelation',
      id: meeting.id,
      relation: relation({
        participants: [{ actor: 'kushner' }, { actor: 'kushner', role: 'host' }],
      }),
    },
  ],
  [
    'bad role and speaker',
    {
      type: 'updateRelation',
      id: meeting.id,
      relation: relation({
        participants: [{ actor: 'kushner', role: 'speaker' as 'host' }, { actor: 'qatar' }],
        quotes: [{ text: '', speaker: 'nobody', source: 'nope' }],
      }),
    },
  ],
  [
    'new relation, one participant',
    {
      type: 'addRelation',
      relation: { id: 'new-rel', kind: 'attack', participants: [{ actor: '' }] } as Relation,
    },
  ],
  ['valid edit', { type: 'updateActor', id: 'kushner', actor: { ...kushner, title: 'Adviser' } }],
];

describe('scopedProblems', () => {
  it.each(COMMANDS)('%s: the problems of the whole check, at the same paths', (_name, command) => {
    const whole = applyEdit(gaza, command);
    const scoped = scopedProblems(gaza, command);
    expect(scoped).toEqual(whole.ok ? [] : whole.problems);
  });

  it('leaves out the relations for an actor, and all but the relation for a relation', () => {
    const a = scopeOf(gaza, COMMANDS[0]?.[1] as EditCommand).dataset;
    expect(a.relations).toEqual([]);
    expect(a.actors).toBe(gaza.actors);
    const r = scopeOf(gaza, { type: 'updateRelation', id: meeting.id, relation: meeting }).dataset;
    expect(r.relations).toEqual([meeting]);
    expect(meetingIndex).toBeGreaterThan(0);
  });
});
