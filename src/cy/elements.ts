/**
 * The cytoscape elements of a dataset, in either view. Pure: a dataset in, element definitions out
 * (classes are left to the controller, so that filtering never rebuilds elements).
 *
 * - `actors` view: one node per actor (its `memberOf` group as the compound parent); a relation of
 *   two participants as projected actor–actor edges (every relation's own edge, fanned out as bezier
 *   curves: `each`, or one edge per pair and kind with a count: `counted`); a relation of three or
 *   more as a hub, one small node with a spoke per participant (a meeting of six is one event, not
 *   a 15-edge clique).
 * - `events` view: one node per actor and one per relation, each relation linked to its
 *   participants, the link labelled with the participant's role.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Dataset, Relation } from '../model/schema.ts';
import { relationTitle } from '../model/title.ts';
import { shorten } from '../model/shorten.ts';
import { addFileLook } from './file-style.ts';
import { drawnParents } from '../graph/blocs.ts';
import { CERTAINTIES, type Certainty, type RelationKind, type Role } from '../model/vocabulary.ts';
import {
  certaintyOf,
  pairKey,
  participantsOf,
  projectRelation,
  type ActorEdge,
  type EdgeVariant,
} from '../graph/project.ts';

export type GraphView = 'actors' | 'events';
export type EdgeMode = 'each' | 'counted';

/** What each element's `data()` holds: the controller, the style and the tests read these. */
export interface ActorNodeData {
  id: string;
  elementType: 'actor';
  label: string;
  kind: string;
  /** The compound parent (the `memberOf` group), when groups are drawn as boxes. */
  parent?: string;
  /**
   * The `memberOf` group, also when it is not drawn as a box (large-graph mode), so that the element
   * still says whom the actor belongs to. Nothing reads it yet: the large layout seeds without blocs.
   */
  memberOf?: string;
  /** The actor holds a `mediator` role in some relation: drawn with the mediator's ring. */
  mediator?: boolean;
}
export interface RelationNodeData {
  id: string;
  elementType: 'relation';
  label: string;
  kind: RelationKind;
  certainty: Certainty;
  relationIds: string[];
  /**
   * A hub of the actor network: a relation of three or more participants drawn as one small node
   * with a spoke per participant (not as a clique). Absent in the event view's relation squares.
   */
  hub?: boolean;
  /** Imported with no certainty stated: drawn plain, not as "reported". */
  unstated?: boolean;
}
export interface EdgeData {
  id: string;
  elementType: 'edge' | 'role';
  source: string;
  target: string;
  kind: RelationKind;
  certainty: Certainty;
  /** 1: draw an arrow at the target; 2: at both ends; 0: none. */
  arrows: 0 | 1 | 2;
  relationIds: string[];
  count: number;
  label: string;
  role?: Role;
  /** The link is a mediator's (its spoke, or an edge with a mediator at one end): drawn unlike a principal's. */
  mediator?: boolean;
  /** What the edge means when its kind alone does not say it (src/graph/project.ts `EdgeVariant`). */
  variant?: EdgeVariant;
  /** Imported with no certainty stated (`x-certainty: "unstated"`): drawn plain, not as "reported". */
  unstated?: boolean;
}

/** Roles on the giving side of a directed relation: in the events view their link points at it. */
const GIVING_ROLES: ReadonlySet<Role> = new Set<Role>([
  'mediator',
  'guarantor',
  'conveyor',
  'grantor',
  'proposer',
  'speaker',
  'attacker',
  'source',
]);

/** The strongest certainty among several (one confirmed relation is enough to draw a line solid). */
export function strongestCertainty(cs: readonly Certainty[]): Certainty {
  for (const c of CERTAINTIES) if (cs.includes(c)) return c;
  return 'reported';
}

/** How deep group boxes nest when drawn. */
export const MAX_BOX_DEPTH = 8;

/** The actors that hold a `mediator` role in at least one relation. */
export function mediatorsOf(ds: Pick<Dataset, 'relations'>): Set<string> {
  const out = new Set<string>();
  for (const r of ds.relations)
    for (const p of participantsOf(r)) if (p.role === 'mediator') out.add(p.actor);
  return out;
}

