/**
 * The closed vocabularies of the dataset format (version 1): actor kinds, relation kinds with their
 * roles, certainties, and how each relation kind is projected to actor–actor edges.
 * Every `switch` over these is exhaustive, so a new kind is a compile error until it is handled.
 */

export const ACTOR_KINDS = ['person', 'state', 'organization', 'delegation', 'other'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const CERTAINTIES = ['confirmed', 'reported', 'disputed'] as const;
export type Certainty = (typeof CERTAINTIES)[number];
/** The certainty a relation has when it states none. */
export const DEFAULT_CERTAINTY: Certainty = 'reported';

/** Roles per relation kind; the first is the default role. */
export const RELATION_ROLES = {
  meeting: ['participant', 'host', 'mediator'],
  negotiation: ['party', 'mediator'],
  mediation: ['mediator', 'party'],
  guarantee: ['guarantor', 'beneficiary', 'subject', 'conveyor'],
  authorization: ['grantor', 'grantee'],
  proposal: ['proposer', 'recipient', 'mediator'],
  statement: ['speaker', 'addressee', 'subject'],
  attack: ['attacker', 'target'],
  agreement: ['party', 'mediator', 'guarantor'],
  tie: ['source', 'target', 'member'],
} as const;

export type RelationKind = keyof typeof RELATION_ROLES;
export const RELATION_KINDS = Object.keys(RELATION_ROLES) as RelationKind[];
export type RoleOf<K extends RelationKind> = (typeof RELATION_ROLES)[K][number];
export type Role = RoleOf<RelationKind>;

export function isRelationKind(value: unknown): value is RelationKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RELATION_ROLES, value);
}

export function isActorKind(value: unknown): value is ActorKind {
  return typeof value === 'string' && (ACTOR_KINDS as readonly string[]).includes(value);
}

export function defaultRole(kind: RelationKind): Role {
  return RELATION_ROLES[kind][0];
}

export function isRoleOf(kind: RelationKind, role: unknown): role is Role {
  return typeof role === 'string' && (RELATION_ROLES[kind] as readonly string[]).includes(role);
}

/** Human labels for the legend and panels. */
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  person: 'Person',
  state: 'State',
  organization: 'Organization',
  delegation: 'Delegation',
  other: 'Other',
};

export const RELATION_KIND_LABELS: Record<RelationKind, string> = {
  meeting: 'Meeting',
  negotiation: 'Negotiation',
  mediation: 'Mediation',
  guarantee: 'Guarantee',
  authorization: 'Authorization',
  proposal: 'Proposal',
  statement: 'Statement',
  attack: 'Attack',
  agreement: 'Agreement',
  tie: 'Tie',
};

export const CERTAINTY_LABELS: Record<Certainty, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  disputed: 'Disputed',
};

/**
 * A role as readers see it: the role's name, with what it means where the name alone could mislead
 * ("subject (said about)" in a statement; "conveyor (delivered it)" in a guarantee).
 */
export function roleLabel(kind: RelationKind, role: string): string {
  if (kind === 'statement' && role === 'subject') return 'subject (said about)';
  if (kind === 'statement' && role === 'addressee') return 'addressee (said to)';
  if (kind === 'guarantee' && role === 'conveyor') return 'conveyor (delivered it)';
  if (kind === 'guarantee' && role === 'subject') return 'subject (whose conduct is guaranteed)';
  return role;
}
