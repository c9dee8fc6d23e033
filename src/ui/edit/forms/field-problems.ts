/**
 * Where a validator problem is shown in an editor form: its path (`actors[7].name`,
 * `relations[3].participants[1].role`, `relations[3].quotes[0].text`) mapped to a field of the form
 * ("name", "participants[1].role", "quotes[0].text"), or to none (then it is listed at the top).
 * Pure: no React, no DOM.
 */
import type { Problem } from '../../../model/validate.ts';

/** A field of a form: its path below the record ("name", "participants[1].sources", "quotes[0].text"). */
export type FieldKey = string;

export interface FieldMap {
  /**
   * The record's path in the dataset the command makes: "actors[7]", "relations[3]", "sources[2]";
   * "" for the dataset's own fields (title, asOf, description).
   */
  prefix: string;
  /** The fields the form shows. A path below one (`aliases[2]`, `sources[0]`) lands on it. */
  fields: ReadonlySet<FieldKey>;
  /** A problem reported elsewhere that belongs to a field here (a `memberOf` cycle found at another actor). */
  redirect?: (problem: Problem) => FieldKey | undefined;
}

export interface PlacedProblems {
  /** Field → its problems, in the order given. */
  byField: Map<FieldKey, Problem[]>;
  /** Problems that belong to no field of the form. */
  unplaced: Problem[];
  /** Every problem, each with the field it was placed at (if any), in the order given. */
  all: { problem: Problem; field: FieldKey | undefined }[];
}

/** The path's segments: `relations[3].quotes[0].text` → ['relations', 3, 'quotes', 0, 'text']. */
export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|\.?([^.[\]]+)/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) out.push(Number(m[1]));
    else if (m[2] !== undefined) out.push(m[2]);
    else if (m[3] !== undefined) out.push(m[3]);
  }
  return out;
}

/** Segments back to a field key: ['participants', 1, 'role'] → "participants[1].role". */
export function keyOf(segments: readonly (string | number)[]): FieldKey {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}

/**
 * The field a path lands on: the longest leading part of the path below `prefix` that is one of
 * `fields` (`actors[7].aliases[2]` → "aliases"); undefined when the path is not below the record or
 * no part of it is a field (the record itself, another record, the document).
 */
export function fieldOfPath(
  path: string,
  prefix: string,
  fields: ReadonlySet<FieldKey>,
): FieldKey | undefined {
  const all = pathSegments(path);
  const head = pathSegments(prefix);
  if (all.length < head.length || head.some((s, i) => all[i] !== s)) return undefined;
  const rest = all.slice(head.length);
  for (let n = rest.length; n > 0; n--) {
    const key = keyOf(rest.slice(0, n));
    if (fields.has(key)) return key;
  }
  return undefined;
}

/** Each problem at its field, or among the unplaced ones. */
export function placeProblems(problems: readonly Problem[], map: FieldMap): PlacedProblems {
  const byField = new Map<FieldKey, Problem[]>();
  const unplaced: Problem[] = [];
  const all: PlacedProblems['all'] = [];
  for (const problem of problems) {
    const field = fieldOfPath(problem.path, map.prefix, map.fields) ?? map.redirect?.(problem);
    all.push({ problem, field });
    if (field === undefined) {
      unplaced.push(problem);
      continue;
    }
    const list = byField.get(field);
    if (list) list.push(problem);
    else byField.set(field, [problem]);
  }
  return { byField, unplaced, all };
}

/** The path of a record in a list of the dataset, as the command leaves it: where it is, else appended. */
export function recordPrefix(
  list: readonly { id: string }[],
  name: 'actors' | 'relations' | 'sources',
  id: string | undefined,
): string {
  const i = id === undefined ? -1 : list.findIndex((x) => x.id === id);
  return `${name}[${i < 0 ? list.length : i}]`;
}

const FIELD_LABELS: Record<string, string> = {
  id: 'Id',
  name: 'Name',
  kind: 'Kind',
  aliases: 'Aliases',
  title: 'Title',
  memberOf: 'Member of',
  description: 'Description',
  sources: 'Sources',
  publisher: 'Publisher',
  url: 'URL',
  date: 'Date',
  endDate: 'End date',
  asOf: 'As of',
  label: 'Label',
  place: 'Place',
  certainty: 'Certainty',
  summary: 'Summary',
  participants: 'Participants',
  quotes: 'Quotes',
  actor: 'actor',
  role: 'role',
  text: 'text',
  speaker: 'speaker',
  source: 'source',
};

const ITEM_NOUNS: Record<string, string> = { participants: 'Participant', quotes: 'Quote' };

/** A field as readers see it in the problems list: "Name", "Participant 2: role", "Quote 1: text". */
export function fieldLabel(key: FieldKey): string {
  const segs = pathSegments(key);
  const [first, index, ...rest] = segs;
  const noun = typeof first === 'string' ? ITEM_NOUNS[first] : undefined;
  if (noun !== undefined && typeof index === 'number') {
    const tail = rest.map((s) => (typeof s === 'string' ? (FIELD_LABELS[s] ?? s) : '')).join(' ');
    return tail === '' ? `${noun} ${index + 1}` : `${noun} ${index + 1}: ${tail.toLowerCase()}`;
  }
  return typeof first === 'string' ? (FIELD_LABELS[first] ?? first) : key;
}

/** A DOM id for a form's field: `${formId}-participants_1_-role`-like, only [A-Za-z0-9_-]. */
export function fieldDomId(formId: string, key: FieldKey): string {
  return `${formId.replace(/[^A-Za-z0-9_-]/g, '_')}-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
