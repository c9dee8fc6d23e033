/**
 * What the editor forms hold (strings, as typed) and the records they make of it. Pure: no React.
 *
 * A record made from a form keeps everything of the record it edits that the form did not change:
 * its `x-` keys, an absent `role` that is still the default, an empty `aliases: []` left as it was.
 * A form opened and submitted untouched gives back a deep-equal record.
 */
import type { Actor, Dataset, Source } from '../../../model/schema.ts';
import {
  RELATION_KIND_LABELS,
  type ActorKind,
  type RelationKind,
} from '../../../model/vocabulary.ts';
import { qualifierOf, withoutQualifier, type DateQualifier } from '../../../model/dates.ts';
import { uniqueId } from '../../../model/edit/index.ts';
import type { DatasetMeta } from '../../../model/edit/types.ts';

export type Rec = Record<string, unknown>;

/** A date as a form holds it: the date as typed, and its qualifier chosen apart ("" for none). */
export interface DateValue {
  text: string;
  qualifier: '' | DateQualifier;
}

export function splitDate(value: string | undefined): DateValue {
  if (value === undefined) return { text: '', qualifier: '' };
  return { text: withoutQualifier(value), qualifier: qualifierOf(value) ?? '' };
}

/** The partial date a form's date makes: undefined when nothing is given. */
export function joinDate(d: DateValue): string | undefined {
  const text = d.text.trim();
  return text === '' && d.qualifier === '' ? undefined : `${text}${d.qualifier}`;
}

/** A one-line text: trimmed; undefined when empty. */
export const line = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());
/** A text of several lines: as typed; undefined when only white space. */
export const para = (v: string): string | undefined => (v.trim() === '' ? undefined : v);
/** A list of ids: undefined when empty. */
export const ids = (v: readonly string[]): string[] | undefined =>
  v.length === 0 ? undefined : [...v];
/** One alias a line, trimmed, empty lines left out. */
export function aliasLines(v: string): string[] {
  return v
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Sets `key` (undefined removes it), unless the form left it as it was: then the base's value stays. */
function put(out: Rec, key: string, value: unknown, changed: boolean): void {
  if (!changed) return;
  if (value === undefined) Reflect.deleteProperty(out, key);
  else out[key] = value;
}

/**
 * Copies the fields of a form into `out`, each through its converter: every field for a new record
 * (`initial` undefined), else only those changed from `initial`.
 */
export function apply<F extends object>(
  out: Rec,
  fields: F,
  initial: F | undefined,
  convert: { [K in keyof F]?: (v: F[K]) => unknown },
): Rec {
  for (const key of Object.keys(convert) as (keyof F & string)[]) {
    const f = convert[key];
    const changed = initial === undefined || !same(fields[key], initial[key]);
    if (f) put(out, key, f(fields[key]), changed);
  }
  return out;
}

/* ---------- Actor ---------- */

export interface ActorFields {
  name: string;
  kind: ActorKind;
  /** One alias a line. */
  aliases: string;
  title: string;
  /** "" for none. */
  memberOf: string;
  description: string;
  sources: string[];
}

export function actorFields(a: Partial<Actor> | undefined): ActorFields {
  return {
    name: a?.name ?? '',
    kind: a?.kind ?? 'person',
    aliases: (a?.aliases ?? []).join('\n'),
    title: a?.title ?? '',
    memberOf: a?.memberOf ?? '',
    description: a?.description ?? '',
    sources: [...(a?.sources ?? [])],
  };
}

/**
 * The actor a form makes: the actor edited (`existing`) with the form's changes; or a new one, from
 * the form (and the keys of `prefill` that the form does not show).
 */
export function actorRecord(
  id: string,
  fields: ActorFields,
  existing: Actor | undefined,
  prefill?: Partial<Actor>,
): Actor {
  const out: Rec = existing ? { ...existing } : { ...prefill, id, name: '', kind: fields.kind };
  apply(out, fields, existing ? actorFields(existing) : undefined, {
    name: (v) => v.trim(),
    kind: (v) => v,
    aliases: (v) => (aliasLines(v).length === 0 ? undefined : aliasLines(v)),
    title: line,
    memberOf: (v) => (v === '' ? undefined : v),
    description: para,
    sources: ids,
  });
  return out as Actor;
}

/* ---------- Source ---------- */

export interface SourceFields {
  title: string;
  publisher: string;
  url: string;
  date: DateValue;
}

export function sourceFields(s: Source | undefined): SourceFields {
  return {
    title: s?.title ?? '',
    publisher: s?.publisher ?? '',
    url: s?.url ?? '',
    date: splitDate(s?.date),
  };
}

export function sourceRecord(id: string, fields: SourceFields, base: Source | undefined): Source {
  const out: Rec = base ? { ...base } : { id, title: '' };
  apply(out, fields, base ? sourceFields(base) : undefined, {
    title: (v) => v.trim(),
    publisher: line,
    url: line,
    date: joinDate,
  });
  return out as Source;
}

/* ---------- Dataset ---------- */

export interface MetaFields {
  title: string;
  asOf: DateValue;
  description: string;
}

export function metaFields(ds: Dataset): MetaFields {
  return { title: ds.title, asOf: splitDate(ds.asOf), description: ds.description ?? '' };
}

export function metaRecord(fields: MetaFields, ds: Dataset): DatasetMeta {
  const out: Rec = { title: ds.title, asOf: ds.asOf, description: ds.description };
  apply(out, fields, metaFields(ds), {
    title: (v) => v.trim(),
    asOf: joinDate,
    description: para,
  });
  return {
    title: typeof out.title === 'string' ? out.title : '',
    asOf: out.asOf as string | undefined,
    description: out.description as string | undefined,
  };
}

/* ---------- Ids ---------- */

/** Ids of actors and relations (one namespace). */
export function actorAndRelationIds(ds: Dataset): string[] {
  return [...ds.actors.map((a) => a.id), ...ds.relations.map((r) => r.id)];
}

export function newActorId(ds: Dataset, name: string): string {
  return uniqueId(name, actorAndRelationIds(ds), 'actor');
}

export function newSourceId(ds: Dataset, title: string): string {
  return uniqueId(
    title,
    ds.sources.map((s) => s.id),
    'source',
  );
}

export function newRelationId(
  ds: Dataset,
  kind: RelationKind,
  label: string,
  place: string,
): string {
  const text = label.trim() || `${kind} ${place.trim()}`;
  return uniqueId(text, actorAndRelationIds(ds), kind);
}

/** "a statement", "an agreement". */
export function kindWithArticle(kind: RelationKind): string {
  const word = RELATION_KIND_LABELS[kind].toLowerCase();
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}
