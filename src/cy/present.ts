/**
 * The presentation layers the controller draws: filters, collapsed groups (with their meta edges),
 * the neighbourhood focus and the selection. Each marks elements into the controller's `Marks`;
 * nothing here moves a node or applies a class itself.
 */
import type { Collection, Core } from 'cytoscape';
import type { Certainty } from '../model/vocabulary.ts';
import { CLASSES } from './stylesheet.ts';
import { strongestCertainty, type EdgeData } from './elements.ts';
import { pairKey } from '../graph/project.ts';
import type { Marks } from './marks.ts';

export interface Presentation {
  /** Actors shown. */
  actors: ReadonlySet<string>;
  /** Relations shown. */
  relations: ReadonlySet<string>;
  /** Actors hidden by the filters but drawn faded, as they hold shown members. */
  containers: ReadonlySet<string>;
  /**
   * Per shown relation, the actors whose own part is filtered out (a part reported in a confirmed
   * relation while "reported" is hidden): their links to it are hidden.
   */
  hiddenParts?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Compound actors drawn collapsed. */
  collapsed: readonly string[];
  /** The neighbourhood in focus (actor ids), and what happens to the rest. */
  focus?: { actors: ReadonlySet<string>; mode: 'dim' | 'hide' };
  /** The selected element: an actor or a relation id. */
  selection?: { type: 'actor' | 'relation'; id: string };
}

/** What the filter pass reads of an element's data (one `data()` call each: `data(key)` costs more). */
interface Seen {
  id: string;
  elementType?: string;
  memberIds?: string[];
  relationIds?: string[];
  source?: string;
  target?: string;
  label?: unknown;
}

/** How many of `ids` are shown. */
function countShown(ids: readonly string[], shown: ReadonlySet<string>): number {
  let n = 0;
  for (const id of ids) if (shown.has(id)) n++;
  return n;
}

/** The nodes the filters hide and the groups drawn faded, and each node's type. */
function filterNodes(cy: Core, p: Presentation, hidden: Collection, containers: Collection) {
  const typeOf = new Map<string, string | undefined>();
  const shownGroups = new Set<string>();
  cy.nodes().forEach((n) => {
    const d = n.data() as Seen;
    typeOf.set(d.id, d.elementType);
    if (d.elementType === 'relation') {
      if (!p.relations.has(d.id)) hidden.merge(n);
    } else if (d.elementType === 'group') {
      // An overview group (src/cy/overview-elements.ts) shows while any of its members does.
      if ((d.memberIds ?? []).some((m) => p.actors.has(m))) shownGroups.add(d.id);
      else hidden.merge(n);
    } else if (p.containers.has(d.id)) containers.merge(n);
    else if (!p.actors.has(d.id)) hidden.merge(n);
  });
  return { typeOf, shownGroups };
}

/** Filters: what is not shown is hidden; groups holding shown members are drawn faded. */
export function markFilters(cy: Core, p: Presentation, marks: Marks): void {
  const hidden = cy.collection();
  const containers = cy.collection();
  const { typeOf, shownGroups } = filterNodes(cy, p, hidden, containers);
  // An actor's end is hidden when the actor is, or when its part in every relation the edge
  // draws is filtered out (the certainty filter works part by part).
  const endShown = (id: string | undefined, ids: readonly string[]): boolean => {
    if (id === undefined) return false;
    const type = typeOf.get(id);
    if (type === 'relation') return p.relations.has(id);
    if (type === 'group') return shownGroups.has(id);
    return p.actors.has(id) && !ids.every((r) => p.hiddenParts?.get(r)?.has(id));
  };
  // Meta edges are collapse's own (drawn from the edges the filters leave): skipped by hasClass,
  // not a selector (a `.not()` builds a collection of every edge).
  cy.edges().forEach((e) => {
    if (e.hasClass(CLASSES.meta)) return;
    const d = e.data() as Seen;
    const ids = d.relationIds ?? [];
    const shown = countShown(ids, p.relations);
    if (shown === 0 || !endShown(d.source, ids) || !endShown(d.target, ids)) hidden.merge(e);
    else if (d.elementType === 'link') {
      // An overview link counts the relations the filters leave.
      const label = String(shown);
      if (d.label !== label) e.data('label', label);
    } else if (ids.length > 1) {
      const label = shown > 1 ? `×${shown}` : '';
      if (d.label !== label) e.data('label', label);
    }
  });
  marks.add(CLASSES.hidden, hidden);
  marks.add(CLASSES.container, containers);
}

/** The outermost collapsed group of each collapsed subtree, and the member → group map. */
function collapsedGroups(
  cy: Core,
  collapsed: readonly string[],
  marks: Marks,
): Map<string, string> {
  const set = new Set(collapsed);
  const rep = new Map<string, string>();
  for (const id of collapsed) {
    const node = cy.getElementById(id);
    if (node.empty() || !node.isParent()) continue;
    if (
      node
        .ancestors()
        .filter((a) => set.has(a.id()))
        .nonempty()
    )
      continue;
    const members = node.descendants();
    marks.add(CLASSES.collapsedHidden, members);
    marks.add(CLASSES.collapsed, node);
    const label = `${String(node.data('label'))} (+${members.length})`;
    if (node.data('collapsedLabel') !== label) node.data('collapsedLabel', label);
    members.forEach((m) => {
      rep.set(m.id(), id);
    });
  }
  return rep;
}

type MetaEdge = EdgeData & { certainties: Certainty[] };

/**
 * The meta edges of collapsed groups: their members' links, drawn to the group, one per neighbour
 * and kind, listing the shown relations they draw (a counted edge may also draw hidden ones).
 */
