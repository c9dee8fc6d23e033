/**
 * The validator's checks that a per-object schema cannot say: forbidden keys and nesting depth
 * anywhere in the document, unique ids, references (with the nearest existing id), `memberOf`
 * cycles, distinct participants, participant limits, `endDate` ≥ `date`, and the ids of `positions`. They read the raw parsed value defensively,
 * so they run even where the shape is wrong, and each runs in linear time.
 */
import { endIsBeforeStart } from './dates.ts';
import { MAX_ANALYSIS_PAIRS, MAX_PARTICIPANTS_PER_RELATION } from './limits.ts';
import { SLUG_PATTERN } from './schema.ts';
import { FORBIDDEN_KEYS } from './validate-shape.ts';
import { quote, type RawProblem, type Segment } from './problems.ts';
import { createSuggester } from './suggest.ts';

// Local copies of problems.ts's helpers: these run for every record of a large file.
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Ids that are valid slugs but are refused, because code keys objects by id. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['constructor', 'prototype']);

/** A problem found by the walk, located by the container it is in (and the key there). */
interface Flag {
  container: object;
  key?: Segment;
  message: string;
}

/**
 * Walks the whole document without recursion: reports the keys `__proto__`, `constructor` and
 * `prototype` wherever they are, nesting deeper than `maxDepth` (once), and, for values that did not
 * come from `JSON.parse` (`fromJson` false), anything that is not plain JSON data (functions, class
 * instances, non-finite numbers, cycles; shared objects are walked once). Paths are worked out only
 * when something was found, so the usual walk allocates almost nothing. `known`: records of a dataset
 * already accepted whole, not walked again (see `validateDataset`).
 */
export function checkDocument(
  root: unknown,
  maxDepth: number,
  fromJson: boolean,
  known?: WeakSet<object>,
): RawProblem[] {
  if (typeof root !== 'object' || root === null) return [];
  const flags: Flag[] = [];
  // For values built in code: objects already walked (shared ones are walked once) and the objects
  // on the path to the current one (a child among them is a cycle). A negative depth marks the end
  // of an object's children.
  const seen = fromJson ? undefined : new WeakSet<object>([root]);
  const onPath = new Set<object>();
  const values: object[] = [root];
  const depths: number[] = [1];
  let depthReported = false;
  const visit = (container: object, key: Segment, child: unknown, depth: number): void => {
    if (typeof child !== 'object' || child === null) {
      if (!fromJson && !isJsonPrimitive(child))
        flags.push({ container, key, message: `${describePrimitive(child)} is not JSON data` });
      return;
    }
    if (known?.has(child)) return;
    if (seen) {
      if (onPath.has(child)) {
        flags.push({ container, key, message: 'is a circular reference: not JSON data' });
        return;
      }
      if (seen.has(child)) return;
      seen.add(child);
      if (!isPlain(child)) {
        flags.push({ container, key, message: 'is not a plain JSON object' });
        return;
      }
    }
    values.push(child);
    depths.push(depth + 1);
  };
  if (seen && !isPlain(root)) return [{ at: [], message: 'is not a plain JSON object' }];
  while (values.length > 0) {
    const value = values.pop() as object;
    const depth = depths.pop() as number;
    if (depth < 0) {
      onPath.delete(value);
      continue;
    }
    if (seen) {
      onPath.add(value);
      values.push(value);
      depths.push(-1);
    }
    if (depth > maxDepth) {
      if (!depthReported)
        flags.push({ container: value, message: `nested deeper than ${maxDepth} levels` });
      depthReported = true;
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (!fromJson || (typeof child === 'object' && child !== null))
          visit(value, i, child, depth);
      }
    } else {
      const record = value as Record<string, unknown>;
      // for…in (with an own-key check) walks JSON.parse's objects without allocating a key list.
      for (const key in record) {
        if (!Object.hasOwn(record, key)) continue;
        if (FORBIDDEN_KEYS.has(key))
          flags.push({
            container: record,
            key,
            message: `forbidden key ${quote(key)}: the keys __proto__, constructor and prototype are not allowed anywhere`,
          });
        const child = record[key];
        if (!fromJson || (typeof child === 'object' && child !== null))
          visit(record, key, child, depth);
      }
    }
  }
  return flags.length === 0 ? [] : placeFlags(root, flags, maxDepth);
}

