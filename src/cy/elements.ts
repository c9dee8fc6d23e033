/**
 * The cytoscape elements of a dataset, in either view. Pure: a dataset in, element definitions out
 * (classes are left to the controller, so that filtering never rebuilds elements).
 *
 * - `actors` view: one node per actor (its `memberOf` group as the compound parent) and the
 *   projected actor–actor edges: every relation's own edge, fanned out as bezier curves (`each`),
 *   or one edge per pair and kind with a count (`counted`).
 * - `events` view: one node per actor and one per relation, each relation linked to its
 *   participants, the link labelled with the participant's role.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Dataset, Relation } from '../model/schema.ts';
import {
  CERTAINTIES,
  RELATION_KIND_LABELS,
  type Certainty,
  type RelationKind,
  type Role,
} from '../model/vocabulary.ts';
import {
  certaintyOf,
  pairKey,
  participantsOf,
  projectDataset,
  type ActorEdge,
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
}
export interface RelationNodeData {
  id: string;
  elementType: 'relation';
  label: string;
  kind: RelationKind;
  certainty: Certainty;
  relationIds: string[];
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
}

/** Roles on the giving side of a directed relation: in the events view their link points at it. */
const GIVING_ROLES: ReadonlySet<Role> = new Set<Role>([
  'mediator',
  'guarantor',
  'grantor',
  'proposer',
  'speaker',
  'attacker',
  'source',
]);

export function relationLabel(r: Pick<Relation, 'kind' | 'date' | 'place'>): string {
  const kind = RELATION_KIND_LABELS[r.kind];
  return r.date !== undefined ? `${kind}\n${r.date}` : kind;
}

/** The strongest certainty among several (one confirmed relation is enough to draw a line solid). */
export function strongestCertainty(cs: readonly Certainty[]): Certainty {
  for (const c of CERTAINTIES) if (cs.includes(c)) return c;
  return 'reported';
}

function actorNodes(ds: Pick<Dataset, 'actors'>, compounds: boolean): ElementDefinition[] {
  const ids = new Set(ds.actors.map((a) => a.id));
  return ds.actors.map((a) => {
    const data: ActorNodeData = { id: a.id, elementType: 'actor', label: a.name, kind: a.kind };
    if (a.memberOf !== undefined && ids.has(a.memberOf)) {
      data.memberOf = a.memberOf;
      if (compounds) data.parent = a.memberOf;
    }
    return { group: 'nodes', data };
  });
}

/** The element data of one projected edge (one relation, not yet counted with others). */
function edgeDataOf(e: ActorEdge, id: string): EdgeData {
  return {
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
}

function actorEdges(ds: Pick<Dataset, 'relations'>, mode: EdgeMode): ElementDefinition[] {
  const edges = projectDataset(ds);
  if (mode === 'each') {
    return edges.map((e) => ({ group: 'edges', data: edgeDataOf(e, e.id) }));
  }
  const groups = new Map<string, EdgeData & { certainties: Certainty[] }>();
  for (const e of edges) {
    const key = `${pairKey(e.source, e.target)}|${e.kind}`;
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { ...edgeDataOf(e, `pair:${key}`), certainties: [e.certainty] });
      continue;
    }
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

function eventElements(ds: Pick<Dataset, 'actors' | 'relations'>): ElementDefinition[] {
  const actorIds = new Set(ds.actors.map((a) => a.id));
  const out: ElementDefinition[] = [];
  for (const r of ds.relations) {
    const certainty = certaintyOf(r);
    const node: RelationNodeData = {
      id: r.id,
      elementType: 'relation',
      label: relationLabel(r),
      kind: r.kind,
      certainty,
      relationIds: [r.id],
    };
    out.push({ group: 'nodes', data: node });
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
        certainty,
        arrows: directed ? 1 : 0,
        relationIds: [r.id],
        count: 1,
        label: p.role,
        role: p.role,
      };
      out.push({ group: 'edges', data });
    });
  }
  return out;
}

/**
 * The key of a scene: a dataset drawn in a view (positions are kept per scene and layout). The one
 * place it is spelled: the controller, the app state's `drawnScene` and the test hook all use it.
 */
export function sceneKeyOf(s: { datasetKey: string; view: GraphView; edgeMode: EdgeMode }): string {
  return `${s.datasetKey}|${s.view}|${s.view === 'actors' ? s.edgeMode : 'each'}`;
}

/** The key of a scene drawn with a layout: what `onDrawn` reports and `drawnScene` holds. */
export function drawnKeyOf(
  s: { datasetKey: string; view: GraphView; edgeMode: EdgeMode; layout: string },
): string {
  return `${sceneKeyOf(s)}|${s.layout}`;
}

/** How many nodes a dataset has in a view (actors, plus relations in the events view). */
export function nodeCountOf(ds: Pick<Dataset, 'actors' | 'relations'>, view: GraphView): number {
  return ds.actors.length + (view === 'events' ? ds.relations.length : 0);
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
  return view === 'actors'
    ? [...actorNodes(ds, compounds), ...actorEdges(ds, edgeMode)]
    : [...actorNodes(ds, compounds), ...eventElements(ds)];
}
