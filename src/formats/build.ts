/**
 * From a format-neutral graph (nodes and edges as a file described them) to a valid Dataset, with the
 * mapping rules of the format page: nodes → actors (kind `other` unless a declared type is a kind),
 * edges → `tie` relations, hierarchy → `memberOf`, times → `date`/`endDate` when they are real dates.
 * Edges written by Backchannel's own exporters (they carry `relation` and `participants`) become the
 * relations they came from. Every liberty taken is reported as a warning.
 */
import type { Actor, Dataset, Quote, Relation, Source } from '../model/schema.ts';
import { isPartialDate, endIsBeforeStart } from '../model/dates.ts';
import { validateDataset } from '../model/validate.ts';
import type { RelationKind, Role } from '../model/vocabulary.ts';
import {
  decodeActorKind,
  decodeCertainty,
  decodeExtensions,
  decodeParticipants,
  decodeQuotes,
  decodeRelationKind,
  decodeSources,
  decodeStringList,
  type DecodedParticipant,
  type Fields,
} from './codec.ts';
import { IdAllocator, isSlug, slugify } from './ids.ts';
import type { ImportFormat, ImportResult } from './types.ts';

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
  viz?: Record<string, unknown>;
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
}

export interface RawGraph {
  format: ImportFormat;
  header: { id?: string; title?: string; description?: string; asOf?: string; sources?: Source[] };
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

export function buildDataset(g: RawGraph, fileName?: string): ImportResult {
  const warnings = [...g.warnings];
  const warn = (m: string): void => {
    warnings.push(m);
  };

  // 1. One record per node id (a node declared twice is merged).
  const nodes = new Map<string, RawNode>();
  const duplicates = new Map<string, number>();
  for (const n of g.nodes) {
    const seen = nodes.get(n.id);
    if (seen) {
      duplicates.set(n.id, (duplicates.get(n.id) ?? 1) + 1);
      if (seen.label === undefined && n.label !== undefined) seen.label = n.label;
      if (seen.parent === undefined && n.parent !== undefined) seen.parent = n.parent;
    } else nodes.set(n.id, { ...n });
  }
  for (const [id, count] of duplicates) {
    warn(
      `node id '${id}' is declared ${count} times: merged into one actor (the first declaration's label, attributes and times are kept)`,
    );
  }

  // 2. Backchannel relations carried by edges (grouped by relation id).
  const bcRelations = new Map<string, BcRelation>();
  const bcEdge = new Set<number>();
  g.edges.forEach((e, i) => {
    const relId = e.fields.relation?.trim();
    if (relId === undefined || relId === '' || e.fields.participants === undefined) return;
    const known = bcRelations.get(relId);
    if (known) {
      if ((known.fields.participants ?? '') !== e.fields.participants) {
        warn(
          `edges of relation '${relId}' disagree on its participants: the first edge's are kept`,
        );
      }
      bcEdge.add(i);
      return;
    }
    const kind = decodeRelationKind(e.fields.kind);
    if (kind === undefined) {
      warn(
        `edge ${e.id ?? i + 1}: relation kind '${e.fields.kind ?? ''}' is unknown; read as a plain tie`,
      );
      return;
    }
    const ps = decodeParticipants(e.fields.participants, kind);
    if (!ps.ok) {
      warn(`edge ${e.id ?? i + 1}: ${ps.reason}; read as a plain tie`);
      return;
    }
    if (new Set(ps.participants.map((p) => p.actor)).size < 2) {
      warn(
        `edge ${e.id ?? i + 1}: relation '${relId}' has fewer than 2 distinct participants; read as a plain tie`,
      );
      return;
    }
    bcRelations.set(relId, {
      edgeIndex: i,
      id: relId,
      kind,
      participants: ps.participants,
      fields: e.fields,
    });
    bcEdge.add(i);
  });

  const firstEdgeOf = new Map([...bcRelations.values()].map((r) => [r.edgeIndex, r]));

  // 3. Nodes implied by edge ends and participants.
  const implied: string[] = [];
  const imply = (id: string): void => {
    if (nodes.has(id)) return;
    nodes.set(id, { id, attributes: {}, fields: {} });
    implied.push(id);
  };
  g.edges.forEach((e, i) => {
    if (bcEdge.has(i)) return;
    imply(e.source);
    imply(e.target);
  });
  for (const r of bcRelations.values()) for (const p of r.participants) imply(p.actor);
  if (implied.length > 0 && g.warnImpliedNodes) {
    warn(
      `${implied.length} node(s) used by edges are not declared: created as actors (${sample(implied)})`,
    );
  }
  if (nodes.size === 0) {
    return {
      ok: false,
      format: g.format,
      problems: [{ path: '(graph)', message: 'the graph has no nodes: nothing to import' }],
    };
  }

  // 4. Ids: valid slugs are kept; the others are made from the label (or the id), disambiguated.
  const ids = new IdAllocator();
  const slugOf = new Map<string, string>();
  for (const id of nodes.keys()) if (isSlug(id) && ids.reserve(id)) slugOf.set(id, id);
  const relIdOf = new Map<string, string>();
  for (const r of bcRelations.values())
    if (isSlug(r.id) && ids.reserve(r.id)) relIdOf.set(r.id, r.id);
  for (const n of nodes.values()) {
    if (!slugOf.has(n.id)) slugOf.set(n.id, ids.take([n.label, n.id], 'node'));
  }
  for (const r of bcRelations.values())
    if (!relIdOf.has(r.id)) relIdOf.set(r.id, ids.take([r.id], 'relation'));
  const actorId = (original: string): string => slugOf.get(original) ?? original;

  // 5. Times.
  const years = numbersAreYears(g);
  const undated: string[] = [];
  const dateOf = (v: string | undefined): string | undefined => {
    const d = toPartialDate(v, years);
    if (v !== undefined && d === undefined) undated.push(v);
    return d;
  };

  // 6. Sources (the graph's list, then those carried by records; the first definition of an id wins).
  const sources = new Map<string, Source>();
  const addSources = (
    list: (Source | string)[] | undefined,
    where: string,
  ): string[] | undefined => {
    if (!list) return undefined;
    const out: string[] = [];
    for (const item of list) {
      if (typeof item === 'string') {
        if (sources.has(item)) {
          if (!out.includes(item)) out.push(item);
        } else warn(`${where}: source '${item}' is not defined in the file; reference dropped`);
        continue;
      }
      const s = item;
      if (!isSlug(s.id)) {
        warn(`${where}: source id '${s.id}' is not a slug; dropped`);
        continue;
      }
      if (!sources.has(s.id)) sources.set(s.id, s);
      if (!out.includes(s.id)) out.push(s.id);
    }
    return out.length > 0 ? out : undefined;
  };
  addSources(g.header.sources, 'the graph');

  // 7. Actors.
  const actors: Actor[] = [];
  for (const n of nodes.values()) {
    const id = actorId(n.id);
    const where = `node '${n.id}'`;
    const w = (m: string): void => warn(m);
    const kindAttr = Object.entries(n.attributes).find(([k]) => KIND_ATTRIBUTE.test(k))?.[1];
    const kind =
      decodeActorKind(n.fields.kind) ??
      decodeActorKind(typeof kindAttr === 'string' ? kindAttr : undefined) ??
      'other';
    const name = (n.label ?? '').trim() !== '' ? (n.label as string) : n.id;
    const actor: Actor = { id, name, kind };
    if (n.fields.title) actor.title = n.fields.title;
    const aliases = decodeStringList(n.fields.aliases, w, where);
    if (aliases) actor.aliases = aliases;
    if (n.fields.description) actor.description = n.fields.description;
    const src = addSources(decodeSources(n.fields.sources, w, where), where);
    if (src) actor.sources = src;
    Object.assign(actor, decodeExtensions(n.fields.extensions, w, where));
    const rec = actor as Record<string, unknown>;
    if (id !== n.id && rec['x-source-id'] === undefined) rec['x-source-id'] = n.id;
    if (Object.keys(n.attributes).length > 0) rec['x-attributes'] = n.attributes;
    if (n.viz && Object.keys(n.viz).length > 0) rec['x-viz'] = n.viz;
    if (n.start !== undefined || n.end !== undefined) {
      const time: Record<string, string> = {};
      if (n.start !== undefined) time.start = n.start;
      if (n.end !== undefined) time.end = n.end;
      rec['x-time'] = time;
    }
    actors.push(actor);
  }

  // 8. Hierarchy → memberOf (unknown parents and cycles are dropped with a warning).
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const n of nodes.values()) {
    if (n.parent === undefined || n.parent === '') continue;
    const parent = slugOf.get(n.parent);
    const actor = byId.get(actorId(n.id));
    if (!actor) continue;
    if (parent === undefined)
      warn(`node '${n.id}': parent '${n.parent}' is not a node; hierarchy link dropped`);
    else if (parent === actor.id) warn(`node '${n.id}' is its own parent; hierarchy link dropped`);
    else actor.memberOf = parent;
  }
  for (const a of actors) {
    const seen = new Set<string>([a.id]);
    for (let p = a.memberOf; p !== undefined; p = byId.get(p)?.memberOf) {
      if (seen.has(p)) {
        warn(`actor '${a.id}': its hierarchy forms a cycle; its parent link was dropped`);
        delete a.memberOf;
        break;
      }
      seen.add(p);
    }
  }