function actorNodes(
  ds: Pick<Dataset, 'actors' | 'relations'>,
  compounds: boolean,
): ElementDefinition[] {
  const ids = new Set(ds.actors.map((a) => a.id));
  const mediators = mediatorsOf(ds);
  // Boxes nest at most MAX_BOX_DEPTH deep (a 500-deep memberOf chain would be 500 nested compound
  // nodes, which cytoscape takes minutes to lay out and draw); deeper members sit in the deepest box.
  const boxes = compounds ? drawnParents(ds.actors, MAX_BOX_DEPTH) : undefined;
  return ds.actors.map((a) => {
    // Labels are cut for drawing (a 2,000-character name would make a label taller than the graph).
    const label = shorten(a.name);
    const data: ActorNodeData = { id: a.id, elementType: 'actor', label, kind: a.kind };
    if (mediators.has(a.id)) data.mediator = true;
    if (a.memberOf !== undefined && ids.has(a.memberOf)) {
      data.memberOf = a.memberOf;
      const box = boxes?.get(a.id);
      if (box !== undefined) data.parent = box;
    }
    return { group: 'nodes', data };
  });
}

/** The element data of one projected edge (one relation, not yet counted with others). */
function edgeDataOf(e: ActorEdge, id: string): EdgeData {
  const data: EdgeData = {
    id,
    elementType: 'edge',
    source: e.source,
    target: e.target,
    kind: e.kind,
    certainty: e.certainty,
    arrows: e.directed ? 1 : 0,
    relationIds: [e.relationId],
    count: 1,
    label: '',
  };
  if (e.sourceRole === 'mediator' || e.targetRole === 'mediator') data.mediator = true;
  if (e.variant !== undefined) data.variant = e.variant;
  return data;
}

/**
 * An imported relation whose file stated no certainty (src/formats marks it `x-certainty:
 * "unstated"` and leaves `certainty` out): the format's default, "reported", would tell a reader
 * that the user's own data is unconfirmed, so it is drawn plain instead.
 */
export function isUnstated(r: Relation): boolean {
  return r.certainty === undefined && (r as Record<string, unknown>)['x-certainty'] === 'unstated';
}

/** A relation is drawn as a hub in the actor network when it has this many participants or more. */
export const HUB_MIN_PARTICIPANTS = 3;

function distinctActors(r: Relation, actorIds: ReadonlySet<string>): number {
  return new Set(r.participants.map((p) => p.actor).filter((a) => actorIds.has(a))).size;
}

function isHub(r: Relation, actorIds: ReadonlySet<string>): boolean {
  return distinctActors(r, actorIds) >= HUB_MIN_PARTICIPANTS;
}

function actorEdges(
  ds: Pick<Dataset, 'actors' | 'relations'>,
  mode: EdgeMode,
): ElementDefinition[] {
  const actorIds = new Set(ds.actors.map((a) => a.id));
  const drawn = ds.relations.filter((r) => !isHub(r, actorIds));
  const unstated = new Set(drawn.filter(isUnstated).map((r) => r.id));
  const edges = drawn.flatMap(projectRelation);
  const dataOf = (e: ActorEdge, id: string): EdgeData => {
    const d = edgeDataOf(e, id);
    if (unstated.has(e.relationId)) d.unstated = true;
    return d;
  };
  if (mode === 'each') {
    return edges.map((e) => ({ group: 'edges', data: dataOf(e, e.id) }));
  }
  const groups = new Map<string, EdgeData & { certainties: Certainty[] }>();
  for (const e of edges) {
    const key = `${pairKey(e.source, e.target)}|${e.kind}`;
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { ...dataOf(e, `pair:${key}`), certainties: [e.certainty] });
      continue;
    }
    if (!unstated.has(e.relationId)) delete g.unstated;
    if (!g.relationIds.includes(e.relationId)) g.relationIds.push(e.relationId);
    g.certainties.push(e.certainty);
    if (e.directed && e.source !== g.source) g.arrows = 2;
    g.count = g.relationIds.length;
    g.label = `×${g.count}`;
  }
  return [...groups.values()].map(({ certainties, ...data }) => ({
    group: 'edges',
    data: { ...data, certainty: strongestCertainty(certainties) },
  }));
}