/** The problems flagged, each at its path (worked out only now that something was found). */
function placeFlags(root: object, flags: readonly Flag[], maxDepth: number): RawProblem[] {
  const paths = locateContainers(root, new Set(flags.map((f) => f.container)), maxDepth + 1);
  return flags.map((f) => {
    const base = paths.get(f.container) ?? [];
    return { at: f.key === undefined ? base : [...base, f.key], message: f.message };
  });
}

function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The path of each target container (the first way it is reached), by a second, tracked walk. */
function locateContainers(
  root: object,
  targets: ReadonlySet<object>,
  maxDepth: number,
): Map<object, Segment[]> {
  const found = new Map<object, Segment[]>();
  const visited = new WeakSet<object>();
  const stack: { value: object; path: Segment[] }[] = [{ value: root, path: [] }];
  for (let frame = stack.pop(); frame && found.size < targets.size; frame = stack.pop()) {
    const { value, path } = frame;
    if (visited.has(value)) continue;
    visited.add(value);
    if (targets.has(value) && !found.has(value)) found.set(value, path);
    if (path.length >= maxDepth) continue;
    const entries: [Segment, unknown][] = Array.isArray(value)
      ? value.map((v: unknown, i): [Segment, unknown] => [i, v])
      : Object.entries(value);
    for (let k = entries.length - 1; k >= 0; k--) {
      const entry = entries[k];
      if (entry && typeof entry[1] === 'object' && entry[1] !== null)
        stack.push({ value: entry[1], path: [...path, entry[0]] });
    }
  }
  return found;
}

function isJsonPrimitive(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
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

interface Ids {
  sourceIds: Map<string, number>;
  actorIds: Map<string, number>;
  relationIds: Map<string, number>;
}

/** Ids: sources have their own namespace; actors and relations share one. Reports repeats. */
function collectIds(
  sources: readonly unknown[],
  actors: readonly unknown[],
  relations: readonly unknown[],
  out: RawProblem[],
): Ids {
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
  return { sourceIds, actorIds, relationIds };
}

/** Checks of references to actors and sources, with the nearest existing id when one is close. */
interface Refs {
  /** Reports `value` at `at` when it is a slug that names no actor. */
  actor(value: unknown, at: Segment[]): void;
  /** Reports `value` at `at` when it is a slug that names no source. */
  source(value: unknown, at: Segment[]): void;
  /** Checks each entry of `record.sources`, at `[...at, 'sources', k]`. */
  sourceList(record: Record<string, unknown>, at: Segment[]): void;
}

/** The reference checks of one document. The valid path allocates nothing. */
function referenceChecks({ sourceIds, actorIds, relationIds }: Ids, out: RawProblem[]): Refs {
  let suggestActor: ((t: string) => string | undefined) | undefined;
  let suggestSource: ((t: string) => string | undefined) | undefined;
  const source = (value: unknown, at: Segment[]): void => {
    if (typeof value !== 'string' || sourceIds.has(value) || !SLUG_PATTERN.test(value)) return;
    suggestSource ??= createSuggester(sourceIds.keys());
    const near = suggestSource(value);
    out.push({
      at,
      message: `unknown source ${quote(value)}${near ? ` — did you mean ${quote(near)}?` : ''}`,
    });
  };
  return {
    actor(value, at) {
      if (typeof value !== 'string' || actorIds.has(value) || !SLUG_PATTERN.test(value)) return;
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
    },
    source,
    sourceList(record, at) {
      const list = own(record, 'sources');
      if (!Array.isArray(list)) return;
      for (let k = 0; k < list.length; k++) {
        const v: unknown = list[k];
        if (typeof v !== 'string' || !sourceIds.has(v)) source(v, [...at, 'sources', k]);
      }
    },
  };
}

/** Ids, references, cycles, participants, date order and the ids of `positions`. */
export function checkRecords(root: unknown): RawProblem[] {
  const out: RawProblem[] = [];
  if (!isRecord(root)) return out;
  const actors = list(own(root, 'actors'));
  const relations = list(own(root, 'relations'));
  const ids = collectIds(list(own(root, 'sources')), actors, relations, out);
  const refs = referenceChecks(ids, out);
  for (let i = 0; i < actors.length; i++) {
    const a = actors[i];
    if (!isRecord(a)) continue;
    refs.actor(own(a, 'memberOf'), ['actors', i, 'memberOf']);
    refs.sourceList(a, ['actors', i]);
  }
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i];
    if (isRecord(r)) checkRelation(r, i, refs, out);
  }
  checkMemberOfCycles(actors, ids.actorIds, out);
  checkPositions(own(root, 'positions'), ids.actorIds, ids.relationIds, out);
  checkParticipantLimits(relations, out);
  return out;
}

