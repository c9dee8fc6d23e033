/**
 * Random sequences of edit commands, some of them meant to be refused: each keeps the draft valid or
 * is refused with a problem and leaves the dataset as it was; undoing all the accepted ones gives back
 * the start (the same object), and redoing them all gives the end. fast-check prints the seed and the
 * shrunk sequence of a failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEdit,
  changeKind,
  draftProblems,
  emptyHistory,
  record,
  redo,
  undo,
  uniqueId,
  type EditCommand,
  type History,
} from '../../../../src/model/edit/index.ts';
import type { Actor, Dataset, Point, Relation } from '../../../../src/model/schema.ts';
import { ACTOR_KINDS, RELATION_KINDS, RELATION_ROLES } from '../../../../src/model/vocabulary.ts';
import { deepFreeze } from './fixture.ts';

function start(): Dataset {
  return deepFreeze({
    schemaVersion: 1,
    id: 'start',
    title: 'Start',
    sources: [{ id: 'wire', title: 'Wire' }],
    actors: [
      { id: 'a', name: 'Alpha', kind: 'person', sources: ['wire'] },
      { id: 'b', name: 'Beta', kind: 'state', memberOf: 'c' },
      { id: 'c', name: 'Gamma', kind: 'organization', 'x-keep': [1] },
    ],
    relations: [
      {
        id: 'r1',
        kind: 'meeting',
        participants: [{ actor: 'a' }, { actor: 'b', role: 'host' }, { actor: 'c' }],
        quotes: [{ text: 'Met.', speaker: 'a', source: 'wire' }],
      },
      {
        id: 'r2',
        kind: 'guarantee',
        participants: [{ actor: 'a', role: 'guarantor', sources: ['wire'] }, { actor: 'b' }],
        date: '2025-10',
      },
    ],
    positions: { actors: { a: { x: 0, y: 0 } }, events: { r1: { x: 1, y: 1 } } },
  } as Dataset);
}

/** A command as random numbers and choices, made concrete against the dataset it is applied to. */
type Op = (ds: Dataset) => EditCommand;

/** One of `ids`, or (one time in eight, or when there is none) an id that names nothing. */
function pickId(ids: readonly string[], pick: number): string {
  return pick % 8 === 7 ? 'ghost' : (ids[pick % Math.max(1, ids.length)] ?? 'ghost');
}

const allIds = (ds: Dataset) => [...ds.actors, ...ds.relations].map((x) => x.id);
const actorIds = (ds: Dataset) => ds.actors.map((a) => a.id);
const sourceIds = (ds: Dataset) => ds.sources.map((s) => s.id);

const name = fc.constantFrom('Alpha', 'Delta', 'Steve Witkoff', '<b>x</b>', 'Émile', ' ', '');
const pick = fc.nat(20);
const date = fc.constantFrom(
  undefined,
  undefined,
  undefined,
  '2025',
  '2025-10~',
  '2025-10-09',
  '2025-02-30',
  'soon',
);
const idMode = fc.constantFrom('fresh', 'fresh', 'fresh', 'taken', 'bad');

function newId(mode: string, text: string, taken: readonly string[], p: number): string {
  if (mode === 'taken') return pickId(taken, p);
  if (mode === 'bad') return 'Not A Slug';
  return uniqueId(text, taken);
}

const actorOp: fc.Arbitrary<Op> = fc
  .record({
    name,
    kind: fc.constantFrom(...ACTOR_KINDS),
    mode: idMode,
    p: pick,
    member: fc.option(pick),
  })
  .map(({ name: n, kind, mode, p, member }) => (ds) => {
    const actor: Actor = { id: newId(mode, n, allIds(ds), p), name: n, kind };
    if (member !== null) actor.memberOf = pickId(actorIds(ds), member);
    return { type: 'addActor', actor };
  });

const updateActorOp: fc.Arbitrary<Op> = fc
  .record({ p: pick, name, member: fc.option(pick), dropSources: fc.boolean() })
  .map(({ p, name: n, member, dropSources }) => (ds) => {
    const id = pickId(actorIds(ds), p);
    const old = ds.actors.find((a) => a.id === id) ?? { id, name: n, kind: 'other' as const };
    const actor: Actor = {
      ...old,
      name: n,
      memberOf: member === null ? undefined : pickId(actorIds(ds), member),
    };
    if (dropSources) delete actor.sources;
    return { type: 'updateActor', id, actor };
  });

