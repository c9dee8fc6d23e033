import { describe, expect, it } from 'vitest';
import {
  changeKind,
  draftProblems,
  emptyDataset,
  slugify,
  uniqueId,
} from '../../../../src/model/edit/index.ts';
import { slugify as formatsSlugify } from '../../../../src/formats/index.ts';
import type { Relation } from '../../../../src/model/schema.ts';
import { validateDataset } from '../../../../src/model/validate.ts';
import { ok, small } from './fixture.ts';

describe('changeKind', () => {
  const meeting: Relation = {
    id: 'm',
    kind: 'meeting',
    label: 'Summit',
    participants: [
      { actor: 'a' },
      { actor: 'b', role: 'host' },
      { actor: 'c', role: 'mediator', certainty: 'disputed' },
    ],
  };

  it('names every role the new kind lacks and gives it the default role', () => {
    const { relation, changedRoles } = changeKind(meeting, 'negotiation');
    expect(changedRoles).toEqual([
      { actor: 'a', from: 'participant', to: 'party' },
      { actor: 'b', from: 'host', to: 'party' },
    ]);
    expect(relation).toEqual({
      id: 'm',
      kind: 'negotiation',
      label: 'Summit',
      participants: [
        { actor: 'a' },
        { actor: 'b', role: 'party' },
        { actor: 'c', role: 'mediator', certainty: 'disputed' },
      ],
    });
    expect(meeting.kind).toBe('meeting');
  });

  it('writes out a default role that the new kind has but not as its default', () => {
    const mediation: Relation = {
      id: 'x',
      kind: 'mediation',
      participants: [{ actor: 'q' }, { actor: 'h', role: 'party' }],
    };
    const { relation, changedRoles } = changeKind(mediation, 'negotiation');
    expect(changedRoles).toEqual([]);
    expect(relation.participants).toEqual([
      { actor: 'q', role: 'mediator' },
      { actor: 'h', role: 'party' },
    ]);
  });

  it('changes nothing when the kind is the same, and its result is accepted', () => {
    expect(changeKind(meeting, 'meeting')).toEqual({ relation: meeting, changedRoles: [] });
    const ds = small();
    const sharm = ds.relations[0] as Relation;
    const { relation, changedRoles } = changeKind(sharm, 'attack');
    expect(changedRoles).toEqual([
      { actor: 'witkoff', from: 'participant', to: 'attacker' },
      { actor: 'hamas', from: 'participant', to: 'attacker' },
      { actor: 'qatar', from: 'mediator', to: 'attacker' },
    ]);
    const { label } = ok(ds, { type: 'updateRelation', id: 'sharm', relation });
    expect(label).toBe("Edited relation 'Attack · Sharm el-Sheikh'");
  });
});

describe('emptyDataset', () => {
  it('is a draft with no problem but its lack of actors', () => {
    const ds = emptyDataset({ title: 'Gaza talks — notes', asOf: '2025-10' });
    expect(ds).toEqual({
      schemaVersion: 1,
      id: 'gaza-talks-notes',
      title: 'Gaza talks — notes',
      asOf: '2025-10',
      sources: [],
      actors: [],
      relations: [],
    });
    expect(draftProblems(ds)).toEqual([]);
    const full = validateDataset(ds);
    expect(full.ok).toBe(false);
    expect(!full.ok && full.problems).toEqual([
      { path: 'actors', message: 'needs at least 1 actor, got 0' },
    ]);
  });

  it('takes a given id, falls back to draft, and reports a bad title', () => {
    expect(emptyDataset({ title: 'X', id: 'mine' }).id).toBe('mine');
    expect(emptyDataset({ title: '???' }).id).toBe('draft');
    expect(draftProblems(emptyDataset({ title: ' ' }))).toEqual([
      {
        path: 'title',
        message:
          "' ' must contain a visible character: it is only white space or zero-width characters",
      },
    ]);
  });

  it('takes its first actor', () => {
    const ds = emptyDataset({ title: 'Draft' });
    const { dataset, label } = ok(ds, {
      type: 'addActor',
      actor: { id: 'witkoff', name: 'Steve Witkoff', kind: 'person' },
    });
    expect(label).toBe("Added actor 'Steve Witkoff'");
    expect(validateDataset(dataset).ok).toBe(true);
  });
});

describe('ids', () => {
  it('makes a unique slug from a name', () => {
    expect(uniqueId('Steve Witkoff', [])).toBe('steve-witkoff');
    expect(uniqueId('Witkoff', ['witkoff'])).toBe('witkoff-2');
    expect(uniqueId('Witkoff', new Set(['witkoff', 'witkoff-2', 'witkoff-4']))).toBe('witkoff-3');
    expect(uniqueId('Mohammed bin Abdulrahman Al Thani', ['x'])).toBe(
      'mohammed-bin-abdulrahman-al-thani',
    );
    expect(uniqueId('Émile Zola', [])).toBe('emile-zola');
  });

  it('falls back for text with no letter or digit, and avoids reserved ids', () => {
    expect(uniqueId('???', [])).toBe('item');
    expect(uniqueId('—', ['actor'], 'actor')).toBe('actor-2');
    expect(uniqueId('Constructor', [])).toBe('constructor-2');
    expect(uniqueId('prototype', [])).toBe('prototype-2');
  });

  it('is the one slug function, re-exported by formats', () => {
    expect(formatsSlugify).toBe(slugify);
  });
});
