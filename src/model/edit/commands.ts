/**
 * The edit commands carried out: `applyEdit(dataset, command)` gives a new dataset and a label, or
 * refuses with the validator's own problems (paths in the new dataset). Pure: the dataset and the
 * command given are never changed; records an edit does not touch are shared with the dataset given.
 * Semantics of each command: types.ts.
 */
import type { Actor, Dataset, Point, Relation, Source } from '../schema.ts';
import { validateDataset, type Problem } from '../validate.ts';
import { quote, ROOT_PATH } from '../problems.ts';
import { relationTitle } from '../title.ts';
import { defaultRole, isRoleOf, type RelationKind } from '../vocabulary.ts';
import { slugify } from './ids.ts';
import {
  citationsOf,
  define,
  relationsNeeding,
  withoutActor,
  withoutCitations,
  withoutKey,
  withoutPositions,
  withPositions,
} from './references.ts';
import type { DatasetMeta, EditCommand, EditNeeds, EditOutcome, KindChange } from './types.ts';

type Refusal = Extract<EditOutcome, { ok: false }>;
/** A command carried out, before validation; its label is worked out only when the result is valid. */
type Step = { ok: true; dataset: Dataset; label: () => string } | Refusal;

/**
 * Each draft's problems, once: an edit's check is reused by the problems list and the Save button
 * (the same dataset object: datasets are never changed in place). Callers must not change the list.
 */
const checked = new WeakMap<Dataset, readonly Problem[]>();
/** Records of drafts the validator accepted: an edit has only the records it made checked whole. */
const trusted = new WeakSet<object>();

/**
 * The validator's problems with a draft: all of them but "needs at least 1 actor" (a new draft
 * starts with none).
 */
export function draftProblems(dataset: Dataset): readonly Problem[] {
  const known = checked.get(dataset);
  if (known) return known;
  const result = validateDataset(dataset, { trusted });
  const noActorYet = dataset.actors.length === 0;
  const problems = result.ok
    ? []
    : result.problems.filter(
        (p) =>
          !(noActorYet && p.path === 'actors' && p.message.startsWith('needs at least 1 actor')),
      );
  checked.set(dataset, problems);
  return problems;
}

/**
 * Carries out `command` on `dataset`: the new dataset and a short sentence saying what was done, or
 * the problems that refuse it (`needs` when the user may confirm and go on). Never throws.
 */
export function applyEdit(dataset: Dataset, command: EditCommand): EditOutcome {
  try {
    const step = perform(dataset, command);
    if (!step.ok) return step;
    const problems = draftProblems(step.dataset);
    if (problems.length > 0) return { ok: false, problems: [...problems] };
    return { ok: true, dataset: step.dataset, label: step.label() };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return refuse(ROOT_PATH, `could not be applied: ${reason}`);
  }
}

function perform(ds: Dataset, command: EditCommand): Step {
  switch (command.type) {
    case 'setMeta':
      return setMeta(ds, command.meta);
    case 'addActor':
      return added(ds, 'actors', plain(command.actor));
    case 'updateActor':
      return updated(ds, 'actors', command.id, plain(command.actor));
    case 'deleteActor':
      return deleteActor(ds, command.id, command.withRelations === true);
    case 'addRelation':
      return added(ds, 'relations', plain(command.relation));
    case 'updateRelation':
      return updated(ds, 'relations', command.id, plain(command.relation));
    case 'deleteRelation':
      return deleteRelation(ds, command.id);
    case 'addSource':
      return added(ds, 'sources', plain(command.source));
    case 'updateSource':
      return updated(ds, 'sources', command.id, plain(command.source));
    case 'deleteSource':
      return deleteSource(ds, command.id, command.force === true);
    case 'setPositions':
      return setPositions(ds, command.positions);
  }
}

function refuse(path: string, message: string, needs?: EditNeeds): Refusal {
  return { ok: false, problems: [{ path, message }], ...(needs ? { needs } : {}) };
}

type Collection = 'actors' | 'relations' | 'sources';
type Item = Actor | Relation | Source;

const NOUN: Record<Collection, string> = {
  actors: 'actor',
  relations: 'relation',
  sources: 'source',
};

