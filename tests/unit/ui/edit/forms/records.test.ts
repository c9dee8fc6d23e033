/** The editor forms' fields and the records they make: nothing the form did not change is lost. */
import { describe, expect, it } from 'vitest';
import { loadGaza, must } from '../../../graph/gaza.ts';
import type { Actor, Dataset, Relation } from '../../../../../src/model/schema.ts';
import { applyEdit, citationsOf } from '../../../../../src/model/edit/index.ts';
import {
  actorFields,
  actorRecord,
  joinDate,
  metaFields,
  metaRecord,
  newActorId,
  newRelationId,
  sourceFields,
  sourceRecord,
  splitDate,
} from '../../../../../src/ui/edit/forms/records.ts';
import {
  relationFields,
  relationRecord,
  roleNotes,
  withKind,
} from '../../../../../src/ui/edit/forms/relation-record.ts';
import { citationLine, citationsInWords } from '../../../../../src/ui/edit/forms/citations.ts';

const gaza = loadGaza();

describe('an untouched form gives back the record it edits', () => {
  it('for every actor, relation and source of the Gaza dataset, and the dataset itself', () => {
    for (const a of gaza.actors) expect(actorRecord(a.id, actorFields(a), a)).toEqual(a);
    for (const r of gaza.relations) expect(relationRecord(r.id, relationFields(r), r)).toEqual(r);
    for (const s of gaza.sources) expect(sourceRecord(s.id, sourceFields(s), s)).toEqual(s);
    const meta = metaRecord(metaFields(gaza), gaza);
    expect(meta).toEqual({ title: gaza.title, asOf: gaza.asOf, description: gaza.description });
  });

  it('keeps x- keys, an absent default role and an empty list it was given', () => {
    const actor = { id: 'a', name: 'A', kind: 'person', aliases: [], 'x-note': { k: 1 } } as Actor;
    expect(actorRecord('a', { ...actorFields(actor), title: 'Envoy' }, actor)).toEqual({
      ...actor,
      title: 'Envoy',
    });
    const relation = {
      id: 'r',
      kind: 'meeting',
      participants: [
        { actor: 'a', 'x-seat': 3 },
        { actor: 'b', role: 'host' },
      ],
      quotes: [{ text: 'Hi', 'x-page': 2 }],
      'x-extra': true,
    } as unknown as Relation;
    const f = relationFields(relation);
    const out = relationRecord('r', { ...f, place: ' Cairo ' }, relation);
    expect(out).toEqual({ ...relation, place: 'Cairo' });
  });
});

