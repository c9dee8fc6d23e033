/**
 * Backchannel's own fields, written as plain string attributes so that GEXF, GraphML and CSV can carry
 * them and give them back: `encode…` for the exporters, `decode…` for the importers.
 *
 * Field names are the same in every format (GEXF/GraphML attribute titles are `bc_<field>`; CSV headers
 * are the capitalised field names). Lists of slugs are space-separated; lists of free text and records
 * (aliases, quotes, sources, extension keys) are JSON. Participants are `actor:role` tokens; a
 * participant's own certainty and sources travel in `participantDetails`, a JSON object keyed by actor
 * id. A relation's `label` is the field `relationLabel` (`label` is the plain edge label of GraphML and
 * of Gephi's CSV, which the exporters fill with it too).
 */
import type { Actor, Dataset, Participant, Quote, Relation, Source } from '../model/schema.ts';
import { extensionsOf } from '../model/schema.ts';
import {
  isActorKind,
  isRelationKind,
  isRoleOf,
  type ActorKind,
  type Role,
} from '../model/vocabulary.ts';
import { CERTAINTIES, type Certainty, type RelationKind } from '../model/vocabulary.ts';

export const ACTOR_FIELDS = [
  'kind',
  'title',
  'aliases',
  'description',
  'sources',
  'extensions',
] as const;
export type ActorField = (typeof ACTOR_FIELDS)[number];

export const RELATION_FIELDS = [
  'relation',
  'kind',
  'relationLabel',
  'participants',
  'participantDetails',
  'date',
  'endDate',
  'place',
  'summary',
  'certainty',
  'quotes',
  'sources',
  'extensions',
] as const;
export type RelationField = (typeof RELATION_FIELDS)[number];

/** Attribute name of a field in GEXF and GraphML. */
export function xmlFieldName(field: string): string {
  return `bc_${field}`;
}

function sourcesOf(
  ids: readonly string[] | undefined,
  byId: ReadonlyMap<string, Source>,
): string | undefined {
  if (!ids || ids.length === 0) return undefined;
  return JSON.stringify(ids.map((id) => byId.get(id) ?? id));
}

function jsonOrUndefined(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.length === 0) return undefined;
  if (typeof value === 'object' && value !== null && Object.keys(value).length === 0)
    return undefined;
  return JSON.stringify(value);
}

export function sourceIndex(ds: Pick<Dataset, 'sources'>): Map<string, Source> {
  return new Map(ds.sources.map((s) => [s.id, s]));
}

export function encodeActor(
  a: Actor,
  sources: ReadonlyMap<string, Source>,
): Partial<Record<ActorField, string>> {
  return {
    kind: a.kind,
    title: a.title,
    aliases: jsonOrUndefined(a.aliases),
    description: a.description,
    sources: sourcesOf(a.sources, sources),
    extensions: jsonOrUndefined(extensionsOf(a)),
  };
}

export function encodeParticipants(r: Relation): string {
  return r.participants
    .map((p) => (p.role === undefined ? p.actor : `${p.actor}:${p.role}`))
    .join(' ');
}

/** `{ actor: { certainty?, sources? } }` of the participants that have their own; undefined if none. */
export function encodeParticipantDetails(
  r: Relation,
  sources: ReadonlyMap<string, Source>,
): string | undefined {
  type Details = { certainty?: Certainty; sources?: (Source | string)[] } & Record<string, unknown>;
  const out: Record<string, Details> = {};
  let any = false;
  for (const p of r.participants) {
    const ext = extensionsOf(p);
    const hasExt = Object.keys(ext).length > 0;
    if (p.certainty === undefined && (p.sources === undefined || p.sources.length === 0) && !hasExt)
      continue;
    // A participant's own x- keys travel beside its certainty and sources.
    const d: Details = { ...ext };
    if (p.certainty !== undefined) d.certainty = p.certainty;
    if (p.sources !== undefined && p.sources.length > 0)
      d.sources = p.sources.map((id) => sources.get(id) ?? id);
    if (!Object.hasOwn(out, p.actor)) out[p.actor] = d;
    any = true;
  }
  return any ? JSON.stringify(out) : undefined;
}

