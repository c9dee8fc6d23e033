/**
 * From a format-neutral graph (nodes and edges as a file described them) to a valid Dataset, with the
 * mapping rules of the format page: nodes → actors (kind `other` unless a declared type is a kind),
 * edges → `tie` relations, hierarchy → `memberOf`, times → `date`/`endDate` when they are real dates.
 * Edges written by Backchannel's own exporters (they carry `relation` and `participants`) become the
 * relations they came from. Every liberty taken is reported as a warning.
 *
 * `buildDataset` runs named steps in order over one explicit `BuildContext`: each step reads what the
 * steps before it filled in and adds its own part.
 */
import type {
  Actor,
  Dataset,
  Participant,
  Point,
  Positions,
  Quote,
  Relation,
  Source,
} from '../model/schema.ts';
import { isPartialDate, endIsBeforeStart } from '../model/dates.ts';
import { validateDataset } from '../model/validate.ts';
import { extensionsOf } from '../model/schema.ts';
import type { RelationKind, Role } from '../model/vocabulary.ts';
import {
  decodeActorKind,
  decodeCertainty,
  decodeExtensions,
  decodeParticipantDetails,
  decodeParticipants,
  decodeQuotes,
  decodeRelationKind,
  decodeSources,
  decodeStringList,
  withParticipantDetails,
  type DecodedParticipant,
  type Fields,
} from './codec.ts';
import { IdAllocator, isSlug, slugify } from './ids.ts';
import type { ImportFormat, ImportResult, Problem } from './types.ts';
import { countProblem, sizeProblem } from './import-limits.ts';
import { vizExtensions, type RawViz } from './viz.ts';

export type AttributeValue = string | { value: string; start?: string; end?: string }[];

export interface RawNode {
  id: string;
  label?: string;
  /** Original id of the parent node (hierarchy). */
  parent?: string;
  /** The file's own attributes, by title. */
  attributes: Record<string, AttributeValue>;
  /** Backchannel fields (see codec.ts), when the file carries them. */
  fields: Fields;
  start?: string;
  end?: string;
  /** Graphics (colour, size, shape, position in screen coordinates): see viz.ts. */
  viz?: RawViz;
}

export interface RawEdge {
  id?: string;
  source: string;
  target: string;
  directed: boolean;
  label?: string;
  weight?: string;
  attributes: Record<string, AttributeValue>;
  fields: Fields;
  start?: string;
  end?: string;
  /** Graphics (colour, thickness, shape): see viz.ts. */
  viz?: RawViz;
}

export interface RawGraph {
  format: ImportFormat;
  header: {
    id?: string;
    title?: string;
    description?: string;
    asOf?: string;
    sources?: Source[];
    /** Positions written by Backchannel (node positions of the file's graphics override them). */
    positions?: Positions;
    /** The dataset's own `x-…` keys, written by Backchannel. */
    extensions?: Record<string, unknown>;
  };
  nodes: RawNode[];
  edges: RawEdge[];
  /** GEXF `timeformat` (date, dateTime, integer, double), when declared. */
  timeFormat?: string;
  /** Whether an edge end that no node declares deserves a warning (XML) or is normal (CSV edge table). */
  warnImpliedNodes: boolean;
  /** Warnings already found while reading the file. */
  warnings: string[];
}

const KIND_ATTRIBUTE = /^(type|kind)$/i;

/**
 * `x-certainty` of an imported relation whose file states no certainty: read it to draw such a
 * relation neutral (not as the format's default, 'reported').
 */
export const UNSTATED = 'unstated';

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function sample(list: readonly string[], max = 5): string {
  const shown = list.slice(0, max).map((s) => `'${s}'`);
  return list.length > max ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** A time value → a partial date, when it is one (see `timeMode`). */
function toPartialDate(value: string | undefined, yearsAreNumbers: boolean): string | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  const iso = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|T)/.exec(v);
  if (iso?.[1] !== undefined && isPartialDate(iso[1]) && (iso[1].length > 4 || yearsAreNumbers)) {
    return iso[1];
  }
  if (yearsAreNumbers && /^\d{4}(\.0+)?$/.test(v)) return v.slice(0, 4);
  return undefined;
}

/**
 * Numbers are taken as years only when every number time in the file looks like one (1000–2999): a
 * file timed 2…190 (steps) must not become the years 0002…0190.
 */
