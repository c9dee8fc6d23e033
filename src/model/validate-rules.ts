/**
 * The validator's checks that a per-object schema cannot say: forbidden keys and nesting depth
 * anywhere in the document, unique ids, references (with the nearest existing id), `memberOf`
 * cycles, distinct participants, and `endDate` ≥ `date`. They read the raw parsed value defensively,
 * so they run even where the shape is wrong, and each runs in linear time.
 */
import { endIsBeforeStart, isPartialDate } from './dates.ts';
import { SLUG_PATTERN } from './schema.ts';
import { FORBIDDEN_KEYS } from './validate-shape.ts';
import { isRecord, own, quote, type RawProblem, type Segment } from './problems.ts';
import { createSuggester } from './suggest.ts';

/** Ids that are valid slugs but are refused, because code keys objects by id. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['constructor', 'prototype']);

interface Frame {
  value: object;
  depth: number;
  parent: Frame | undefined;
  key: Segment;
}

function pathOf(frame: Frame | undefined, last?: Segment): Segment[] {
  const out: Segment[] = last === undefined ? [] : [last];
  for (let f = frame; f && f.parent; f = f.parent) out.push(f.key);
  return out.reverse();
}

/**
 * Walks the whole document without recursion: reports the keys `__proto__`, `constructor` and
 * `prototype` wherever they are, nesting deeper than `maxDepth` (once), and, for values that did not
 * come from `JSON.parse` (`fromJson` false), anything that is not plain JSON data (functions, class
 * instances, non-finite numbers, shared or cyclic objects).
 */
export function checkDocument(root: unknown, maxDepth: number, fromJson: boolean): RawProblem[] {
  const out: RawProblem[] = [];
  if (typeof root !== 'object' || root === null) return out;
  const seen = fromJson ? undefined : new WeakSet<object>();
  let depthReported = false;
  const stack: Frame[] = [{ value: root, depth: 1, parent: undefined, key: '' }];
  const visitChild = (parent: Frame, key: Segment, child: unknown): void => {
    if (typeof child === 'object' && child !== null) {
      stack.push({ value: child, depth: parent.depth + 1, parent, key });
    } else if (!fromJson && !isJsonPrimitive(child)) {
      out.push({
        at: pathOf(parent, key),
        message: `${describePrimitive(child)} is not JSON data`,
      });
    }
  };
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { value } = frame;
    if (seen) {
      if (seen.has(value)) {
        out.push({ at: pathOf(frame), message: 'the same object appears twice: not JSON data' });
        continue;
      }
      seen.add(value);
      const proto: unknown = Object.getPrototypeOf(value);
      if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
        out.push({ at: pathOf(frame), message: 'is not a plain JSON object' });
        continue;
      }
    }
    if (frame.depth > maxDepth) {
      if (!depthReported) {
        out.push({ at: pathOf(frame), message: `nested deeper than ${maxDepth} levels` });
        depthReported = true;
      }
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visitChild(frame, i, value[i]);
    } else {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (FORBIDDEN_KEYS.has(key))
          out.push({
            at: pathOf(frame, key),
            message: `forbidden key ${quote(key)}: the keys __proto__, constructor and prototype are not allowed anywhere`,
          });
        visitChild(frame, key, record[key]);
      }
    }
  }
  return out;
}

function isJsonPrimitive(v: unknown): boolean {
  return (
    v === undefined ||
    typeof v === 'string' ||
    typeof v === 'boolean' ||
    (typeof v === 'number' && Number.isFinite(v))
  );
}