/**
 * Bounded cost (limits.ts): at most MAX_PARTICIPANTS_PER_RELATION participants in a relation, and at
 * most MAX_ANALYSIS_PAIRS actor pairs, Σ n(n−1)/2, over all relations.
 */
function checkParticipantLimits(relations: readonly unknown[], out: RawProblem[]): void {
  let pairs = 0;
  let largest = -1;
  let largestCount = 0;
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i];
    const ps = isRecord(r) ? own(r, 'participants') : undefined;
    if (!Array.isArray(ps)) continue;
    const n = ps.length;
    pairs += (n * (n - 1)) / 2;
    if (n > largestCount) {
      largest = i;
      largestCount = n;
    }
    if (n > MAX_PARTICIPANTS_PER_RELATION) {
      out.push({
        at: ['relations', i, 'participants'],
        message: `has ${figure(n)} participants; at most ${figure(MAX_PARTICIPANTS_PER_RELATION)} are accepted in one relation (a meeting links each of them to every other)`,
      });
    }
  }
  if (pairs > MAX_ANALYSIS_PAIRS && largestCount <= MAX_PARTICIPANTS_PER_RELATION) {
    out.push({
      at: ['relations'],
      message: `the relations link up to ${figure(pairs)} pairs of participants (n(n−1)/2 per relation of n; the largest is relations[${largest}], with ${figure(largestCount)}); at most ${figure(MAX_ANALYSIS_PAIRS)} are accepted`,
    });
  }
}

function figure(n: number): string {
  return n.toLocaleString('en-US');
}

/** One relation's references, distinct participants, and `endDate` ≥ `date`. */
function checkRelation(r: Record<string, unknown>, i: number, refs: Refs, out: RawProblem[]): void {
  const participants = own(r, 'participants');
  if (Array.isArray(participants)) {
    for (let j = 0; j < participants.length; j++) {
      const p: unknown = participants[j];
      if (!isRecord(p)) continue;
      refs.actor(own(p, 'actor'), ['relations', i, 'participants', j, 'actor']);
      if (own(p, 'sources') !== undefined) refs.sourceList(p, ['relations', i, 'participants', j]);
    }
    checkDistinct(participants, i, out);
  }
  const quotes = own(r, 'quotes');
  if (Array.isArray(quotes)) {
    for (let k = 0; k < quotes.length; k++) {
      const q: unknown = quotes[k];
      if (!isRecord(q)) continue;
      refs.actor(own(q, 'speaker'), ['relations', i, 'quotes', k, 'speaker']);
      refs.source(own(q, 'source'), ['relations', i, 'quotes', k, 'source']);
    }
  }
  refs.sourceList(r, ['relations', i]);
  const date = own(r, 'date');
  const endDate = own(r, 'endDate');
  // A later-sorting endDate is never before its date (see endIsBeforeStart), so most skip parsing.
  if (
    typeof date === 'string' &&
    typeof endDate === 'string' &&
    endDate < date &&
    endIsBeforeStart(date, endDate)
  )
    out.push({
      at: ['relations', i, 'endDate'],
      message: `endDate ${quote(endDate)} is before date ${quote(date)}`,
    });
}

/**
 * Every id of `positions` names an existing node of its view: an actor in `actors`, an actor or a
 * relation (an event) in `events`. (That x and y are finite numbers is the schema's check.)
 */
function checkPositions(
  positions: unknown,
  actorIds: ReadonlyMap<string, number>,
  relationIds: ReadonlyMap<string, number>,
  out: RawProblem[],
): void {
  if (!isRecord(positions)) return;
  const views = [
    ['actors', false],
    ['events', true],
  ] as const;
  for (const [view, eventsToo] of views) {
    const byId = own(positions, view);
    if (!isRecord(byId)) continue;
    let suggest: ((t: string) => string | undefined) | undefined;
    for (const id in byId) {
      if (!Object.hasOwn(byId, id) || FORBIDDEN_KEYS.has(id)) continue;
      if (actorIds.has(id) || (eventsToo && relationIds.has(id))) continue;
      const what = eventsToo ? 'actor or relation' : 'actor';
      if (!eventsToo && relationIds.has(id)) {
        out.push({
          at: ['positions', view, id],
          message: `${quote(id)} is a relation, not an actor: relations are placed under positions.events`,
        });
        continue;
      }
      suggest ??= createSuggester(
        eventsToo ? [...actorIds.keys(), ...relationIds.keys()] : actorIds.keys(),
      );
      const near = suggest(id);
      out.push({
        at: ['positions', view, id],
        message: `unknown ${what} ${quote(id)}${near ? ` — did you mean ${quote(near)}?` : ''}`,
      });
    }
  }
}