function numbersAreYears(g: RawGraph): boolean {
  if (g.timeFormat === 'date' || g.timeFormat === 'dateTime' || g.timeFormat === 'datetime')
    return false;
  let any = false;
  for (const r of [...g.nodes, ...g.edges]) {
    for (const t of [r.start, r.end]) {
      if (t === undefined || !/^-?\d+(\.\d+)?$/.test(t.trim())) continue;
      const n = Number(t);
      if (!Number.isInteger(n) || n < 1000 || n > 2999) return false;
      any = true;
    }
  }
  return any;
}

interface BcRelation {
  edgeIndex: number;
  id: string;
  kind: RelationKind;
  participants: DecodedParticipant[];
  fields: Fields;
}

/** What the steps of `buildDataset` share: each step fills in its part, in order. */
interface BuildContext {
  readonly g: RawGraph;
  readonly warnings: string[];
  /** 1. One record per node id (original ids). */
  readonly nodes: Map<string, RawNode>;
  /** 2. Backchannel relations carried by edges, by relation id; the edges that carry them. */
  readonly bcRelations: Map<string, BcRelation>;
  readonly bcEdges: Set<number>;
  /** 4. Ids handed out so far (actors and relations share one space); original → slug. */
  readonly ids: IdAllocator;
  readonly slugOf: Map<string, string>;
  readonly relIdOf: Map<string, string>;
  /** 5. Whether integer times are years; time values that are not dates. */
  readonly yearsAreNumbers: boolean;
  readonly undated: string[];
  /** 6. Sources, by id (the first definition of an id wins). */
  readonly sources: Map<string, Source>;
  /** 7. The actors, in node order, and by their new id. */
  readonly actors: Actor[];
  readonly actorById: Map<string, Actor>;
  /** 7. Positions of actors from the file's graphics, by new id. */
  readonly positions: Map<string, Point>;
  /** 9. The relations. */
  readonly relations: Relation[];
}

function newContext(g: RawGraph): BuildContext {
  return {
    g,
    warnings: [...g.warnings],
    nodes: new Map(),
    bcRelations: new Map(),
    bcEdges: new Set(),
    ids: new IdAllocator(),
    slugOf: new Map(),
    relIdOf: new Map(),
    yearsAreNumbers: numbersAreYears(g),
    undated: [],
    sources: new Map(),
    actors: [],
    actorById: new Map(),
    positions: new Map(),
    relations: [],
  };
}

function warn(ctx: BuildContext, message: string): void {
  ctx.warnings.push(message);
}

/** The new id of a node, by its original id. */
function actorIdOf(ctx: BuildContext, original: string): string {
  return ctx.slugOf.get(original) ?? original;
}

export function buildDataset(g: RawGraph, fileName?: string): ImportResult {
  const ctx = newContext(g);
  mergeNodes(ctx);
  collectBcRelations(ctx);
  implyNodes(ctx);
  if (ctx.nodes.size === 0) {
    return {
      ok: false,
      format: g.format,
      problems: [{ path: '(graph)', message: 'the graph has no nodes: nothing to import' }],
    };
  }
  const tooMany = countOf(ctx);
  if (tooMany) return { ok: false, format: g.format, problems: [tooMany] };
  allocateIds(ctx);
  addSources(ctx, g.header.sources, 'the graph');
  buildActors(ctx);
  linkHierarchy(ctx);
  buildRelations(ctx);
  return assemble(ctx, fileName);
}

/** Step 1: one record per node id (a node declared twice is merged, with a warning). */
function mergeNodes(ctx: BuildContext): void {
  const duplicates = new Map<string, number>();
  for (const n of ctx.g.nodes) {
    const seen = ctx.nodes.get(n.id);
    if (seen) {
      duplicates.set(n.id, (duplicates.get(n.id) ?? 1) + 1);
      if (seen.label === undefined && n.label !== undefined) seen.label = n.label;
      if (seen.parent === undefined && n.parent !== undefined) seen.parent = n.parent;
    } else ctx.nodes.set(n.id, { ...n });
  }
  for (const [id, count] of duplicates) {
    warn(
      ctx,
      `node id '${id}' is declared ${count} times: merged into one actor (the first declaration's label, attributes and times are kept)`,
    );
  }
}

