/**
 * Opening and closing groups of the overview in place (issue 15, item 3): the Core is diffed to the
 * new elements (src/cy/incremental.ts, nothing that stays moves); an opened group's members are laid
 * out locally (fcose on them alone) and centred where the group stood; a closed group lands where
 * its members were.
 */
import type { Collection, Core, ElementDefinition, NodeSingular, Position } from 'cytoscape';
import { applyElements } from './incremental.ts';
import { groupNodeId } from './overview-elements.ts';

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

function centroid(nodes: Collection): Position | undefined {
  const leaves = nodes.filter((n) => !(n as NodeSingular).isParent());
  if (leaves.empty()) return undefined;
  let x = 0;
  let y = 0;
  leaves.forEach((n) => {
    const p = (n as NodeSingular).position();
    x += p.x;
    y += p.y;
  });
  return { x: x / leaves.length, y: y / leaves.length };
}

/** The nodes drawn for a group's members: its box (a community's) and every member's node. */
function membersOf(cy: Core, groupOf: ReadonlyMap<string, string>, group: string): Collection {
  let out = cy.collection();
  const box = cy.getElementById(groupNodeId(group));
  if (box.nonempty() && box.isParent()) out = out.union(box);
  for (const [actor, g] of groupOf)
    if (g === group) {
      const n = cy.getElementById(actor);
      if (n.nonempty()) out = out.union(n);
    }
  return out;
}

/** Lays out `nodes` alone (the rest stays) and centres them on `at`. */
async function layOutAround(cy: Core, nodes: Collection, at: Position): Promise<void> {
  const leaves = nodes.filter((n) => !(n as NodeSingular).isParent());
  if (leaves.length > 1) {
    const eles = nodes.union(nodes.nodes().edgesWith(nodes.nodes()));
    const layout = eles.layout({
      name: 'fcose',
      quality: 'draft',
      randomize: true,
      animate: false,
      fit: false,
      nodeRepulsion: 6000,
      idealEdgeLength: 70,
    } as Parameters<Collection['layout']>[0]);
    const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
    layout.run();
    await done;
  }
  const c = centroid(leaves);
  if (!c) return;
  const k = compaction(leaves, c);
  cy.batch(() => {
    leaves.forEach((n) => {
      const p = (n as NodeSingular).position();
      (n as NodeSingular).position({ x: at.x + (p.x - c.x) * k, y: at.y + (p.y - c.y) * k });
    });
  });
}

/** Model units per square root of a group's drawn nodes: the radius an opened group may take. */
export const OPENED_SPREAD = 28;

/**
 * The factor that brings an opened group's layout within `OPENED_SPREAD * sqrt(nodes)` of its
 * centre (fcose alone spreads a few hundred members over the whole overview), or 1.
 */
export function compaction(leaves: Collection, c: Position): number {
  let far = 0;
  leaves.forEach((n) => {
    const p = (n as NodeSingular).position();
    far = Math.max(far, Math.hypot(p.x - c.x, p.y - c.y));
  });
  const allowed = OPENED_SPREAD * Math.sqrt(leaves.length);
  return far > allowed ? allowed / far : 1;
}

/**
 * Draws the overview's new elements after groups were opened or closed: see the module comment.
 * `groupOf` is the grouping (actor → group).
 */
export async function drawGroupChange(
  cy: Core,
  defs: readonly ElementDefinition[],
  change: GroupChange,
  groupOf: ReadonlyMap<string, string>,
  fallback: Position,
): Promise<void> {
  const openedAt = new Map<string, Position>();
  for (const g of change.opened) {
    const node = cy.getElementById(groupNodeId(g));
    if (node.nonempty()) openedAt.set(g, { ...(node as NodeSingular).position() });
  }
  const closedAt = new Map<string, Position>();
  for (const g of change.closed) {
    const c = centroid(membersOf(cy, groupOf, g));
    if (c) closedAt.set(g, c);
  }
  const before = new Set(cy.nodes().map((n) => n.id()));
  applyElements(cy, defs, fallback);
  // The hubs (relations of three or more) drawn anew with an opened group go with its members.
  const hubs = cy
    .nodes()
    .filter((n) => !before.has(n.id()) && n.data('elementType') === 'relation');
  cy.batch(() => {
    for (const [g, at] of closedAt) {
      const node = cy.getElementById(groupNodeId(g));
      if (node.nonempty() && !node.isParent()) node.position(at);
    }
  });
  for (const [g, at] of openedAt) {
    const members = membersOf(cy, groupOf, g);
    const own = hubs.filter((h) => h.neighborhood().intersection(members).nonempty());
    await layOutAround(cy, members.union(own), at);
  }
}
