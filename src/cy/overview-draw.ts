/**
 * Opening and closing groups of the overview in place (issue 15, item 3): the Core is diffed to the
 * new elements (src/cy/incremental.ts, nothing that stays moves). An opened group's members (and
 * the hubs drawn with them) get their places before they are added: a local layout of them alone
 * (`localLayout`, pure, no cytoscape layout), scaled to the room around where the group stood and
 * centred there. A closed group lands where its members were.
 */
import type { Core, ElementDefinition, NodeSingular, Position } from 'cytoscape';
import { localLayout } from '../graph/overview.ts';
import { applyElements } from './incremental.ts';
import { groupNodeId, membersOfGroup, type Grouping } from './overview-elements.ts';

export interface GroupChange {
  opened: string[];
  closed: string[];
}

/** The groups opened and closed between two sets of opened groups. */
export function groupChange(
  prev: ReadonlySet<string> | undefined,
  next: ReadonlySet<string> | undefined,
): GroupChange {
  const before = prev ?? new Set<string>();
  const after = next ?? new Set<string>();
  return {
    opened: [...after].filter((g) => !before.has(g)),
    closed: [...before].filter((g) => !after.has(g)),
  };
}

/** The mean place of the drawn leaf nodes among `ids`. */
function centroidOf(cy: Core, ids: readonly string[]): Position | undefined {
  let x = 0;
  let y = 0;
  let k = 0;
  for (const id of ids) {
    const n = cy.getElementById(id) as NodeSingular;
    if (n.empty() || n.isParent()) continue;
    const p = n.position();
    x += p.x;
    y += p.y;
    k++;
  }
  return k === 0 ? undefined : { x: x / k, y: y / k };
}

/** Model units per square root of a group's drawn nodes: the most room an opened group takes. */
export const OPENED_SPREAD = 56;
/** The least: members closer than this would cover each other's bodies. */
export const OPENED_DENSEST = 36;
/** The distance the local layout keeps between linked members before it is scaled to fit. */
const LOCAL_SPACING = 45;
/** Room kept between an opened group's outer members and its neighbours' bodies. */
const NEIGHBOUR_MARGIN = 30;

/**
 * The radius an opened group of `count` nodes takes at `at`: as far as the nearest other node
 * (`others`: places and diameters) allows, between `OPENED_DENSEST` and `OPENED_SPREAD` per square
 * root of its nodes (too little room: its neighbours are overlapped rather than its members
 * crammed).
 */
export function openedRadius(
  at: Position,
  count: number,
  others: Iterable<{ p: Position; size: number }>,
): number {
  let free = Infinity;
  for (const o of others)
    free = Math.min(free, Math.hypot(o.p.x - at.x, o.p.y - at.y) - o.size / 2 - NEIGHBOUR_MARGIN);
  const root = Math.sqrt(Math.max(count, 1));
  return Math.min(OPENED_SPREAD * root, Math.max(OPENED_DENSEST * root, free));
}

/** Places spread from their mean to `radius` at the farthest, and centred on `at`. */
export function fitAround(
  places: ReadonlyMap<string, Position>,
  at: Position,
  radius: number,
): Map<string, Position> {
  let cx = 0;
  let cy = 0;
  for (const p of places.values()) {
    cx += p.x;
    cy += p.y;
  }
  cx /= Math.max(places.size, 1);
  cy /= Math.max(places.size, 1);
  let far = 0;
  for (const p of places.values()) far = Math.max(far, Math.hypot(p.x - cx, p.y - cy));
  const k = far > 0 ? radius / far : 1;
  const out = new Map<string, Position>();
  for (const [id, p] of places) out.set(id, { x: at.x + (p.x - cx) * k, y: at.y + (p.y - cy) * k });
  return out;
}

/** The definitions indexed once: the nodes, which are parents, and the edges. */
interface DefIndex {
  nodes: Map<string, ElementDefinition>;
  parents: Set<string>;
  edges: [string, string][];
}

function indexDefs(defs: readonly ElementDefinition[]): DefIndex {
  const nodes = new Map<string, ElementDefinition>();
  const parents = new Set<string>();
  const edges: [string, string][] = [];
  for (const d of defs) {
    if (d.group === 'edges') edges.push([String(d.data.source), String(d.data.target)]);
    else {
      nodes.set(String(d.data.id), d);
      if (typeof d.data.parent === 'string') parents.add(d.data.parent);
    }
  }
  return { nodes, parents, edges };
}