/** Step 2: Backchannel relations carried by edges (grouped by relation id). */
function collectBcRelations(ctx: BuildContext): void {
  ctx.g.edges.forEach((e, i) => {
    const relId = e.fields.relation?.trim();
    if (relId === undefined || relId === '' || e.fields.participants === undefined) return;
    const known = ctx.bcRelations.get(relId);
    if (known) {
      if ((known.fields.participants ?? '') !== e.fields.participants) {
        warn(
          ctx,
          `edges of relation '${relId}' disagree on its participants: the first edge's are kept`,
        );
      }
      ctx.bcEdges.add(i);
      return;
    }
    const r = bcRelationOfEdge(ctx, e, i, relId);
    if (r === undefined) return;
    ctx.bcRelations.set(relId, r);
    ctx.bcEdges.add(i);
  });
}

/** The relation an edge's Backchannel fields describe, or undefined (with a warning: a plain tie). */
function bcRelationOfEdge(
  ctx: BuildContext,
  e: RawEdge,
  i: number,
  relId: string,
): BcRelation | undefined {
  const where = `edge ${e.id ?? i + 1}`;
  const kind = decodeRelationKind(e.fields.kind);
  if (kind === undefined) {
    warn(ctx, `${where}: relation kind '${e.fields.kind ?? ''}' is unknown; read as a plain tie`);
    return undefined;
  }
  const ps = decodeParticipants(e.fields.participants, kind);
  if (!ps.ok) {
    warn(ctx, `${where}: ${ps.reason}; read as a plain tie`);
    return undefined;
  }
  if (new Set(ps.participants.map((p) => p.actor)).size < 2) {
    warn(
      ctx,
      `${where}: relation '${relId}' has fewer than 2 distinct participants; read as a plain tie`,
    );
    return undefined;
  }
  return { edgeIndex: i, id: relId, kind, participants: ps.participants, fields: e.fields };
}

/** Step 3: nodes implied by edge ends and participants that no node declares. */
function implyNodes(ctx: BuildContext): void {
  const implied: string[] = [];
  const imply = (id: string): void => {
    if (ctx.nodes.has(id)) return;
    ctx.nodes.set(id, { id, attributes: {}, fields: {} });
    implied.push(id);
  };
  ctx.g.edges.forEach((e, i) => {
    if (ctx.bcEdges.has(i)) return;
    imply(e.source);
    imply(e.target);
  });
  for (const r of ctx.bcRelations.values()) for (const p of r.participants) imply(p.actor);
  if (implied.length > 0 && ctx.g.warnImpliedNodes) {
    warn(
      ctx,
      `${implied.length} node(s) used by edges are not declared: created as actors (${sample(implied)})`,
    );
  }
}

/** Past steps 1–3: whether so many actors and relations can fit in a dataset (import-limits.ts). */
function countOf(ctx: BuildContext): Problem | undefined {
  let relations = ctx.bcRelations.size;
  ctx.g.edges.forEach((e, i) => {
    if (!ctx.bcEdges.has(i) && e.source !== e.target) relations++;
  });
  const what = `${ctx.nodes.size.toLocaleString('en-US')} nodes and ${relations.toLocaleString('en-US')} edges`;
  return countProblem('(graph)', ctx.nodes.size, relations, what);
}

/** Step 4: ids. Valid slugs are kept; the others are made from the label (or the id), disambiguated. */
function allocateIds(ctx: BuildContext): void {
  const { ids, slugOf, relIdOf } = ctx;
  for (const id of ctx.nodes.keys()) if (isSlug(id) && ids.reserve(id)) slugOf.set(id, id);
  for (const r of ctx.bcRelations.values())
    if (isSlug(r.id) && ids.reserve(r.id)) relIdOf.set(r.id, r.id);
  for (const n of ctx.nodes.values()) {
    if (!slugOf.has(n.id)) slugOf.set(n.id, ids.take([n.label, n.id], 'node'));
  }
  for (const r of ctx.bcRelations.values())
    if (!relIdOf.has(r.id)) relIdOf.set(r.id, ids.take([r.id], 'relation'));
}

/** Step 5: a time value → a date when it is one; the others are counted for one warning. */
function dateOf(ctx: BuildContext, value: string | undefined): string | undefined {
  const d = toPartialDate(value, ctx.yearsAreNumbers);
  if (value !== undefined && d === undefined) ctx.undated.push(value);
  return d;
}