const deleteActorOp: fc.Arbitrary<Op> = fc
  .record({ p: pick, withRelations: fc.boolean() })
  .map(({ p, withRelations }) => (ds) => ({
    type: 'deleteActor',
    id: pickId(actorIds(ds), p),
    withRelations,
  }));

/** Mostly valid relations: distinct participants in turn from `first`; now and then a flaw. */
const relationOp: fc.Arbitrary<Op> = fc
  .record({
    kind: fc.constantFrom(...RELATION_KINDS),
    count: fc.integer({ min: 2, max: 3 }),
    first: pick,
    roles: fc.array(fc.option(fc.nat(3)), { minLength: 3, maxLength: 3 }),
    flaw: fc.constantFrom('none', 'none', 'none', 'none', 'repeat', 'role', 'ghost'),
    mode: idMode,
    date,
    endDate: date,
    quote: fc.option(
      fc.record({
        text: fc.constantFrom('Said so.', 'Said so.', 'Said so.', ''),
        speaker: pick,
        source: fc.option(pick),
      }),
    ),
    source: fc.option(pick),
  })
  .map((r) => (ds: Dataset): EditCommand => {
    const roles: readonly string[] = RELATION_ROLES[r.kind];
    const ids = actorIds(ds);
    const actors = Array.from(
      { length: r.count },
      (_, j) => ids[(r.first + j) % ids.length] ?? 'ghost',
    );
    if (r.flaw === 'repeat') actors[1] = actors[0] ?? 'ghost';
    if (r.flaw === 'ghost') actors[0] = 'ghost';
    const participants = actors.map((actor, j) => {
      const role = r.roles[j];
      if (r.flaw === 'role' && j === 0) return { actor, role: 'nonsense' };
      return role === null || role === undefined
        ? { actor }
        : { actor, role: roles[role % roles.length] };
    });
    const quote = r.quote && {
      text: r.quote.text,
      speaker: pickId(ids, r.quote.speaker),
      ...(r.quote.source === null ? {} : { source: pickId(sourceIds(ds), r.quote.source) }),
    };
    const relation = {
      id: newId(r.mode, r.kind, allIds(ds), r.first),
      kind: r.kind,
      participants,
      ...(r.date === undefined ? {} : { date: r.date }),
      ...(r.endDate === undefined ? {} : { endDate: r.endDate }),
      ...(quote ? { quotes: [quote] } : {}),
      ...(r.source === null ? {} : { sources: [pickId(sourceIds(ds), r.source)] }),
    } as Relation;
    return { type: 'addRelation', relation };
  });

const updateRelationOp: fc.Arbitrary<Op> = fc
  .record({ p: pick, kind: fc.option(fc.constantFrom(...RELATION_KINDS)), label: fc.option(name) })
  .map(({ p, kind, label }) => (ds) => {
    const id = pickId(
      ds.relations.map((r) => r.id),
      p,
    );
    const old = ds.relations.find((r) => r.id === id) ?? start().relations[0];
    let relation = { ...old, id } as Relation;
    if (kind !== null) relation = changeKind(relation, kind).relation;
    if (label !== null) relation = { ...relation, label };
    return { type: 'updateRelation', id, relation };
  });

const deleteRelationOp: fc.Arbitrary<Op> = pick.map((p) => (ds) => ({
  type: 'deleteRelation',
  id: pickId(
    ds.relations.map((r) => r.id),
    p,
  ),
}));

const sourceOp: fc.Arbitrary<Op> = fc
  .record({
    title: name,
    mode: idMode,
    p: pick,
    url: fc.constantFrom(undefined, 'https://e.org/a', 'ftp://e.org'),
  })
  .map(({ title, mode, p, url }) => (ds) => ({
    type: 'addSource',
    source: { id: newId(mode, title, sourceIds(ds), p), title, ...(url ? { url } : {}) },
  }));

const updateSourceOp: fc.Arbitrary<Op> = fc
  .record({ p: pick, title: name })
  .map(({ p, title }) => (ds) => {
    const id = pickId(sourceIds(ds), p);
    return { type: 'updateSource', id, source: { id, title } };
  });

const deleteSourceOp: fc.Arbitrary<Op> = fc
  .record({ p: pick, force: fc.boolean() })
  .map(({ p, force }) => (ds) => ({ type: 'deleteSource', id: pickId(sourceIds(ds), p), force }));

const point = fc.option(
  fc.record({
    x: fc.integer({ min: -500, max: 500 }),
    y: fc.double({ noNaN: true }).map((y) => (y === 0 ? 0 : y)),
  }),
  {
    nil: undefined,
  },
);