/** How a record is named in a label: an actor's name, a relation's title, a source's title. */
function nameOf(item: Item): string {
  if ('name' in item) return item.name;
  if ('participants' in item) return relationTitle(item);
  return item.title;
}

function named(noun: string, item: Item): string {
  return `${noun} ${quote(String(nameOf(item)))}`;
}

function notFound(c: Collection, id: string): Refusal {
  return refuse(c, `there is no ${NOUN[c]} ${quote(String(id))}`);
}

function added(ds: Dataset, c: Collection, item: Item): Step {
  const list: readonly Item[] = ds[c];
  return {
    ok: true,
    dataset: { ...ds, [c]: [...list, item] },
    label: () => `Added ${named(NOUN[c], item)}`,
  };
}

function updated(ds: Dataset, c: Collection, id: string, item: Item): Step {
  const list: readonly Item[] = ds[c];
  const i = list.findIndex((x) => x.id === id);
  if (i < 0) return notFound(c, id);
  if (item.id !== id)
    return refuse(
      `${c}[${i}].id`,
      `the id of ${NOUN[c]} ${quote(id)} cannot be changed (to ${quote(String(item.id))})`,
    );
  const next = list.slice();
  next[i] = item;
  return { ok: true, dataset: { ...ds, [c]: next }, label: () => `Edited ${named(NOUN[c], item)}` };
}

/** "'A'", "'A' and 'B'", "'A', 'B', 'C' and 4 more". */
function someOf(names: readonly string[], shown = 3): string {
  const quoted = names.slice(0, shown).map((n) => quote(n));
  const more = names.length - quoted.length;
  if (more > 0) return `${quoted.join(', ')} and ${more} more`;
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

function deleteActor(ds: Dataset, id: string, withRelations: boolean): Step {
  const i = ds.actors.findIndex((a) => a.id === id);
  const actor = ds.actors[i];
  if (actor === undefined) return notFound('actors', id);
  const needing = relationsNeeding(ds, id);
  const titles = ds.relations.filter((r) => needing.includes(r.id)).map((r) => relationTitle(r));
  const relations = titles.length === 1 ? 'relation' : `${titles.length} relations`;
  if (needing.length > 0 && !withRelations)
    return refuse(
      `actors[${i}]`,
      `${quote(actor.name)} is one of the two distinct participants of ${relations} ${someOf(titles)}: delete ${titles.length === 1 ? 'it' : 'them'} too, or keep the actor`,
      { type: 'relations', ids: needing },
    );
  const also =
    titles.length === 0
      ? ''
      : ` and ${relations}${titles.length === 1 ? ` ${quote(titles[0] ?? '')}` : ''}`;
  return {
    ok: true,
    dataset: withoutActor(ds, id, new Set(needing)),
    label: () => `Deleted ${named('actor', actor)}${also}`,
  };
}

function deleteRelation(ds: Dataset, id: string): Step {
  const relation = ds.relations.find((r) => r.id === id);
  if (relation === undefined) return notFound('relations', id);
  const relations = ds.relations.filter((r) => r !== relation);
  return {
    ok: true,
    dataset: withoutPositions({ ...ds, relations }, new Set([id])),
    label: () => `Deleted ${named('relation', relation)}`,
  };
}

function deleteSource(ds: Dataset, id: string, force: boolean): Step {
  const i = ds.sources.findIndex((s) => s.id === id);
  const source = ds.sources[i];
  if (source === undefined) return notFound('sources', id);
  const paths = citationsOf(ds, id);
  const places = paths.length === 1 ? '1 place' : `${paths.length} places`;
  if (paths.length > 0 && !force)
    return refuse(
      `sources[${i}]`,
      `source ${quote(source.title)} is cited in ${places}: ${someOf(paths, 5).replace(/'/g, '')}`,
      { type: 'citedBy', paths },
    );
  const sources = ds.sources.filter((s) => s !== source);
  const cited = paths.length > 0 ? withoutCitations(ds, id) : ds;
  return {
    ok: true,
    dataset: { ...cited, sources },
    label: () =>
      `Deleted ${named('source', source)}${paths.length > 0 ? ` and its citations in ${places}` : ''}`,
  };
}

/** "title", "title and as-of date", "title, as-of date and description". */
function wordList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function setMeta(ds: Dataset, meta: DatasetMeta): Step {
  const { schemaVersion, id, title: _t, description: _d, asOf: _a, ...rest } = ds;
  const dataset: Dataset = {
    schemaVersion,
    id,
    title: meta.title,
    ...(meta.description !== undefined ? { description: meta.description } : {}),
    ...(meta.asOf !== undefined ? { asOf: meta.asOf } : {}),
    ...rest,
  };
  const changed: string[] = [];
  if (meta.title !== ds.title) changed.push('title');
  if (meta.asOf !== ds.asOf) changed.push('as-of date');
  if (meta.description !== ds.description) changed.push('description');
  const label = () =>
    changed.length > 0
      ? `Changed the dataset's ${wordList(changed)}`
      : "Changed nothing in the dataset's details";
  return { ok: true, dataset, label };
}

function setPositions(ds: Dataset, positions: Record<string, Point | undefined>): Step {
  const before = ds.positions ?? {};
  const actors: Record<string, Point> = { ...before.actors };
  const ids = Object.keys(positions);
  for (const id of ids) {
    const p = positions[id];
    if (p === undefined) Reflect.deleteProperty(actors, id);
    else define(actors, id, plain(p));
  }
  const after =
    Object.keys(actors).length > 0 ? { ...before, actors } : withoutKey(before, 'actors');
  const cleared = ids.every((id) => positions[id] === undefined);
  const label = (): string => {
    const only = ids.length === 1 ? ids[0] : undefined;
    if (only === undefined)
      return cleared
        ? `Cleared the positions of ${ids.length} actors`
        : `Moved ${ids.length} actors`;
    const name = quote(ds.actors.find((a) => a.id === only)?.name ?? only);
    return cleared ? `Cleared the position of ${name}` : `Moved ${name}`;
  };
  return { ok: true, dataset: withPositions(ds, after), label };
}

/**
 * A deep copy of a record given to a command, without the keys whose value is undefined (a form's
 * empty fields): the history keeps its own copy, whatever the form does with its object later.
 * Anything that is not a plain object or array (and a circular reference) is left for the validator.
 */
function plain<T>(value: T, onPath: Set<object> = new Set()): T {
  if (typeof value !== 'object' || value === null || onPath.has(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  const isArray = Array.isArray(value);
  if (!isArray && proto !== Object.prototype && proto !== null) return value;
  onPath.add(value);
  const copy = isArray
    ? value.map((v: unknown) => plain(v, onPath))
    : Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, plain(v, onPath)]),
      );
  onPath.delete(value);
  return copy as T;
}