/**
 * Step 6: sources carried by a record (records are added to the dataset's list, the first definition
 * of an id winning; bare ids must be defined already). Returns the record's source ids.
 */
function addSources(
  ctx: BuildContext,
  list: (Source | string)[] | undefined,
  where: string,
): string[] | undefined {
  if (!list) return undefined;
  const out: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') {
      if (ctx.sources.has(item)) {
        if (!out.includes(item)) out.push(item);
      } else warn(ctx, `${where}: source '${item}' is not defined in the file; reference dropped`);
      continue;
    }
    if (!isSlug(item.id)) {
      warn(ctx, `${where}: source id '${item.id}' is not a slug; dropped`);
      continue;
    }
    if (!ctx.sources.has(item.id)) ctx.sources.set(item.id, item);
    if (!out.includes(item.id)) out.push(item.id);
  }
  return out.length > 0 ? out : undefined;
}

/** Step 7: actors, one per node. */
function buildActors(ctx: BuildContext): void {
  for (const n of ctx.nodes.values()) {
    const actor = actorOfNode(ctx, n);
    ctx.actors.push(actor);
    ctx.actorById.set(actor.id, actor);
  }
}

function actorOfNode(ctx: BuildContext, n: RawNode): Actor {
  const id = actorIdOf(ctx, n.id);
  const where = `node '${n.id}'`;
  const w = (m: string): void => warn(ctx, m);
  const kindAttr = Object.entries(n.attributes).find(([k]) => KIND_ATTRIBUTE.test(k))?.[1];
  const kind =
    decodeActorKind(n.fields.kind) ??
    decodeActorKind(typeof kindAttr === 'string' ? kindAttr : undefined) ??
    'other';
  const name = (n.label ?? '').trim() !== '' ? (n.label as string) : n.id;
  const actor: Actor = { id, name, kind };
  if (n.fields.title !== undefined) actor.title = n.fields.title;
  const aliases = decodeStringList(n.fields.aliases, w, where);
  if (aliases) actor.aliases = aliases;
  if (n.fields.description !== undefined) actor.description = n.fields.description;
  const src = addSources(ctx, decodeSources(n.fields.sources, w, where), where);
  if (src) actor.sources = src;
  Object.assign(actor, decodeExtensions(n.fields.extensions, w, where));
  const rec = actor as Record<string, unknown>;
  if (id !== n.id && rec['x-source-id'] === undefined) rec['x-source-id'] = n.id;
  if (Object.keys(n.attributes).length > 0) rec['x-attributes'] = n.attributes;
  if (n.viz) {
    Object.assign(rec, vizExtensions(n.viz));
    const p = n.viz.position;
    if (p) ctx.positions.set(id, { x: p.x, y: p.y });
  }
  const time = timeRecord(n.start, n.end);
  if (time) rec['x-time'] = time;
  return actor;
}

function timeRecord(start?: string, end?: string): Record<string, string> | undefined {
  if (start === undefined && end === undefined) return undefined;
  const time: Record<string, string> = {};
  if (start !== undefined) time.start = start;
  if (end !== undefined) time.end = end;
  return time;
}

/** Step 8: hierarchy → memberOf (unknown parents and cycles are dropped with a warning). */
function linkHierarchy(ctx: BuildContext): void {
  const byId = ctx.actorById;
  for (const n of ctx.nodes.values()) {
    if (n.parent === undefined || n.parent === '') continue;
    const parent = ctx.slugOf.get(n.parent);
    const actor = byId.get(actorIdOf(ctx, n.id));
    if (!actor) continue;
    if (parent === undefined)
      warn(ctx, `node '${n.id}': parent '${n.parent}' is not a node; hierarchy link dropped`);
    else if (parent === actor.id)
      warn(ctx, `node '${n.id}' is its own parent; hierarchy link dropped`);
    else actor.memberOf = parent;
  }
  for (const a of ctx.actors) {
    const seen = new Set<string>([a.id]);
    for (let p = a.memberOf; p !== undefined; p = byId.get(p)?.memberOf) {
      if (seen.has(p)) {
        warn(ctx, `actor '${a.id}': its hierarchy forms a cycle; its parent link was dropped`);
        delete a.memberOf;
        break;
      }
      seen.add(p);
    }
  }
}