export function encodeRelation(
  r: Relation,
  sources: ReadonlyMap<string, Source>,
): Partial<Record<RelationField, string>> {
  return {
    relation: r.id,
    kind: r.kind,
    relationLabel: r.label,
    participants: encodeParticipants(r),
    participantDetails: encodeParticipantDetails(r, sources),
    date: r.date,
    endDate: r.endDate,
    place: r.place,
    summary: r.summary,
    certainty: r.certainty,
    quotes: jsonOrUndefined(
      r.quotes?.map((q) => ({
        ...q,
        ...(q.source !== undefined ? { source: sources.get(q.source) ?? q.source } : {}),
      })),
    ),
    sources: sourcesOf(r.sources, sources),
    extensions: jsonOrUndefined(extensionsOf(r)),
  };
}

// ---- decoding ----

export type Fields = Readonly<Record<string, string | undefined>>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The `x-…` entries of a record read from a file (never a prototype key). */
function extensionEntries(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(record)) {
    if (k.startsWith('x-') && !FORBIDDEN_KEYS.has(k)) out[k] = val;
  }
  return out;
}

/** Extension keys (`x-…`) from a JSON object text; anything else is dropped. */
export function decodeExtensions(
  text: string | undefined,
  warn: (m: string) => void,
  where: string,
): Record<string, unknown> {
  if (text === undefined || text === '') return {};
  const v = parseJson(text);
  if (!isRecord(v)) {
    warn(`${where}: extensions are not a JSON object; ignored`);
    return {};
  }
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) {
    if (k.startsWith('x-') && !FORBIDDEN_KEYS.has(k)) out[k] = val;
  }
  return out;
}

export function decodeStringList(
  text: string | undefined,
  warn: (m: string) => void,
  where: string,
): string[] | undefined {
  if (text === undefined || text === '') return undefined;
  const v = parseJson(text);
  if (Array.isArray(v) && v.every((s) => typeof s === 'string')) return v;
  warn(`${where}: not a JSON list of strings; kept as one value`);
  return [text];
}

/** Source records carried by a record: a JSON list of `{id, title, …}` (or bare ids). */
export function decodeSource(item: unknown): Source | string | undefined {
  if (typeof item === 'string') return item;
  if (isRecord(item) && typeof item.id === 'string' && typeof item.title === 'string') {
    const s: Source = { id: item.id, title: item.title };
    if (typeof item.publisher === 'string') s.publisher = item.publisher;
    if (typeof item.url === 'string') s.url = item.url;
    if (typeof item.date === 'string') s.date = item.date;
    return Object.assign(s, extensionEntries(item));
  }
  return undefined;
}

/** Sources carried by a record: a JSON list of `{id, title, …}` records or ids, or space-separated ids. */
export function decodeSources(
  text: string | undefined,
  warn: (m: string) => void,
  where: string,
): (Source | string)[] | undefined {
  if (text === undefined || text === '') return undefined;
  const v = parseJson(text);
  const items: unknown[] = Array.isArray(v) ? v : text.split(/\s+/).filter((s) => s !== '');
  const out: (Source | string)[] = [];
  for (const item of items) {
    const s = decodeSource(item);
    if (s !== undefined) out.push(s);
    else {
      warn(`${where}: a source is neither an id nor a {id, title} record; ignored`);
    }
  }
  return out;
}

export type DecodedQuote = Omit<Quote, 'source'> & { source?: Source | string };

export function decodeQuotes(
  text: string | undefined,
  warn: (m: string) => void,
  where: string,
): DecodedQuote[] | undefined {
  if (text === undefined || text === '') return undefined;
  const v = parseJson(text);
  if (!Array.isArray(v)) {
    warn(`${where}: quotes are not a JSON list; ignored`);
    return undefined;
  }
  const out: DecodedQuote[] = [];
  for (const q of v) {
    if (isRecord(q) && typeof q.text === 'string' && q.text !== '') {
      const quote: DecodedQuote = { text: q.text };
      if (typeof q.speaker === 'string') quote.speaker = q.speaker;
      const source = decodeSource(q.source);
      if (source !== undefined) quote.source = source;
      Object.assign(quote, extensionEntries(q));
      out.push(quote);
    } else warn(`${where}: a quote without text; ignored`);
  }
  return out;
}