  // 9. Relations.
  const relations: Relation[] = [];
  let selfLoops = 0;
  g.edges.forEach((e, i) => {
    const where = `edge ${e.id ?? i + 1}`;
    const w = (m: string): void => warn(m);
    if (bcEdge.has(i)) {
      const r = firstEdgeOf.get(i);
      if (r)
        relations.push(
          bcRelation(r, relIdOf.get(r.id) ?? r.id, actorId, byId, addSources, w, where),
        );
      return;
    }
    const source = actorId(e.source);
    const target = actorId(e.target);
    if (source === target) {
      selfLoops++;
      return;
    }
    const id = ids.take([e.id !== undefined ? `tie-${e.id}` : undefined], `tie-${i + 1}`);
    const participants: { actor: string; role: Role }[] = e.directed
      ? [
          { actor: source, role: 'source' },
          { actor: target, role: 'target' },
        ]
      : [
          { actor: source, role: 'member' },
          { actor: target, role: 'member' },
        ];
    const rel: Relation = { id, kind: 'tie', participants };
    const date = dateOf(e.start);
    const endDate = dateOf(e.end);
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
    if (
      (e.start !== undefined && date === undefined) ||
      (e.end !== undefined && endDate === undefined)
    ) {
      const time: Record<string, string> = {};
      if (e.start !== undefined) time.start = e.start;
      if (e.end !== undefined) time.end = e.end;
      rec['x-time'] = time;
    }
    relations.push(rel);
  });
  if (selfLoops > 0) {
    warn(`${selfLoops} self-loop(s) skipped: a relation needs two distinct actors`);
  }
  if (undated.length > 0) {
    warn(
      `${undated.length} time value(s) are not calendar dates (${sample([...new Set(undated)], 3)}): kept in x-time, not as dates`,
    );
  }

