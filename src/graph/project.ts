/**
 * Projection of n-ary relations to actor–actor edges, as the format page's vocabulary table says.
 * Pure functions: a dataset in, new values out.
 */
import type { Dataset, Relation } from '../model/schema.ts';
import {
  DEFAULT_CERTAINTY,
  defaultRole,
  type Certainty,
  type RelationKind,
  type Role,
} from '../model/vocabulary.ts';

/**
 * What an edge means when its kind alone does not say it: `said-about` is a statement's speaker →
 * subject (said *about*, not *to*: drawn unlike "said to", and never a "met" link); `conveyed` is a
 * guarantee's conveyor → beneficiary (who delivered it, not who gave it). Absent: the kind's usual
 * meaning. The cy layer styles edges by this field (`ActorEdge.variant`).
 */
export type EdgeVariant = 'said-about' | 'conveyed';

/** One drawn actor–actor edge, derived from one relation. */
export interface ActorEdge {
  /** `${relationId}#${n}`: stable for the same dataset. */
  id: string;
  relationId: string;
  kind: RelationKind;
  source: string;
  target: string;
  /** false: the edge means "together" (met face to face, co-members), its ends in id order. */
  directed: boolean;
  sourceRole: Role;
  targetRole: Role;
  /**
   * The weaker of its two ends' certainties: a participant's own `certainty` overrides the
   * relation's for that actor's part (confirmed > reported > disputed).
   */
  certainty: Certainty;
  /** Set only when the edge does not mean what its kind usually means (see `EdgeVariant`). */
  variant?: EdgeVariant;
  date?: string;
  endDate?: string;
}

export interface RoledParticipant {
  actor: string;
  role: Role;
  /** The participant's own certainty, when it states one. */
  certainty?: Certainty;
}

/** The participants of a relation with their roles made explicit (the kind's default role filled in). */
export function participantsOf(relation: Relation): RoledParticipant[] {
  const fallback = defaultRole(relation.kind);
  return relation.participants.map((p) => {
    const out: RoledParticipant = { actor: p.actor, role: (p.role ?? fallback) as Role };
    if (p.certainty !== undefined) out.certainty = p.certainty;
    return out;
  });
}

export function certaintyOf(relation: Pick<Relation, 'certainty'>): Certainty {
  return relation.certainty ?? DEFAULT_CERTAINTY;
}

const CERTAINTY_RANK: Record<Certainty, number> = { confirmed: 2, reported: 1, disputed: 0 };

/** The weaker of two certainties (confirmed > reported > disputed). */
export function weakerCertainty(a: Certainty, b: Certainty): Certainty {
  return CERTAINTY_RANK[a] <= CERTAINTY_RANK[b] ? a : b;
}

/**
 * The certainty of one actor's part in a relation: its participant entry's own `certainty`, else the
 * relation's (else `reported`). For an actor listed twice, the first entry counts.
 */
export function participantCertainty(relation: Relation, actor: string): Certainty {
  const p = relation.participants.find((q) => q.actor === actor);
  return p?.certainty ?? certaintyOf(relation);
}

/**
 * The certainties a relation has for the actors' parts: the relation's own (when some participant
 * does not override it) and every participant override. The certainty filter hides a relation only
 * when every one of them is hidden, and hides the actors whose part has a hidden certainty.
 */
export function certaintiesOf(relation: Relation): Set<Certainty> {
  const base = certaintyOf(relation);
  const out = new Set<Certainty>();
  for (const p of relation.participants) out.add(p.certainty ?? base);
  return out;
}

function withRole(ps: RoledParticipant[], ...roles: Role[]): RoledParticipant[] {
  return ps.filter((p) => roles.includes(p.role));
}

type Pair = [RoledParticipant, RoledParticipant, boolean, EdgeVariant?];

/** Every unordered pair of distinct actors in `ps`, undirected, ends in id order. */
function allPairs(ps: RoledParticipant[]): Pair[] {
  const out: Pair[] = [];
  const seen = new Set<string>();
  const unique = ps.filter((p) => (seen.has(p.actor) ? false : (seen.add(p.actor), true)));
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length; j++) {
      const a = unique[i] as RoledParticipant;
      const b = unique[j] as RoledParticipant;
      out.push(a.actor < b.actor ? [a, b, false] : [b, a, false]);
    }
  }
  return out;
}

/** Every directed pair from each of `from` to each of `to`, skipping self-pairs. */
function fanOut(from: RoledParticipant[], to: RoledParticipant[], variant?: EdgeVariant): Pair[] {
  const out: Pair[] = [];
  for (const a of from)
    for (const b of to)
      if (a.actor !== b.actor) out.push(variant ? [a, b, true, variant] : [a, b, true]);
  return out;
}