function describePrimitive(v: unknown): string {
  return typeof v === 'number' ? String(v) : `a ${typeof v}`;
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function str(record: unknown, key: string): string | undefined {
  if (!isRecord(record)) return undefined;
  const v = own(record, key);
  return typeof v === 'string' ? v : undefined;
}

function isSlug(v: unknown): v is string {
  return typeof v === 'string' && SLUG_PATTERN.test(v);
}

/** Ids, references, cycles, participants and date order. */
export function checkRecords(root: unknown): RawProblem[] {
  const out: RawProblem[] = [];
  if (!isRecord(root)) return out;
  const sources = list(own(root, 'sources'));
  const actors = list(own(root, 'actors'));
  const relations = list(own(root, 'relations'));

  // Ids: sources have their own namespace; actors and relations share one.
  const sourceIds = new Map<string, number>();
  sources.forEach((s, i) => {
    const id = str(s, 'id');
    if (id === undefined) return;
    const first = sourceIds.get(id);
    if (first !== undefined)
      out.push({
        at: ['sources', i, 'id'],
        message: `duplicate source id ${quote(id)} — already used by sources[${first}]`,
      });
    else sourceIds.set(id, i);
    if (RESERVED_IDS.has(id))
      out.push({
        at: ['sources', i, 'id'],
        message: `id ${quote(id)} is reserved: choose another`,
      });
  });
  const actorIds = new Map<string, number>();
  const relationIds = new Map<string, number>();
  const firstUse = (id: string): string | undefined => {
    const a = actorIds.get(id);
    if (a !== undefined) return `actors[${a}]`;
    const r = relationIds.get(id);
    return r === undefined ? undefined : `relations[${r}]`;
  };
  const collect = (
    records: readonly unknown[],
    name: 'actors' | 'relations',
    into: Map<string, number>,
  ) =>
    records.forEach((rec, i) => {
      const id = str(rec, 'id');
      if (id === undefined) return;
      const first = firstUse(id);
      if (first !== undefined)
        out.push({
          at: [name, i, 'id'],
          message: `duplicate id ${quote(id)} — already used by ${first}`,
        });
      else into.set(id, i);
      if (RESERVED_IDS.has(id))
        out.push({ at: [name, i, 'id'], message: `id ${quote(id)} is reserved: choose another` });
    });
  collect(actors, 'actors', actorIds);
  collect(relations, 'relations', relationIds);

  // References, with the nearest existing id when one is close.
  let suggestActor: ((t: string) => string | undefined) | undefined;
  let suggestSource: ((t: string) => string | undefined) | undefined;
  const actorRef = (value: unknown, at: Segment[]): void => {
    if (!isSlug(value) || actorIds.has(value)) return;
    if (relationIds.has(value)) {
      out.push({ at, message: `${quote(value)} is a relation, not an actor` });
      return;
    }
    suggestActor ??= createSuggester(actorIds.keys());
    const near = suggestActor(value);
    out.push({
      at,
      message: `unknown actor ${quote(value)}${near ? ` — did you mean ${quote(near)}?` : ''}`,
    });
  };
  const sourceRef = (value: unknown, at: Segment[]): void => {
    if (!isSlug(value) || sourceIds.has(value)) return;
    suggestSource ??= createSuggester(sourceIds.keys());
    const near = suggestSource(value);
    out.push({
      at,
      message: `unknown source ${quote(value)}${near ? ` — did you mean ${quote(near)}?` : ''}`,
    });
  };
  const sourceRefs = (record: Record<string, unknown>, at: Segment[]): void =>
    list(own(record, 'sources')).forEach((s, k) => sourceRef(s, [...at, 'sources', k]));

  actors.forEach((a, i) => {
    if (!isRecord(a)) return;
    actorRef(own(a, 'memberOf'), ['actors', i, 'memberOf']);
    sourceRefs(a, ['actors', i]);
  });
  relations.forEach((r, i) => {
    if (!isRecord(r)) return;
    checkParticipants(r, i, actorRef, out);
    list(own(r, 'quotes')).forEach((q, k) => {
      if (!isRecord(q)) return;
      actorRef(own(q, 'speaker'), ['relations', i, 'quotes', k, 'speaker']);
      sourceRef(own(q, 'source'), ['relations', i, 'quotes', k, 'source']);
    });
    sourceRefs(r, ['relations', i]);
    const date = str(r, 'date');
    const endDate = str(r, 'endDate');
    if (
      date &&
      endDate &&
      isPartialDate(date) &&
      isPartialDate(endDate) &&
      endIsBeforeStart(date, endDate)
    )
      out.push({
        at: ['relations', i, 'endDate'],
        message: `endDate ${quote(endDate)} is before date ${quote(date)}`,
      });
  });

  checkMemberOfCycles(actors, actorIds, out);
  return out;
}

function checkParticipants(
  relation: Record<string, unknown>,
  i: number,
  actorRef: (value: unknown, at: Segment[]) => void,
  out: RawProblem[],
): void {
  const participants = list(own(relation, 'participants'));
  const firstIndex = new Map<string, number>();
  const repeats: { j: number; actor: string; first: number }[] = [];
  participants.forEach((p, j) => {
    if (!isRecord(p)) return;
    const actor = own(p, 'actor');
    actorRef(actor, ['relations', i, 'participants', j, 'actor']);
    if (typeof actor !== 'string') return;
    const first = firstIndex.get(actor);
    if (first === undefined) firstIndex.set(actor, j);
    else repeats.push({ j, actor, first });
  });
  if (participants.length < 2 || firstIndex.size === 0) return; // too few: the shape check says so
  if (firstIndex.size < 2) {
    const [only] = firstIndex.keys();
    out.push({
      at: ['relations', i, 'participants'],
      message: `needs at least 2 distinct actors, but every participant is ${quote(only ?? '')}`,
    });
    return;
  }
  for (const { j, actor, first } of repeats)
    out.push({
      at: ['relations', i, 'participants', j, 'actor'],
      message: `actor ${quote(actor)} is already a participant (participants[${first}])`,
    });
}

/** Reports each `memberOf` cycle once, at its first actor in the file, naming the chain. */
function checkMemberOfCycles(
  actors: readonly unknown[],
  actorIds: ReadonlyMap<string, number>,
  out: RawProblem[],
): void {
  const parentOf = (id: string): string | undefined => {
    const index = actorIds.get(id);
    const parent = index === undefined ? undefined : str(actors[index], 'memberOf');
    return parent !== undefined && actorIds.has(parent) ? parent : undefined;
  };
  const state = new Map<string, 'active' | 'done'>();
  for (const start of actorIds.keys()) {
    if (state.has(start)) continue;
    const chain: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && !state.has(id)) {
      state.set(id, 'active');
      chain.push(id);
      id = parentOf(id);
    }
    if (id !== undefined && state.get(id) === 'active') {
      const cycle = chain.slice(chain.indexOf(id));
      let first = cycle[0] ?? id;
      for (const c of cycle) if ((actorIds.get(c) ?? 0) < (actorIds.get(first) ?? 0)) first = c;
      const k = cycle.indexOf(first);
      const ordered = [...cycle.slice(k), ...cycle.slice(0, k), first];
      out.push({
        at: ['actors', actorIds.get(first) ?? 0, 'memberOf'],
        message:
          ordered.length === 2
            ? `${quote(first)} is a member of itself`
            : `memberOf forms a cycle: ${ordered.map((c) => quote(c)).join(' → ')}`,
      });
    }
    for (const c of chain) state.set(c, 'done');
  }
}