  // 10. The dataset, checked by the model's validator.
  const title = g.header.title?.trim() || baseName(fileName) || 'Imported graph';
  const dataset: Dataset = {
    schemaVersion: 1,
    id:
      g.header.id !== undefined && isSlug(g.header.id) ? g.header.id : slugify(title) || 'imported',
    title,
    sources: [...sources.values()],
    actors,
    relations,
  };
  if (g.header.description) dataset.description = g.header.description;
  if (g.header.asOf !== undefined && isPartialDate(g.header.asOf)) dataset.asOf = g.header.asOf;
  const checked = validateDataset(dataset);
  if (!checked.ok) {
    return {
      ok: false,
      format: g.format,
      problems: checked.problems.map((p) => ({
        path: p.path,
        message: `the imported graph does not make a valid dataset: ${p.message}`,
      })),
    };
  }
  return { ok: true, dataset: checked.dataset, format: g.format, warnings };
}

function baseName(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[^.]+$/, '') || undefined;
}

function bcRelation(
  r: BcRelation,
  id: string,
  actorId: (original: string) => string,
  actors: ReadonlyMap<string, Actor>,
  addSources: (list: (Source | string)[] | undefined, where: string) => string[] | undefined,
  warn: (m: string) => void,
  where: string,
): Relation {
  const f = r.fields;
  const rel = {
    id,
    kind: r.kind,
    participants: r.participants.map((p) =>
      p.role === undefined
        ? { actor: actorId(p.actor) }
        : { actor: actorId(p.actor), role: p.role },
    ),
  } as Relation;
  for (const key of ['date', 'endDate'] as const) {
    const v = f[key]?.trim();
    if (v === undefined || v === '') continue;
    if (isPartialDate(v)) rel[key] = v;
    else warn(`${where}: ${key} '${v}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD); dropped`);
  }
  if (f.place) rel.place = f.place;
  if (f.summary) rel.summary = f.summary;
  const certainty = decodeCertainty(f.certainty);
  if (certainty) rel.certainty = certainty;
  else if (f.certainty) warn(`${where}: certainty '${f.certainty}' is unknown; dropped`);
  const quotes = decodeQuotes(f.quotes, warn, where);
  if (quotes) {
    rel.quotes = quotes.map((q): Quote => {
      const out: Quote = { text: q.text };
      if (q.speaker !== undefined) {
        const s = actorId(q.speaker);
        if (actors.has(s)) out.speaker = s;
        else warn(`${where}: quote speaker '${q.speaker}' is not an actor; dropped`);
      }
      if (q.source !== undefined) {
        const ids = addSources([q.source], where);
        if (ids?.[0] !== undefined) out.source = ids[0];
      }
      return out;
    });
  }
  const src = addSources(decodeSources(f.sources, warn, where), where);
  if (src) rel.sources = src;
  Object.assign(rel, decodeExtensions(f.extensions, warn, where));
  if (id !== r.id) (rel as Record<string, unknown>)['x-source-id'] = r.id;
  return rel;
}