const positionsOp: fc.Arbitrary<Op> = fc
  .array(fc.tuple(pick, point), { minLength: 1, maxLength: 3 })
  .map((moves) => (ds) => {
    const positions: Record<string, Point | undefined> = {};
    for (const [p, at] of moves) positions[pickId(allIds(ds), p)] = at;
    return { type: 'setPositions', positions };
  });

const metaOp: fc.Arbitrary<Op> = fc
  .record({ title: name, asOf: date })
  .map(({ title, asOf }) => () => ({ type: 'setMeta', meta: { title, asOf } }));

const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: actorOp, weight: 3 },
  { arbitrary: updateActorOp, weight: 2 },
  { arbitrary: deleteActorOp, weight: 1 },
  { arbitrary: relationOp, weight: 4 },
  { arbitrary: updateRelationOp, weight: 2 },
  { arbitrary: deleteRelationOp, weight: 1 },
  { arbitrary: sourceOp, weight: 2 },
  { arbitrary: updateSourceOp, weight: 1 },
  { arbitrary: deleteSourceOp, weight: 1 },
  { arbitrary: positionsOp, weight: 2 },
  { arbitrary: metaOp, weight: 1 },
);

/** Deletes that a valid draft always accepts: with their cascades, nothing is left dangling. */
function mustBeAccepted(ds: Dataset, c: EditCommand): boolean {
  if (c.type === 'deleteActor') return c.withRelations === true && actorIds(ds).includes(c.id);
  if (c.type === 'deleteSource') return c.force === true && sourceIds(ds).includes(c.id);
  if (c.type === 'deleteRelation') return ds.relations.some((r) => r.id === c.id);
  return false;
}

interface Tally {
  accepted: number;
  refused: number;
  acceptedTypes: Set<string>;
}

/** Checks one edit: valid and plain JSON when accepted; a problem and no change when refused. */
function checkEdit(
  ds: Dataset,
  command: EditCommand,
  tally: Tally,
): { dataset: Dataset; label: string } | undefined {
  const before = structuredClone(ds);
  const out = applyEdit(ds, command);
  expect(ds).toEqual(before);
  if (!out.ok) {
    tally.refused++;
    expect(mustBeAccepted(ds, command)).toBe(false);
    expect(out.problems.length).toBeGreaterThan(0);
    for (const p of out.problems) expect(p.message).not.toMatch(/^could not be applied/);
    return undefined;
  }
  tally.accepted++;
  tally.acceptedTypes.add(command.type);
  expect(draftProblems(out.dataset)).toEqual([]);
  // Plain JSON data: what a save writes and reads back is the same (no undefined keys).
  expect(JSON.parse(JSON.stringify(out.dataset))).toStrictEqual(out.dataset);
  expect(out.label).not.toBe('');
  return { dataset: deepFreeze(out.dataset), label: out.label };
}

/** Applies the ops in turn, recording the accepted edits; a failure lists the commands applied. */
function applyAll(first: Dataset, ops: readonly Op[], tally: Tally) {
  let ds = first;
  let history: History = emptyHistory();
  const applied: EditCommand[] = [];
  try {
    for (const make of ops) {
      const command = make(ds);
      applied.push(command);
      const after = checkEdit(ds, command, tally);
      if (after === undefined) continue;
      history = record(history, { before: ds, after: after.dataset, label: after.label });
      ds = after.dataset;
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new Error(`${message}\ncommands applied: ${JSON.stringify(applied)}`);
  }
  return { end: ds, history };
}

describe('random sequences of edits', () => {
  it('keep the draft valid or are refused, and undo back to the start exactly', () => {
    const tally: Tally = { accepted: 0, refused: 0, acceptedTypes: new Set() };
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40, size: 'max' }), (ops) => {
        const first = start();
        const snapshot = structuredClone(first);
        let { end: ds, history } = applyAll(first, ops, tally);
        const end = ds;
        for (let u = undo(history); u; u = undo(history)) {
          history = u.history;
          ds = u.dataset;
        }
        expect(ds).toBe(first);
        expect(ds).toEqual(snapshot);
        for (let r = redo(history); r; r = redo(history)) {
          history = r.history;
          ds = r.dataset;
        }
        expect(ds).toBe(end);
      }),
      { numRuns: 200 },
    );
    // Both outcomes were exercised, many times, and every command was accepted some time.
    expect(tally.accepted).toBeGreaterThan(500);
    expect(tally.refused).toBeGreaterThan(500);
    expect(tally.acceptedTypes.size).toBe(11);
  });
});
