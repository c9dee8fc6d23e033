/**
 * The shape checks of the validator: zod's issues rewritten so that each names the bad value, and the
 * unknown keys (which `schema.ts` leaves to the validator, so that they are found even in objects with
 * other problems). The allowed keys are read from the zod shapes, never copied by hand.
 */
import { z } from './zod.ts';
import {
  actorSchema,
  datasetSchema,
  EXTENSION_KEY_PATTERN,
  pointSchema,
  positionsSchema,
  quoteSchema,
  relationSchema,
  sourceSchema,
} from './schema.ts';
import { isRelationKind, RELATION_KINDS } from './vocabulary.ts';
import {
  describeTyped,
  describeValue,
  formatPath,
  isRecord,
  own,
  quote,
  valueAt,
  type RawProblem,
  type Segment,
} from './problems.ts';
import { nearest } from './suggest.ts';

/** Keys that are refused anywhere in a dataset (prototype pollution). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

const firstVariant = relationSchema.options[0];
const participantSchema = firstVariant.shape.participants.element;

function keysOf(...shapes: object[]): readonly string[] {
  return [...new Set(shapes.flatMap((s) => Object.keys(s)))];
}

/** The keys each kind of record may have, besides `x-…` extensions. */
export const ALLOWED_KEYS = {
  dataset: keysOf(datasetSchema.shape),
  source: keysOf(sourceSchema.shape),
  actor: keysOf(actorSchema.shape),
  relation: keysOf(...relationSchema.options.map((o) => o.shape)),
  participant: keysOf(...relationSchema.options.map((o) => o.shape.participants.element.shape)),
  quote: keysOf(quoteSchema.shape),
  positions: keysOf(positionsSchema.shape),
  point: keysOf(pointSchema.shape),
} as const;

/** A relation of an unknown kind is still checked for everything but its kind and roles. */
const lenientRelationSchema = firstVariant.extend({
  kind: z.unknown(),
  participants: z
    .array(participantSchema.extend({ role: z.unknown().optional() }))
    .min(2, 'needs at least 2 participants'),
});

const ALLOWED_SETS = new Map<readonly string[], ReadonlySet<string>>(
  Object.values(ALLOWED_KEYS).map((keys) => [keys, new Set(keys)]),
);

function unknownKeysOf(
  record: unknown,
  at: readonly Segment[],
  allowed: readonly string[],
  out: RawProblem[],
): void {
  if (!isRecord(record)) return;
  const allowedSet = ALLOWED_SETS.get(allowed) ?? new Set(allowed);
  for (const key in record) {
    if (allowedSet.has(key) || !Object.hasOwn(record, key)) continue;
    if (EXTENSION_KEY_PATTERN.test(key) || FORBIDDEN_KEYS.has(key)) continue;
    const near = nearest(key, allowed);
    out.push({
      at: [...at, key],
      message: near
        ? `unknown key ${quote(key)} — did you mean ${quote(near)}? (extension keys start with 'x-')`
        : `unknown key ${quote(key)} — expected one of ${allowed.join(', ')} (extension keys start with 'x-')`,
    });
  }
}

function eachRecord(list: unknown, fn: (record: unknown, index: number) => void): void {
  if (Array.isArray(list)) list.forEach(fn);
}

/** Every key not in its record's shape and not an `x-` extension, at every level of the format. */
export function checkUnknownKeys(root: unknown): RawProblem[] {
  const out: RawProblem[] = [];
  if (!isRecord(root)) return out;
  unknownKeysOf(root, [], ALLOWED_KEYS.dataset, out);
  eachRecord(own(root, 'sources'), (s, i) =>
    unknownKeysOf(s, ['sources', i], ALLOWED_KEYS.source, out),
  );
  eachRecord(own(root, 'actors'), (a, i) =>
    unknownKeysOf(a, ['actors', i], ALLOWED_KEYS.actor, out),
  );
  eachRecord(own(root, 'relations'), (r, i) => {
    unknownKeysOf(r, ['relations', i], ALLOWED_KEYS.relation, out);
    if (!isRecord(r)) return;
    eachRecord(own(r, 'participants'), (p, j) =>
      unknownKeysOf(p, ['relations', i, 'participants', j], ALLOWED_KEYS.participant, out),
    );
    eachRecord(own(r, 'quotes'), (q, k) =>
      unknownKeysOf(q, ['relations', i, 'quotes', k], ALLOWED_KEYS.quote, out),
    );
  });
  const positions = own(root, 'positions');
  unknownKeysOf(positions, ['positions'], ALLOWED_KEYS.positions, out);
  if (isRecord(positions))
    for (const view of ALLOWED_KEYS.positions) {
      const byId = own(positions, view);
      if (!isRecord(byId)) continue;
      for (const id in byId)
        if (Object.hasOwn(byId, id) && !FORBIDDEN_KEYS.has(id))
          unknownKeysOf(byId[id], ['positions', view, id], ALLOWED_KEYS.point, out);
    }
  return out;
}

const ARTICLE: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
};