/** Step 9: relations, one per Backchannel relation (at its first edge) and one per plain edge. */
function buildRelations(ctx: BuildContext): void {
  let selfLoops = 0;
  ctx.g.edges.forEach((e, i) => {
    const where = `edge ${e.id ?? i + 1}`;
    if (ctx.bcEdges.has(i)) {
      const r = ctx.bcRelations.get(e.fields.relation?.trim() ?? '');
      if (r?.edgeIndex === i) ctx.relations.push(bcRelation(ctx, r, where));
      return;
    }
    const rel = plainTie(ctx, e, i);
    if (rel === undefined) selfLoops++;
    else ctx.relations.push(rel);
  });
  if (selfLoops > 0) {
    warn(ctx, `${selfLoops} self-loop(s) skipped: a relation needs two distinct actors`);
  }
  if (ctx.undated.length > 0) {
    warn(
      ctx,
      `${ctx.undated.length} time value(s) are not calendar dates (${sample([...new Set(ctx.undated)], 3)}): kept in x-time, not as dates`,
    );
  }
}

/** A `tie` relation from an edge of another tool; undefined for a self-loop. */
function plainTie(ctx: BuildContext, e: RawEdge, i: number): Relation | undefined {
  const source = actorIdOf(ctx, e.source);
  const target = actorIdOf(ctx, e.target);
  if (source === target) return undefined;
  const id = ctx.ids.take([e.id !== undefined ? `tie-${e.id}` : undefined], `tie-${i + 1}`);
  const [from, to]: [Role, Role] = e.directed ? ['source', 'target'] : ['member', 'member'];
  const rel: Relation = {
    id,
    kind: 'tie',
    participants: [
      { actor: source, role: from },
      { actor: target, role: to },
    ],
  };
  const date = dateOf(ctx, e.start);
  const endDate = dateOf(ctx, e.end);
  if (date !== undefined) rel.date = date;
  if (endDate !== undefined && !(date !== undefined && endIsBeforeStart(date, endDate)))
    rel.endDate = endDate;
  if (e.label !== undefined && e.label.trim() !== '') rel.summary = e.label;
  const rec = rel as Record<string, unknown>;
  if (e.id !== undefined && e.id !== id) rec['x-source-id'] = e.id;
  if (e.weight !== undefined) {
    const n = Number(e.weight);
    rec['x-weight'] = Number.isFinite(n) ? n : e.weight;
  }
  if (Object.keys(e.attributes).length > 0) rec['x-attributes'] = e.attributes;
  if (e.viz) Object.assign(rec, vizExtensions(e.viz));
  const certainty = decodeCertainty(e.fields.certainty);
  // The file states no certainty: the format's default ('reported') would be a claim it does not make.
  if (certainty) rel.certainty = certainty;
  else rec['x-certainty'] = UNSTATED;
  if (
    (e.start !== undefined && date === undefined) ||
    (e.end !== undefined && endDate === undefined)
  ) {
    rec['x-time'] = timeRecord(e.start, e.end);
  }
  return rel;
}

/** A relation written by Backchannel's exporters, from the fields of its first edge. */
function bcRelation(ctx: BuildContext, r: BcRelation, where: string): Relation {
  const id = ctx.relIdOf.get(r.id) ?? r.id;
  const f = r.fields;
  const w = (m: string): void => warn(ctx, m);
  const details = decodeParticipantDetails(f.participantDetails, w, where);
  const rel = {
    id,
    kind: r.kind,
    participants: r.participants.map((p) => {
      const base: Participant =
        p.role === undefined
          ? { actor: actorIdOf(ctx, p.actor) }
          : { actor: actorIdOf(ctx, p.actor), role: p.role };
      const d = details.get(p.actor);
      return withParticipantDetails(base, d, addSources(ctx, d?.sources, where));
    }),
  } as Relation;
  const label = f.relationLabel?.trim();
  if (label) rel.label = f.relationLabel;
  for (const key of ['date', 'endDate'] as const) {
    const v = f[key]?.trim();
    if (v === undefined || v === '') continue;
    if (isPartialDate(v)) rel[key] = v;
    else
      w(
        `${where}: ${key} '${v}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD, with an optional qualifier ~ ? %); dropped`,
      );
  }
  if (f.place !== undefined) rel.place = f.place;
  if (f.summary !== undefined) rel.summary = f.summary;
  const certainty = decodeCertainty(f.certainty);
  if (certainty) rel.certainty = certainty;
  else if (f.certainty) w(`${where}: certainty '${f.certainty}' is unknown; dropped`);
  const quotes = decodeQuotes(f.quotes, w, where);
  if (quotes) rel.quotes = quotes.map((q) => quoteOf(ctx, q, where));
  const src = addSources(ctx, decodeSources(f.sources, w, where), where);
  if (src) rel.sources = src;
  Object.assign(rel, decodeExtensions(f.extensions, w, where));
  // The graphics and weight of its first edge, as the file has them now (another tool may have changed them).
  const edge = ctx.g.edges[r.edgeIndex];
  if (edge?.viz) Object.assign(rel, vizExtensions(edge.viz));
  const weight = edge?.weight === undefined ? undefined : Number(edge.weight);
  if (weight !== undefined && Number.isFinite(weight))
    (rel as Record<string, unknown>)['x-weight'] = weight;
  if (id !== r.id) (rel as Record<string, unknown>)['x-source-id'] = r.id;
  return rel;
}