/**
 * `relation` moved to `kind`. A participant keeps its role when the new kind has it (written out when
 * it was the old kind's default and the new kind's default is another); a role the new kind lacks
 * becomes the new kind's default, and is listed in `changedRoles`.
 */
export function changeKind(relation: Relation, kind: RelationKind): KindChange {
  if (relation.kind === kind) return { relation, changedRoles: [] };
  const changedRoles: KindChange['changedRoles'] = [];
  const to = defaultRole(kind);
  const participants = relation.participants.map((p) => {
    const role: string = p.role ?? defaultRole(relation.kind);
    if (isRoleOf(kind, role)) return p.role === undefined && role !== to ? { ...p, role } : p;
    changedRoles.push({ actor: p.actor, from: role, to });
    return p.role === undefined ? p : { ...p, role: to };
  });
  return { relation: { ...relation, kind, participants } as Relation, changedRoles };
}

/** A new, empty dataset (a draft: valid but for having no actor yet). The id is a slug of the title. */
export function emptyDataset(options: {
  title: string;
  asOf?: string | undefined;
  id?: string | undefined;
  description?: string | undefined;
}): Dataset {
  const { title, asOf, description } = options;
  return {
    schemaVersion: 1,
    id: options.id ?? (slugify(title) || 'draft'),
    title,
    ...(description !== undefined ? { description } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    sources: [],
    actors: [],
    relations: [],
  };
}