describe('a changed form', () => {
  it('removes emptied fields, trims one-line fields and keeps long texts as typed', () => {
    const a = must(gaza.actors.find((x) => x.title !== undefined && x.description !== undefined));
    const f = {
      ...actorFields(a),
      title: '  ',
      description: ' two\nlines ',
      aliases: ' al-Khaya \n\n X ',
    };
    const out = actorRecord(a.id, f, a);
    expect(out.title).toBeUndefined();
    expect('title' in out).toBe(false);
    expect(out.description).toBe(' two\nlines ');
    expect(out.aliases).toEqual(['al-Khaya', 'X']);
  });

  it('makes a new actor from the form and the prefill, with an id from its name', () => {
    const id = newActorId(gaza, 'Steve Witkoff');
    expect(id).not.toBe('');
    expect(gaza.actors.some((a) => a.id === id)).toBe(false);
    const f = { ...actorFields({ name: 'Qatar' }), kind: 'state' as const };
    expect(
      actorRecord('qatar-x', f, undefined, { name: 'Qatar', 'x-from': 'reader' } as Partial<Actor>),
    ).toEqual({
      'x-from': 'reader',
      id: 'qatar-x',
      name: 'Qatar',
      kind: 'state',
    });
  });

  it('joins dates with their qualifier', () => {
    expect(splitDate('2025-10~')).toEqual({ text: '2025-10', qualifier: '~' });
    expect(joinDate({ text: ' 2025 ', qualifier: '%' })).toBe('2025%');
    expect(joinDate({ text: '', qualifier: '' })).toBeUndefined();
    expect(joinDate({ text: '', qualifier: '?' })).toBe('?');
    const s = must(gaza.sources[0]);
    expect(
      sourceRecord(s.id, { ...sourceFields(s), date: { text: '2025-10-09', qualifier: '?' } }, s)
        .date,
    ).toBe('2025-10-09?');
  });

  it('is accepted by applyEdit when valid, and refused with the validator’s message when not', () => {
    const a = must(gaza.actors[0]);
    const ok = applyEdit(gaza, {
      type: 'updateActor',
      id: a.id,
      actor: actorRecord(a.id, { ...actorFields(a), name: 'New name' }, a),
    });
    expect(ok.ok).toBe(true);
    const s = must(gaza.sources[0]);
    const bad = applyEdit(gaza, {
      type: 'updateSource',
      id: s.id,
      source: sourceRecord(s.id, { ...sourceFields(s), url: 'javascript:alert(1)' }, s),
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.problems).toEqual([
        {
          path: 'sources[0].url',
          message: "'javascript:alert(1)' must be an absolute http: or https: URL",
        },
      ]);
  });
});

describe('kind change', () => {
  const meeting = must(
    gaza.relations.find(
      (r) => r.kind === 'meeting' && r.participants.some((p) => p.role === 'mediator'),
    ),
  );
  const names = new Map(gaza.actors.map((a) => [a.id, a.name]));
  const nameOf = (id: string) => names.get(id) ?? id;

  it('names each role the new kind lacks, and restores the roles when changed back', () => {
    const f = relationFields(meeting);
    const statement = withKind(f, 'statement');
    const mediators = meeting.participants.filter((p) => p.role === 'mediator');
    const notes = roleNotes(statement, nameOf);
    for (const m of mediators)
      expect(notes).toContain(
        `${nameOf(m.actor)}'s role 'mediator' does not exist in a statement: now 'speaker'`,
      );
    expect(statement.participants.every((p) => p.role !== 'mediator')).toBe(true);
    const back = withKind(statement, 'meeting');
    expect(roleNotes(back, nameOf)).toEqual([]);
    expect(relationRecord(meeting.id, back, meeting)).toEqual(meeting);
  });

  it('says "an" before a vowel, and keeps roles the new kind has', () => {
    const f = relationFields(meeting);
    const agreement = withKind(f, 'agreement');
    expect(agreement.participants.filter((p) => p.role === 'mediator').length).toBe(
      meeting.participants.filter((p) => p.role === 'mediator').length,
    );
    const attack = withKind(f, 'attack');
    expect(roleNotes(attack, nameOf)[0]).toMatch(/does not exist in an attack: now 'attacker'$/);
    const made = relationRecord(meeting.id, attack, meeting);
    expect(made.kind).toBe('attack');
    expect(applyEdit(gaza, { type: 'updateRelation', id: meeting.id, relation: made }).ok).toBe(
      true,
    );
  });

  it('makes a new relation from a prefill, its id from the label or kind and place', () => {
    const f = relationFields(undefined, {
      kind: 'guarantee',
      participants: ['qatar'],
      quote: { text: 'We guarantee', source: 'seed-article' },
    });
    expect(f.participants.map((p) => [p.actor, p.role])).toEqual([
      ['qatar', 'guarantor'],
      ['', 'beneficiary'],
    ]);
    expect(f.quotes.map((q) => [q.text, q.source])).toEqual([['We guarantee', 'seed-article']]);
    expect(newRelationId(gaza, 'meeting', '', 'Cairo')).toBe('meeting-cairo');
    expect(newRelationId(gaza, 'meeting', 'Sharm el-Sheikh meeting', '')).toBe(
      'sharm-el-sheikh-meeting-2',
    );
  });
});

describe('roles of new rows', () => {
  it('follow the kind’s slots without a note, until the user chooses one', () => {
    const f = relationFields(undefined, { kind: 'guarantee', participants: ['qatar', 'hamas'] });
    const statement = withKind(f, 'statement');
    expect(statement.participants.map((p) => p.role)).toEqual(['speaker', 'addressee']);
    expect(roleNotes(statement, (id) => id)).toEqual([]);
    const meeting = withKind(statement, 'meeting');
    expect(meeting.participants.map((p) => p.role)).toEqual(['participant', 'participant']);
    const chosen = {
      ...statement,
      participants: statement.participants.map((p, i) =>
        i === 1 ? { ...p, role: 'subject', intended: 'subject', auto: false } : p,
      ),
    };
    expect(roleNotes(withKind(chosen, 'attack'), (id) => id)).toEqual([
      "hamas's role 'subject' does not exist in an attack: now 'attacker'",
    ]);
  });
});

describe('citations in words', () => {
  it('names each citing record once, with the quotes and parts that cite it', () => {
    const id = 'seed-article';
    const cited = citationsInWords(gaza, citationsOf(gaza, id));
    expect(cited.length).toBeGreaterThan(0);
    const keys = cited.map((c) => `${c.kind}:${c.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const kushner = cited.find((c) => c.id === 'kushner');
    expect(kushner && citationLine(kushner)).toBe('actor Jared Kushner');
    const ds: Dataset = {
      ...gaza,
      relations: [
        {
          id: 'm',
          kind: 'meeting',
          participants: [{ actor: 'kushner', sources: ['s'] }, { actor: 'witkoff' }],
          quotes: [{ text: 'x' }, { text: 'y', source: 's' }],
          sources: ['s'],
        },
      ],
    };
    expect(citationsInWords(ds, citationsOf(ds, 's')).map(citationLine)).toEqual([
      "relation Meeting (Jared Kushner's part, quote 2)",
    ]);
  });
});
