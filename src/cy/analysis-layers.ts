/**
 * The analysis layers, as the controller draws them: highlighted chains and meetings, nodes sized by
 * a score with explicit mediators ringed, the network grown through time. Each layer marks elements
 * with `an-` classes into the controller's one set of class targets (src/cy/marks.ts); the
 * controller applies all classes in one pass. Elements are read through their typed data
 * (src/cy/elements.ts): an actor node is `elementType: 'actor'`, and every edge and relation node
 * lists the relations it draws in `relationIds`.
 */
import type { Core, EdgeSingular, SingularElementArgument } from 'cytoscape';
import { AN_CLASSES, type Marks } from './marks.ts';

export interface HighlightLayer {
  /** Actor ids to highlight. */
  actors: readonly string[];
  /** Relation ids to highlight (their edges, and their nodes in the event view). */
  relations: readonly string[];
  /** Actor ids marked as the ends of a chain (also highlighted). */
  ends?: readonly string[];
  /**
   * Chain steps: of each relation, only the edges between these actors (and, in the event view, the
   * relation's node and its links to them), not the whole relation.
   */
  steps?: readonly { relation: string; actors: readonly string[]; through?: string }[];
}

export interface LensLayer {
  /** Actor id → node diameter in px; actors not listed keep the explorer's size. */
  sizes: ReadonlyMap<string, number>;
  /** Actor ids ringed as explicit mediators. */
  ringed: readonly string[];
}

export interface GrowthLayer {
  /** Relations reached so far. */
  relations: { has(id: string): boolean };
  /** Actors reached so far (their memberOf ancestors are kept visible as containers). */
  actors: { has(id: string): boolean };
}

/** The named analysis layers; an absent layer is off. */
export interface AnalysisLayers {
  highlight?: HighlightLayer;
  lens?: LensLayer;
  growth?: GrowthLayer;
}

/** Whether two inputs draw the same layers (a new but empty object is no change). */
export function sameLayers(a: AnalysisLayers, b: AnalysisLayers): boolean {
  return a.highlight === b.highlight && a.lens === b.lens && a.growth === b.growth;
}

/** The actor a node draws (undefined for relation nodes and edges). */
export function actorOf(ele: SingularElementArgument): string | undefined {
  return ele.isNode() && ele.data('elementType') === 'actor' ? ele.id() : undefined;
}

/** An overview group (src/cy/overview-elements.ts) holding one of `actors`: it marks their answer. */
function holdsAny(ele: SingularElementArgument, actors: ReadonlySet<string>): boolean {
  if (actors.size === 0 || ele.data('elementType') !== 'group') return false;
  return ((ele.data('memberIds') as string[] | undefined) ?? []).some((m) => actors.has(m));
}

/** The relations an element draws: an edge, a meta edge or a relation node. */
export function relationsOf(ele: SingularElementArgument): readonly string[] {
  return (ele.data('relationIds') as string[] | undefined) ?? [];
}

type Steps = Map<string, { set: Set<string>; through?: string }[]>;

function stepsOf(h: HighlightLayer): Steps {
  const steps: Steps = new Map();
  for (const st of h.steps ?? []) {
    const list = steps.get(st.relation) ?? [];
    const entry: { set: Set<string>; through?: string } = {
      set: new Set([...st.actors, st.relation]),
    };
    if (st.through !== undefined) entry.through = st.through;
    list.push(entry);
    steps.set(st.relation, list);
  }
  return steps;
}

/** Whether an element belongs to a chain step: a relation node, or an edge joining two of its actors. */
function stepHit(
  ele: SingularElementArgument,
  relations: readonly string[],
  steps: Steps,
): boolean {
  if (ele.isNode()) return relations.some((r) => steps.has(r));
  const edge = ele as EdgeSingular;
  const s = actorOf(edge.source()) ?? edge.source().id();
  const t = actorOf(edge.target()) ?? edge.target().id();
  return relations.some(
    (r) =>
      steps
        .get(r)
        ?.some(
          ({ set, through }) =>
            set.has(s) &&
            set.has(t) &&
            (through === undefined || through === s || through === t || r === s || r === t),
        ) ?? false,
  );
}

/**
 * The highlight: its actors, relations and chain steps, the ends of highlighted edges, and every
 * other element dimmed except the containers of what is highlighted.
 */
export function markHighlight(cy: Core, h: HighlightLayer, marks: Marks): void {
  const ends = new Set(h.ends ?? []);
  const actors = new Set([...h.actors, ...ends]);
  const relations = new Set(h.relations);
  const steps = stepsOf(h);
  const hl = cy.collection();
  const endNodes = cy.collection();
  cy.elements().forEach((ele) => {
    const actor = actorOf(ele);
    const rels = relationsOf(ele);
    if (
      (actor !== undefined && actors.has(actor)) ||
      holdsAny(ele, actors) ||
      rels.some((r) => relations.has(r)) ||
      (actor === undefined && steps.size > 0 && stepHit(ele, rels, steps))
    )
      hl.merge(ele);
    if (actor !== undefined && ends.has(actor)) endNodes.merge(ele);
  });
  const lit = hl.union(hl.edges().connectedNodes());
  const containers = lit.nodes().ancestors();
  marks.add(AN_CLASSES.hl, lit);
  marks.add(AN_CLASSES.end, endNodes);
  marks.add(AN_CLASSES.dim, cy.elements().not(lit).not(containers));
}

/** The lens: actors sized by a score (`anSize`), explicit mediators ringed. */
export function markLens(cy: Core, lens: LensLayer, marks: Marks): void {
  const ringed = new Set(lens.ringed);
  const sized = cy.collection();
  const rings = cy.collection();
  cy.nodes().forEach((n) => {
    const actor = actorOf(n);
    if (actor === undefined) return;
    const size = lens.sizes.get(actor);
    if (size !== undefined && !n.isParent()) {
      sized.merge(n);
      if (n.data('anSize') !== size) n.data('anSize', size);
    }
    if (ringed.has(actor)) rings.merge(n);
  });
  marks.add(AN_CLASSES.sized, sized);
  marks.add(AN_CLASSES.ring, rings);
}

/** The play control: what is not reached yet is hidden; groups holding a reached actor stay. */
export function markGrowth(cy: Core, growth: GrowthLayer, marks: Marks): void {
  const hidden = cy.collection();
  const reachedNodes = cy.collection();
  cy.elements().forEach((ele) => {
    const actor = actorOf(ele);
    const rels = relationsOf(ele);
    const reached =
      actor !== undefined
        ? growth.actors.has(actor)
        : rels.length === 0 || rels.some((r) => growth.relations.has(r));
    if (!reached) hidden.merge(ele);
    else if (ele.isNode()) reachedNodes.merge(ele);
  });
  marks.add(AN_CLASSES.hidden, hidden.not(reachedNodes.ancestors()));
}

/** Marks every analysis layer that is on. */
export function markAnalysis(cy: Core, layers: AnalysisLayers, marks: Marks): void {
  if (layers.highlight) markHighlight(cy, layers.highlight, marks);
  if (layers.lens) markLens(cy, layers.lens, marks);
  if (layers.growth) markGrowth(cy, layers.growth, marks);
}
