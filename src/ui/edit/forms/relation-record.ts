/**
 * The relation form's fields and the relation it makes (see records.ts), its kind change through the
 * model's `changeKind`, and the notes that name each role the new kind lacks. Pure: no React.
 */
import type { Participant, Quote, Relation } from '../../../model/schema.ts';
import {
  defaultRole,
  isRoleOf,
  type Certainty,
  type RelationKind,
} from '../../../model/vocabulary.ts';
import { changeKind } from '../../../model/edit/index.ts';
import {
  apply,
  ids,
  joinDate,
  kindWithArticle,
  line,
  para,
  same,
  splitDate,
  type DateValue,
  type Rec,
} from './records.ts';

export interface ParticipantFields {
  /** A key for React, stable while the list changes. */
  key: number;
  /** "" until an actor is chosen. */
  actor: string;
  role: string;
  /** The role last chosen for it (or read from the file): a kind change back restores it. */
  intended: string;
  /**
   * Its role was given by the form, not chosen (a new row): a kind change gives it the new kind's
   * slot for its place, without a note.
   */
  auto: boolean;
  /** "" for the relation's. */
  certainty: '' | Certainty;
  sources: string[];
  /** The participant edited, whose other keys are kept. */
  base?: Participant;
}

export interface QuoteFields {
  key: number;
  text: string;
  /** "" for none. */
  speaker: string;
  source: string;
  base?: Quote;
}

export interface RelationFields {
  kind: RelationKind;
  label: string;
  participants: ParticipantFields[];
  date: DateValue;
  endDate: DateValue;
  place: string;
  certainty: '' | Certainty;
  summary: string;
  quotes: QuoteFields[];
  sources: string[];
}

let lastKey = 0;
/** A key for a new list item. */
export function nextKey(): number {
  lastKey += 1;
  return lastKey;
}

/** Kinds whose second role is the other end of a directed relation (guarantor → beneficiary). */
const COUNTERPART: Partial<Record<RelationKind, string>> = {
  mediation: 'party',
  guarantee: 'beneficiary',
  authorization: 'grantee',
  proposal: 'recipient',
  statement: 'addressee',
  attack: 'target',
  tie: 'target',
};

/** The role a new row takes at `index`: the default first, then the counterpart where there is one. */
export function slotRole(kind: RelationKind, index: number): string {
  return index === 0 ? defaultRole(kind) : (COUNTERPART[kind] ?? defaultRole(kind));
}

/** A participant row: of a participant read from the file (`base`), or new at `index` (role by slot). */
export function participantFields(
  kind: RelationKind,
  p: Partial<Participant> & { actor?: string },
  base?: Participant,
  index = 0,
): ParticipantFields {
  const auto = base === undefined && p.role === undefined;
  const role = p.role ?? (auto ? slotRole(kind, index) : defaultRole(kind));
  const out: ParticipantFields = {
    key: nextKey(),
    actor: p.actor ?? '',
    role,
    intended: role,
    auto,
    certainty: p.certainty ?? '',
    sources: [...(p.sources ?? [])],
  };
  if (base) out.base = base;
  return out;
}

export function quoteFields(q: Partial<Quote>, base?: Quote): QuoteFields {
  const out: QuoteFields = {
    key: nextKey(),
    text: q.text ?? '',
    speaker: q.speaker ?? '',
    source: q.source ?? '',
  };
  if (base) out.base = base;
  return out;
}

export interface RelationPrefill {
  kind?: RelationKind;
  participants?: string[];
  quote?: { text: string; source?: string };
}