function oneOf(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

/** " — did you mean 'x'? Expected one of a, b, c" (the question only when a close option exists). */
function didYouMean(value: unknown, options: readonly unknown[]): string {
  const strings = options.filter((o): o is string => typeof o === 'string');
  const near = typeof value === 'string' ? nearest(value, strings) : undefined;
  const list = oneOf(options);
  return near
    ? ` — did you mean ${quote(near)}? Expected one of ${list}`
    : ` — expected one of ${list}`;
}

/** The message for an enum value outside its vocabulary, worded for the field it is in. */
function invalidOptionMessage(
  root: unknown,
  at: readonly Segment[],
  value: unknown,
  options: readonly unknown[],
): string {
  const key = at[at.length - 1];
  const v = describeValue(value);
  if (key === 'schemaVersion')
    return `unsupported schemaVersion ${v} — this version of Backchannel reads schemaVersion ${oneOf(options)}`;
  if (key === 'kind' && at[0] === 'actors')
    return `unknown actor kind ${v}${didYouMean(value, options)}`;
  if (key === 'certainty') return `unknown certainty ${v}${didYouMean(value, options)}`;
  if (key === 'role') {
    const relation = valueAt(root, at.slice(0, 2));
    const kind = isRecord(relation) ? own(relation, 'kind') : undefined;
    const kindText = typeof kind === 'string' ? `a ${kind}` : 'this';
    return `role ${v} is not a role of ${kindText} relation${didYouMean(value, options)}`;
  }
  return `invalid value ${v}${didYouMean(value, options)}`;
}

function relationKindMessage(value: unknown): string {
  if (value === undefined) return `missing required key 'kind'`;
  return `unknown relation kind ${describeValue(value)}${didYouMean(value, RELATION_KINDS)}`;
}

/** One zod issue as a problem whose message names the bad value. */
function translateIssue(
  root: unknown,
  issue: z.core.$ZodIssue,
  prefix: readonly Segment[],
): RawProblem {
  const at: Segment[] = [
    ...prefix,
    ...issue.path.map((s) => (typeof s === 'number' ? s : String(s))),
  ];
  const value = valueAt(root, at);
  const key = at[at.length - 1];
  const parent = valueAt(root, at.slice(0, -1));
  if (
    value === undefined &&
    typeof key === 'string' &&
    isRecord(parent) &&
    !Object.hasOwn(parent, key)
  )
    return { at, message: `missing required key ${quote(key)}` };
  switch (issue.code) {
    case 'invalid_type':
      if (typeof value === 'string' && at[at.length - 2] === 'participants')
        return {
          at,
          message: `expected a participant object such as { "actor": ${JSON.stringify(value.slice(0, 80))} }, got string ${quote(value)}`,
        };
      if (typeof value === 'number' && issue.expected === 'number')
        return { at, message: `expected a finite number, got ${String(value)}` };
      return {
        at,
        message: `expected ${ARTICLE[issue.expected] ?? issue.expected}, got ${describeTyped(value)}`,
      };
    case 'invalid_value':
      return { at, message: invalidOptionMessage(root, at, value, issue.values) };
    case 'invalid_union':
      if (key === 'kind') return { at, message: relationKindMessage(value) };
      return { at, message: `invalid value ${describeValue(value)}: ${issue.message}` };
    case 'too_small':
      if (Array.isArray(value)) return { at, message: `${issue.message}, got ${value.length}` };
      return { at, message: issue.message };
    case 'invalid_format':
    case 'custom':
      return { at, message: `${describeValue(value)} ${issue.message}` };
    default:
      return { at, message: `${describeValue(value)}: ${issue.message}` };
  }
}

function translateIssues(
  root: unknown,
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly Segment[],
  seen: Set<string>,
  out: RawProblem[],
): void {
  for (const issue of issues) {
    const p = translateIssue(root, issue, prefix);
    const path = formatPath(p.at);
    // A value that fails two checks (a date that is neither well-formed nor real) is reported once.
    if (seen.has(path)) continue;
    seen.add(path);
    out.push(p);
  }
}

/** The same list schema (its length checks and messages) with its elements left unchecked. */
function listOnly<T extends z.ZodArray>(list: T): z.ZodArray<z.ZodUnknown> {
  return list.clone({
    ...list.def,
    element: z.unknown(),
  } as unknown as T['def']) as unknown as z.ZodArray<z.ZodUnknown>;
}

/**
 * The dataset schema split in two, so that each record is checked on its own: the top level with
 * its lists (lengths only), and each list's element schema. Checking record by record gives the
 * same answers as `datasetSchema` (the same zod schemas run) but does not keep zod's copy of a large
 * file alive while the rest is checked, which makes a 60,000-relation file about three times faster.
 */
const topLevelSchema = datasetSchema.extend({
  sources: listOnly(datasetSchema.shape.sources),
  actors: listOnly(datasetSchema.shape.actors),
  relations: listOnly(datasetSchema.shape.relations),
});
const LISTS = [
  ['sources', datasetSchema.shape.sources.element],
  ['actors', datasetSchema.shape.actors.element],
  ['relations', datasetSchema.shape.relations.element],
] as const;

/**
 * The shape of the dataset, by zod: whether it is right, and the problems otherwise. A relation of
 * an unknown kind is also checked for its other fields. (The schema has no transforms or defaults,
 * so a value of the right shape is its own parsed form; a test checks that this stays true.)
 * `known`: records of a dataset already accepted whole, not checked again (see `validateDataset`).
 */
export function checkShape(
  root: unknown,
  known?: WeakSet<object>,
): { ok: boolean; problems: RawProblem[] } {
  const out: RawProblem[] = [];
  const seen = new Set<string>();
  const top = topLevelSchema.safeParse(root);
  if (!top.success) translateIssues(root, top.error.issues, [], seen, out);
  if (!isRecord(root)) return { ok: false, problems: out };
  for (const [key, schema] of LISTS) {
    const list = own(root, key);
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      if (known && isRecord(item) && known.has(item)) continue;
      const r = schema.safeParse(item);
      if (r.success) continue;
      translateIssues(root, r.error.issues, [key, i], seen, out);
      if (key === 'relations' && isRecord(item) && !isRelationKind(own(item, 'kind'))) {
        const lenient = lenientRelationSchema.safeParse(item);
        if (!lenient.success) translateIssues(root, lenient.error.issues, [key, i], seen, out);
      }
    }
  }
  return { ok: top.success && out.length === 0, problems: out };
}