function metaEdges(
  edges: Collection,
  rep: Map<string, string>,
  shown: ReadonlySet<string>,
): MetaEdge[] {
  const groups = new Map<string, MetaEdge>();
  edges.forEach((e) => {
    const s = rep.get(e.source().id());
    const t = rep.get(e.target().id());
    if (s === undefined && t === undefined) return;
    const source = s ?? e.source().id();
    const target = t ?? e.target().id();
    if (source === target) return;
    const d = e.data() as EdgeData;
    const ids = d.relationIds.filter((r) => shown.has(r));
    // One per neighbour and kind, whichever end comes first (undirected edges list theirs in id order).
    const key = `${pairKey(source, target)}|${d.kind}`;
    const g = groups.get(key);
    if (!g) {
      groups.set(key, {
        ...d,
        id: `meta:${key}`,
        source,
        target,
        relationIds: ids,
        certainties: [d.certainty],
        count: ids.length,
        label: '',
      });
      return;
    }
    for (const r of ids) if (!g.relationIds.includes(r)) g.relationIds.push(r);
    g.certainties.push(d.certainty);
    if (d.arrows > 0 && source !== g.source) g.arrows = 2;
    g.count = g.relationIds.length;
  });
  // A count only where several relations are drawn as one (a role link keeps its role).
  return [...groups.values()].map((g) =>
    g.elementType === 'role' ? g : { ...g, label: g.count > 1 ? `×${g.count}` : '' },
  );
}

/** Collapsed groups: members hidden, the group drawn as one node, its members' links drawn to it. */
export function markCollapse(
  cy: Core,
  collapsed: readonly string[],
  shown: ReadonlySet<string>,
  marks: Marks,
): void {
  const wanted = new Map<string, EdgeData>();
  const rep =
    collapsed.length > 0 ? collapsedGroups(cy, collapsed, marks) : new Map<string, string>();
  if (rep.size > 0) {
    const drawn = cy.edges().not(`.${CLASSES.meta}`).not(marks.get(CLASSES.hidden));
    for (const { certainties, ...g } of metaEdges(drawn, rep, shown)) {
      const data: EdgeData = { ...g, certainty: strongestCertainty(certainties) };
      if (data.elementType === 'role') data.label = data.role ?? '';
      wanted.set(data.id, data);
    }
  }
  syncMetaEdges(cy, wanted);
}

/**
 * Makes the drawn meta edges the wanted ones: an edge that stays keeps its element (and so its
 * classes: drawing the same presentation again changes nothing), with its data updated in place.
 */
function syncMetaEdges(cy: Core, wanted: ReadonlyMap<string, EdgeData>): void {
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  cy.remove(
    cy.edges(`.${CLASSES.meta}`).filter((e) => {
      const w = wanted.get(e.id());
      return !w || e.source().id() !== w.source || e.target().id() !== w.target;
    }),
  );
  for (const data of wanted.values()) {
    const e = cy.getElementById(data.id);
    if (e.empty()) {
      cy.add({ group: 'edges', data, classes: CLASSES.meta });
      continue;
    }
    const old = e.data() as Record<string, unknown>;
    for (const key of Object.keys(old))
      if (!(key in data) && key !== 'id' && key !== 'source' && key !== 'target') e.removeData(key);
    for (const [key, value] of Object.entries(data)) if (!same(old[key], value)) e.data(key, value);
  }
}

/** Focus: the neighbourhood and the relations among it stay; the rest is dimmed or hidden. */
export function markFocus(cy: Core, focus: NonNullable<Presentation['focus']>, marks: Marks): void {
  const inFocus = cy.collection();
  cy.nodes().forEach((n) => {
    if (n.data('elementType') === 'relation') {
      const members = n.connectedEdges().connectedNodes();
      if (members.filter((m) => focus.actors.has(m.id())).length >= 2) inFocus.merge(n);
    } else if (focus.actors.has(n.id())) inFocus.merge(n);
  });
  // Collapsed groups stand for their members.
  marks
    .get(CLASSES.collapsed)
    .nodes()
    .forEach((n) => {
      if (
        n
          .descendants()
          .filter((d) => focus.actors.has(d.id()))
          .nonempty()
      )
        inFocus.merge(n);
    });
  const edges = cy.edges().filter((e) => inFocus.has(e.source()) && inFocus.has(e.target()));
  const keep = inFocus.union(edges);
  const parents = inFocus.ancestors();
  const rest = cy.elements().not(keep).not(parents);
  marks.add(focus.mode === 'hide' ? CLASSES.focusHidden : CLASSES.faded, rest);
  marks.add(CLASSES.fadedGroup, parents.not(inFocus));
}

/** Selection: the actor and its links, or the relation (its node or edges) and its participants. */
export function markSelection(
  cy: Core,
  sel: NonNullable<Presentation['selection']>,
  marks: Marks,
): void {
  const node = cy.getElementById(sel.id);
  if (sel.type === 'actor') {
    if (node.empty()) return;
    marks.add(CLASSES.selected, node);
    marks.add(CLASSES.highlighted, node.connectedEdges());
    return;
  }
  const edges = cy.edges().filter((e) => ((e.data() as Seen).relationIds ?? []).includes(sel.id));
  marks.add(CLASSES.highlighted, edges);
  marks.add(CLASSES.selected, node.nonempty() ? node : edges);
  marks.add(CLASSES.highlighted, edges.connectedNodes().not(node));
}

/** Every presentation layer, in order (collapse reads what the filters hide). */
export function markPresentation(cy: Core, p: Presentation, marks: Marks): void {
  markFilters(cy, p, marks);
  markCollapse(cy, p.collapsed, p.relations, marks);
  if (p.focus) markFocus(cy, p.focus, marks);
  if (p.selection) markSelection(cy, p.selection, marks);
}