/** The fields of the relation edited, or of a new one from a prefill. */
export function relationFields(r: Relation | undefined, prefill?: RelationPrefill): RelationFields {
  const kind = r?.kind ?? prefill?.kind ?? 'meeting';
  const participants = r
    ? r.participants.map((p) => participantFields(kind, p, p))
    : (prefill?.participants ?? []).map((actor, i) =>
        participantFields(kind, { actor }, undefined, i),
      );
  while (!r && participants.length < 2)
    participants.push(participantFields(kind, {}, undefined, participants.length));
  const quotes = r
    ? (r.quotes ?? []).map((q) => quoteFields(q, q))
    : prefill?.quote
      ? [quoteFields(prefill.quote)]
      : [];
  return {
    kind,
    label: r?.label ?? '',
    participants,
    date: splitDate(r?.date),
    endDate: splitDate(r?.endDate),
    place: r?.place ?? '',
    certainty: r?.certainty ?? '',
    summary: r?.summary ?? '',
    quotes,
    sources: [...(r?.sources ?? [])],
  };
}

function participantRecord(p: ParticipantFields, kind: RelationKind): Participant {
  const out: Rec = p.base ? { ...p.base } : { actor: p.actor };
  out.actor = p.actor;
  const keepsDefault = p.base !== undefined && p.base.role === undefined;
  if (keepsDefault && p.role === defaultRole(kind)) delete out.role;
  else out.role = p.role;
  const initial = p.base ? participantFields(kind, p.base) : undefined;
  apply(out, p, initial, {
    certainty: (v) => (v === '' ? undefined : v),
    sources: ids,
  });
  return out as Participant;
}

function quoteRecord(q: QuoteFields): Quote {
  const out: Rec = q.base ? { ...q.base } : { text: q.text };
  out.text = q.text;
  apply(out, q, q.base ? quoteFields(q.base) : undefined, {
    speaker: (v) => (v === '' ? undefined : v),
    source: (v) => (v === '' ? undefined : v),
  });
  return out as Quote;
}

/** The relation a form makes: the relation edited (`base`) with the form's changes, or a new one. */
export function relationRecord(
  id: string,
  f: RelationFields,
  base: Relation | undefined,
): Relation {
  const out: Rec = base ? { ...base } : { id, kind: f.kind };
  out.kind = f.kind;
  const initial = base ? relationFields(base) : undefined;
  const participants = f.participants.map((p) => participantRecord(p, f.kind));
  out.participants =
    base && same(participants, base.participants) ? base.participants : participants;
  apply(out, f, initial, {
    label: line,
    date: joinDate,
    endDate: joinDate,
    place: line,
    certainty: (v) => (v === '' ? undefined : v),
    summary: para,
  });
  const quotes = f.quotes.map(quoteRecord);
  const quotesSame = base && same(quotes, base.quotes ?? []);
  if (!quotesSame) {
    if (quotes.length === 0) delete out.quotes;
    else out.quotes = quotes;
  }
  apply(out, f, initial, { sources: ids });
  return out as Relation;
}

/**
 * The fields moved to `kind`: each participant keeps its role when the new kind has it (through the
 * model's `changeKind`), or the role last chosen for it when the new kind has that one (a kind changed
 * and changed back restores the roles), else takes the new kind's default.
 */
export function withKind(f: RelationFields, kind: RelationKind): RelationFields {
  const draft = {
    id: 'draft',
    kind: f.kind,
    participants: f.participants.map((p) => ({ actor: p.actor, role: p.role })),
  } as Relation;
  const moved = changeKind(draft, kind).relation;
  const participants = f.participants.map((p, i) => {
    if (p.auto) return { ...p, role: slotRole(kind, i), intended: slotRole(kind, i) };
    const role = isRoleOf(kind, p.intended)
      ? p.intended
      : (moved.participants[i]?.role ?? defaultRole(kind));
    return { ...p, role };
  });
  return { ...f, kind, participants };
}

/**
 * A sentence for each participant whose role the relation's kind lacks: "Qatar's role 'mediator'
 * does not exist in a statement: now 'speaker'".
 */
export function roleNotes(f: RelationFields, nameOf: (actorId: string) => string): string[] {
  return f.participants.flatMap((p, i) => {
    if (isRoleOf(f.kind, p.intended)) return [];
    const who = p.actor === '' ? `Participant ${i + 1}` : nameOf(p.actor);
    return [
      `${who}'s role '${p.intended}' does not exist in ${kindWithArticle(f.kind)}: now '${p.role}'`,
    ];
  });
}