function actorAt(participants: readonly unknown[], j: number): string | undefined {
  const p = participants[j];
  const a = isRecord(p) ? own(p, 'actor') : undefined;
  return typeof a === 'string' ? a : undefined;
}

/** Whether an actor is listed twice (without allocating for the usual few participants). */
function hasRepeat(participants: readonly unknown[]): boolean {
  const n = participants.length;
  if (n > 16) {
    const seen = new Set<string>();
    for (let j = 0; j < n; j++) {
      const a = actorAt(participants, j);
      if (a === undefined) continue;
      if (seen.has(a)) return true;
      seen.add(a);
    }
    return false;
  }
  for (let j = 1; j < n; j++) {
    const a = actorAt(participants, j);
    if (a === undefined) continue;
    for (let k = 0; k < j; k++) if (actorAt(participants, k) === a) return true;
  }
  return false;
}

/** ≥ 2 distinct actors among the participants, and no actor listed twice. */
function checkDistinct(participants: readonly unknown[], i: number, out: RawProblem[]): void {
  if (participants.length < 2 || !hasRepeat(participants)) return;
  const actors: (string | undefined)[] = participants.map((p) => {
    const a = isRecord(p) ? own(p, 'actor') : undefined;
    return typeof a === 'string' ? a : undefined;
  });
  const firstIndex = new Map<string, number>();
  const repeats: { j: number; actor: string; first: number }[] = [];
  actors.forEach((actor, j) => {
    if (actor === undefined) return;
    const first = firstIndex.get(actor);
    if (first === undefined) firstIndex.set(actor, j);
    else repeats.push({ j, actor, first });
  });
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

/** `'a' → 'b' → 'a'`; a long cycle shows its first ten ids, how many are left out, and the first again. */
function chainText(ids: readonly string[]): string {
  const shown =
    ids.length <= 12
      ? ids.map((c) => quote(c))
      : [
          ...ids.slice(0, 10).map((c) => quote(c)),
          `… ${ids.length - 11} more …`,
          quote(ids[0] ?? ''),
        ];
  return shown.join(' → ');
}

/** Reports each `memberOf` cycle once, at its first actor in the file, naming the chain. */
function checkMemberOfCycles(
  actors: readonly unknown[],
  actorIds: ReadonlyMap<string, number>,
  out: RawProblem[],
): void {
  // Index of each actor's parent (-1 for none or an unknown one); only first holders of an id count.
  const parent = new Int32Array(actors.length).fill(-1);
  for (const index of actorIds.values()) {
    const p = str(actors[index], 'memberOf');
    parent[index] = p === undefined ? -1 : (actorIds.get(p) ?? -1);
  }
  const idOf = (i: number): string => str(actors[i], 'id') ?? '';
  const NEW = 0;
  const ACTIVE = 1;
  const DONE = 2;
  const state = new Uint8Array(actors.length);
  const chain: number[] = [];
  for (const start of actorIds.values()) {
    if (state[start] !== NEW) continue;
    chain.length = 0;
    let i = start;
    while (i >= 0 && state[i] === NEW) {
      state[i] = ACTIVE;
      chain.push(i);
      i = parent[i] ?? -1;
    }
    if (i >= 0 && state[i] === ACTIVE) {
      const cycle = chain.slice(chain.indexOf(i));
      const first = Math.min(...cycle);
      const k = cycle.indexOf(first);
      const ordered = [...cycle.slice(k), ...cycle.slice(0, k), first].map(idOf);
      out.push({
        at: ['actors', first, 'memberOf'],
        message:
          ordered.length === 2
            ? `${quote(idOf(first))} is a member of itself`
            : `memberOf forms a cycle: ${chainText(ordered)}`,
      });
    }
    for (const c of chain) state[c] = DONE;
  }
}