function quoteOf(
  ctx: BuildContext,
  q: NonNullable<ReturnType<typeof decodeQuotes>>[number],
  where: string,
): Quote {
  const out: Quote = { text: q.text, ...extensionsOf(q) };
  if (q.speaker !== undefined) {
    const s = actorIdOf(ctx, q.speaker);
    if (ctx.actorById.has(s)) out.speaker = s;
    else warn(ctx, `${where}: quote speaker '${q.speaker}' is not an actor; dropped`);
  }
  if (q.source !== undefined) {
    const ids = addSources(ctx, [q.source], where);
    if (ids?.[0] !== undefined) out.source = ids[0];
  }
  return out;
}

/** Step 10: the dataset, checked by the model's validator. */
function assemble(ctx: BuildContext, fileName: string | undefined): ImportResult {
  const { header, format } = ctx.g;
  const title =
    header.title !== undefined && header.title.trim() !== ''
      ? header.title
      : baseName(fileName) || 'Imported graph';
  const dataset: Dataset = {
    schemaVersion: 1,
    id: header.id !== undefined && isSlug(header.id) ? header.id : slugify(title) || 'imported',
    title,
    sources: [...ctx.sources.values()],
    actors: ctx.actors,
    relations: ctx.relations,
  };
  if (header.description) dataset.description = header.description;
  if (header.asOf !== undefined && isPartialDate(header.asOf)) dataset.asOf = header.asOf;
  const positions = positionsOf(ctx);
  if (positions) dataset.positions = positions;
  if (header.extensions) Object.assign(dataset, header.extensions);
  const tooBig = sizeProblem(dataset, ctx.actors.length, ctx.relations.length);
  if (tooBig) return { ok: false, format, problems: [tooBig] };
  const checked = validateDataset(dataset);
  if (!checked.ok) {
    return {
      ok: false,
      format,
      problems: checked.problems.map((p) => ({
        path: p.path,
        message: `the imported graph does not make a valid dataset: ${p.message}`,
      })),
    };
  }
  return { ok: true, dataset: checked.dataset, format, warnings: ctx.warnings };
}

/**
 * The dataset's positions: those Backchannel wrote (for ids that still exist), then the node
 * positions of the file's graphics over them.
 */
function positionsOf(ctx: BuildContext): Positions | undefined {
  const written = ctx.g.header.positions;
  const relationIds = new Set(ctx.relations.map((r) => r.id));
  const known = (id: string, eventsToo: boolean): boolean =>
    !FORBIDDEN_KEYS.has(id) && (ctx.actorById.has(id) || (eventsToo && relationIds.has(id)));
  const out: Positions = { ...written };
  let dropped = 0;
  for (const view of ['actors', 'events'] as const) {
    const given = written?.[view];
    if (!given) continue;
    const kept: Record<string, Point> = {};
    for (const [id, p] of Object.entries(given)) {
      if (known(id, view === 'events')) kept[id] = p;
      else dropped++;
    }
    out[view] = kept;
  }
  if (dropped > 0) warn(ctx, `${dropped} position(s) of unknown nodes dropped`);
  if (ctx.positions.size > 0) {
    const actors: Record<string, Point> = { ...out.actors };
    for (const [id, p] of ctx.positions) actors[id] = { ...actors[id], ...p };
    out.actors = actors;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function baseName(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[^.]+$/, '') || undefined;
}