/** A relation's node and one link per participant, labelled with the role. */
function relationStar(
  r: Relation,
  actorIds: ReadonlySet<string>,
  hub: boolean,
): ElementDefinition[] {
  const certainty = certaintyOf(r);
  const node: RelationNodeData = {
    id: r.id,
    elementType: 'relation',
    label: shorten(relationTitle(r)),
    kind: r.kind,
    certainty,
    relationIds: [r.id],
  };
  if (hub) node.hub = true;
  if (isUnstated(r)) node.unstated = true;
  const out: ElementDefinition[] = [{ group: 'nodes', data: node }];
  const seen = new Set<string>();
  participantsOf(r).forEach((p, i) => {
    if (!actorIds.has(p.actor) || seen.has(p.actor)) return;
    seen.add(p.actor);
    const directed = r.kind !== 'meeting' && !(r.kind === 'tie' && p.role === 'member');
    const giving = GIVING_ROLES.has(p.role);
    const data: EdgeData = {
      id: `${r.id}~${i}`,
      elementType: 'role',
      source: giving || !directed ? p.actor : r.id,
      target: giving || !directed ? r.id : p.actor,
      kind: r.kind,
      certainty: p.certainty ?? certainty,
      arrows: directed ? 1 : 0,
      relationIds: [r.id],
      count: 1,
      // A hub's spokes name only the mediator's role (the cards and details name every role).
      label: hub && p.role !== 'mediator' ? '' : p.role,
      role: p.role,
    };
    if (p.role === 'mediator') data.mediator = true;
    if (node.unstated && p.certainty === undefined) data.unstated = true;
    out.push({ group: 'edges', data });
  });
  return out;
}

function eventElements(ds: Pick<Dataset, 'actors' | 'relations'>): ElementDefinition[] {
  const actorIds = new Set(ds.actors.map((a) => a.id));
  return ds.relations.flatMap((r) => relationStar(r, actorIds, false));
}

/** The hubs of the actor network: each relation of three or more participants, as a star. */
function hubElements(ds: Pick<Dataset, 'actors' | 'relations'>): ElementDefinition[] {
  const actorIds = new Set(ds.actors.map((a) => a.id));
  return ds.relations
    .filter((r) => isHub(r, actorIds))
    .flatMap((r) => relationStar(r, actorIds, true));
}

/**
 * The key of a scene: a dataset drawn in a view (positions are kept per scene and layout). The one
 * place it is spelled: the controller, the app state's `drawnScene` and the test hook all use it.
 */
export function sceneKeyOf(s: { datasetKey: string; view: GraphView; edgeMode: EdgeMode }): string {
  return `${s.datasetKey}|${s.view}|${s.view === 'actors' ? s.edgeMode : 'each'}`;
}

/** The key of a scene drawn with a layout: what `onDrawn` reports and `drawnScene` holds. */
export function drawnKeyOf(s: {
  datasetKey: string;
  view: GraphView;
  edgeMode: EdgeMode;
  layout: string;
}): string {
  return `${sceneKeyOf(s)}|${s.layout}`;
}

/** How many nodes a dataset has in a view (actors, plus relations in the events view, hubs in the actors view). */
export function nodeCountOf(ds: Pick<Dataset, 'actors' | 'relations'>, view: GraphView): number {
  if (view === 'events') return ds.actors.length + ds.relations.length;
  const actorIds = new Set(ds.actors.map((a) => a.id));
  return ds.actors.length + ds.relations.filter((r) => isHub(r, actorIds)).length;
}

export interface BuildOptions {
  /**
   * Draw each actor inside its `memberOf` group as a compound box (default true). The large-graph
   * mode turns this off: compound boxes roughly double cytoscape's cost of every restyle and
   * redraw (measured in bench/README.md), and at that size the boxes are not readable anyway.
   */
  compounds?: boolean;
}

/** The elements of a dataset in a view. */
export function buildElements(
  ds: Pick<Dataset, 'actors' | 'relations'>,
  view: GraphView,
  edgeMode: EdgeMode = 'each',
  options: BuildOptions = {},
): ElementDefinition[] {
  const compounds = options.compounds ?? true;
  // The file's own colours and sizes ride along in the data (drawn only when chosen: file-style.ts).
  return addFileLook(
    ds,
    view === 'actors'
      ? [...actorNodes(ds, compounds), ...hubElements(ds), ...actorEdges(ds, edgeMode)]
      : [...actorNodes(ds, compounds), ...eventElements(ds)],
  );
}