export function decodeActorKind(text: string | undefined): ActorKind | undefined {
  if (text === undefined) return undefined;
  const k = text.trim().toLowerCase();
  if (k === 'organisation') return 'organization';
  return isActorKind(k) ? k : undefined;
}

export function decodeCertainty(text: string | undefined): Certainty | undefined {
  const c = text?.trim().toLowerCase();
  return (CERTAINTIES as readonly string[]).includes(c ?? '') ? (c as Certainty) : undefined;
}

export interface DecodedParticipant {
  actor: string;
  role?: Role;
}

/** `actor:role actor …` for a kind; undefined (and a reason) when a token is not of that form. */
export function decodeParticipants(
  text: string | undefined,
  kind: RelationKind,
): { ok: true; participants: DecodedParticipant[] } | { ok: false; reason: string } {
  if (text === undefined || text.trim() === '') return { ok: false, reason: 'no participants' };
  const participants: DecodedParticipant[] = [];
  for (const token of text.trim().split(/\s+/)) {
    const colon = token.lastIndexOf(':');
    const actor = colon === -1 ? token : token.slice(0, colon);
    const role = colon === -1 ? undefined : token.slice(colon + 1);
    if (actor === '') return { ok: false, reason: `participant '${token}' has no actor` };
    if (role !== undefined && !isRoleOf(kind, role)) {
      return { ok: false, reason: `'${role}' is not a role of a ${kind} relation` };
    }
    participants.push(role === undefined ? { actor } : { actor, role });
  }
  return { ok: true, participants };
}

/** A participant's own certainty and sources, as decoded (sources still records or ids). */
export interface ParticipantDetails {
  certainty?: Certainty;
  sources?: (Source | string)[];
  /** The participant's own `x-…` keys. */
  extensions?: Record<string, unknown>;
}

/** `participantDetails`: actor id → its part's certainty and sources; bad entries are warned and dropped. */
export function decodeParticipantDetails(
  text: string | undefined,
  warn: (m: string) => void,
  where: string,
): Map<string, ParticipantDetails> {
  const out = new Map<string, ParticipantDetails>();
  if (text === undefined || text.trim() === '') return out;
  const v = parseJson(text);
  if (!isRecord(v)) {
    warn(`${where}: participant details are not a JSON object; ignored`);
    return out;
  }
  for (const [actor, d] of Object.entries(v)) {
    if (FORBIDDEN_KEYS.has(actor) || !isRecord(d)) continue;
    const details: ParticipantDetails = {};
    const certainty = typeof d.certainty === 'string' ? decodeCertainty(d.certainty) : undefined;
    if (certainty) details.certainty = certainty;
    else if (d.certainty !== undefined)
      warn(`${where}: certainty of participant '${actor}' is unknown; dropped`);
    if (Array.isArray(d.sources)) {
      const list = d.sources.map(decodeSource).filter((s) => s !== undefined);
      if (list.length > 0) details.sources = list;
    }
    const ext = extensionEntries(d);
    if (Object.keys(ext).length > 0) details.extensions = ext;
    out.set(actor, details);
  }
  return out;
}

/** The participant with its details' certainty and (already resolved) source ids. */
export function withParticipantDetails(
  p: Participant,
  details: ParticipantDetails | undefined,
  sourceIds: readonly string[] | undefined,
): Participant {
  if (!details) return p;
  const out: Participant = { ...p };
  if (details.extensions) Object.assign(out, details.extensions);
  if (details.certainty) out.certainty = details.certainty;
  if (sourceIds && sourceIds.length > 0) out.sources = [...sourceIds];
  return out;
}

export function decodeRelationKind(text: string | undefined): RelationKind | undefined {
  const k = text?.trim().toLowerCase();
  return isRelationKind(k) ? k : undefined;
}