/**
 * The new nodes an opened group brings: its members drawn anew (`boxes`: those that hold others)
 * and the hubs (relations) among them (`leaves`: the members that hold no one, and the hubs).
 */
function broughtBy(
  cy: Core,
  index: DefIndex,
  members: readonly string[],
): { leaves: Set<string>; boxes: string[] } {
  const isNew = (id: string): boolean => index.nodes.has(id) && cy.getElementById(id).empty();
  const fresh = members.filter(isNew);
  const leaves = new Set(fresh.filter((id) => !index.parents.has(id)));
  for (const [a, b] of index.edges) {
    const other = leaves.has(a) ? b : leaves.has(b) ? a : undefined;
    if (other === undefined || leaves.has(other) || !isNew(other)) continue;
    if (index.nodes.get(other)?.data.elementType === 'relation') leaves.add(other);
  }
  return { leaves, boxes: fresh.filter((id) => index.parents.has(id)) };
}

/** The drawn leaf nodes but `skip`, with their diameters (a closed group's `size`). */
function othersThan(cy: Core, skip: ReadonlySet<string>): { p: Position; size: number }[] {
  const out: { p: Position; size: number }[] = [];
  cy.nodes().forEach((n) => {
    if (skip.has(n.id()) || n.isParent()) return;
    const size: unknown = n.data('size');
    out.push({ p: n.position(), size: typeof size === 'number' ? size : 30 });
  });
  return out;
}

/**
 * The nodes `group` brings when it opens at `at`, each leaf at its place (see the module comment).
 */
function openedNodes(
  cy: Core,
  index: DefIndex,
  members: readonly string[],
  group: string,
  at: Position,
): ElementDefinition[] {
  const { leaves, boxes } = broughtBy(cy, index, members);
  if (leaves.size === 0) return [];
  const links = index.edges.filter(([a, b]) => leaves.has(a) && leaves.has(b));
  const local = localLayout([...leaves], links, LOCAL_SPACING);
  const skip = new Set([groupNodeId(group), group, ...members]);
  const places = fitAround(local, at, openedRadius(at, leaves.size, othersThan(cy, skip)));
  const adding = new Set([...boxes, ...leaves]);
  return [...adding].map((id) => {
    const d = index.nodes.get(id) as ElementDefinition;
    const { parent, ...data } = d.data;
    // A box drawn now or added with them holds it; any other parent is left to applyElements.
    const held =
      typeof parent === 'string' && (adding.has(parent) || cy.getElementById(parent).nonempty());
    const position = places.get(id);
    return {
      group: 'nodes',
      data: held ? { ...data, parent } : data,
      ...(position && { position }),
    };
  });
}

/**
 * Draws the overview's new elements after groups were opened or closed: see the module comment.
 */
export function drawGroupChange(
  cy: Core,
  defs: readonly ElementDefinition[],
  change: GroupChange,
  grouping: Grouping,
  fallback: Position,
): void {
  const closedAt = new Map<string, Position>();
  for (const g of change.closed) {
    const c = centroidOf(cy, membersOfGroup(grouping, g));
    if (c) closedAt.set(g, c);
  }
  const adding: ElementDefinition[] = [];
  const index = change.opened.length > 0 ? indexDefs(defs) : undefined;
  for (const g of change.opened) {
    const node = cy.getElementById(groupNodeId(g)) as NodeSingular;
    if (node.empty() || !index) continue;
    const at = { ...node.position() };
    adding.push(...openedNodes(cy, index, membersOfGroup(grouping, g), g, at));
  }
  cy.batch(() => {
    // The opened groups' nodes go in first, in their boxes and places: the diff keeps them as drawn.
    if (adding.length > 0) cy.add(adding);
    // A kept link rebuilt with the same counts is no change (incremental.ts compares records).
    applyElements(cy, defs, fallback);
    for (const [g, at] of closedAt) {
      const node = cy.getElementById(groupNodeId(g));
      if (node.nonempty() && !node.isParent()) node.position(at);
    }
  });
}