/** The pairs a relation projects to, before they become edges. */
export function projectRelationPairs(relation: Relation): Pair[] {
  const ps = participantsOf(relation);
  switch (relation.kind) {
    case 'meeting':
      // Everyone present met everyone else, whatever their role.
      return allPairs(ps);
    case 'negotiation': {
      const mediators = withRole(ps, 'mediator');
      const parties = withRole(ps, 'party');
      // Indirect talks: parties are linked through their mediators. Without a mediator the parties
      // negotiated directly, and are linked to each other.
      return mediators.length > 0 ? fanOut(mediators, parties) : allPairs(parties);
    }
    case 'mediation':
      return fanOut(withRole(ps, 'mediator'), withRole(ps, 'party'));
    case 'guarantee':
      // guarantor → beneficiary; guarantor → subject (whose conduct is guaranteed); conveyor →
      // beneficiary (who delivered it), marked `conveyed`.
      return [
        ...fanOut(withRole(ps, 'guarantor'), withRole(ps, 'beneficiary')),
        ...fanOut(withRole(ps, 'guarantor'), withRole(ps, 'subject')),
        ...fanOut(withRole(ps, 'conveyor'), withRole(ps, 'beneficiary'), 'conveyed'),
      ];
    case 'authorization':
      return fanOut(withRole(ps, 'grantor'), withRole(ps, 'grantee'));
    case 'proposal': {
      const proposers = withRole(ps, 'proposer');
      const recipients = withRole(ps, 'recipient');
      const mediators = withRole(ps, 'mediator');
      // Through the mediators when there are any: proposer → mediator → recipient.
      return mediators.length > 0
        ? [...fanOut(proposers, mediators), ...fanOut(mediators, recipients)]
        : fanOut(proposers, recipients);
    }
    case 'statement':
      // Said to the addressees; said about the subjects (marked `said-about`).
      return [
        ...fanOut(withRole(ps, 'speaker'), withRole(ps, 'addressee')),
        ...fanOut(withRole(ps, 'speaker'), withRole(ps, 'subject'), 'said-about'),
      ];
    case 'attack':
      return fanOut(withRole(ps, 'attacker'), withRole(ps, 'target'));
    case 'agreement': {
      // The parties agreed (undirected); mediator → each party; guarantor → each party. It is not a
      // meeting: "who met whom" counts it only through a meeting that says they met.
      const parties = withRole(ps, 'party');
      return [
        ...allPairs(parties),
        ...fanOut(withRole(ps, 'mediator'), parties),
        ...fanOut(withRole(ps, 'guarantor'), parties),
      ];
    }
    case 'tie':
      return [
        ...fanOut(withRole(ps, 'source'), withRole(ps, 'target')),
        ...allPairs(withRole(ps, 'member')),
      ];
  }
}

/** The actor–actor edges of one relation. */
export function projectRelation(relation: Relation): ActorEdge[] {
  const base = certaintyOf(relation);
  return projectRelationPairs(relation).map(([a, b, directed, variant], n) => {
    const certainty = weakerCertainty(a.certainty ?? base, b.certainty ?? base);
    const edge: ActorEdge = {
      id: `${relation.id}#${n}`,
      relationId: relation.id,
      kind: relation.kind,
      source: a.actor,
      target: b.actor,
      directed,
      sourceRole: a.role,
      targetRole: b.role,
      certainty,
    };
    if (variant !== undefined) edge.variant = variant;
    if (relation.date !== undefined) edge.date = relation.date;
    if (relation.endDate !== undefined) edge.endDate = relation.endDate;
    return edge;
  });
}

/** The actor–actor edges of every relation, in relation order. */
export function projectDataset(dataset: Pick<Dataset, 'relations'>): ActorEdge[] {
  return dataset.relations.flatMap(projectRelation);
}

const projections = new WeakMap<object, ActorEdge[]>();

/**
 * `projectDataset(dataset)`, made once per dataset object (datasets are not changed in place: an
 * edit makes a new one). The filters, the overview and the analyses of one dataset share it.
 */
export function projectedEdges(dataset: Pick<Dataset, 'relations'>): ActorEdge[] {
  let edges = projections.get(dataset);
  if (!edges) {
    edges = projectDataset(dataset);
    projections.set(dataset, edges);
  }
  return edges;
}

/** Edges grouped by unordered actor pair (key `a|b` with a < b), in first-seen order. */
export function edgesByPair(edges: readonly ActorEdge[]): Map<string, ActorEdge[]> {
  const out = new Map<string, ActorEdge[]>();
  for (const e of edges) {
    const key = pairKey(e.source, e.target);
    const list = out.get(key);
    if (list) list.push(e);
    else out.set(key, [e]);
  }
  return out;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
