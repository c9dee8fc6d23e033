/**
 * Names that run into each other: after a layout and its fit (when labels have their final size),
 * a node whose name overlaps another name or another node's body takes its name above its body
 * instead of below, where that overlaps less. The two-position model of map labelling, greedy and
 * deterministic; geometric layouts (grid, circle, tree) keep their shape. Pure: boxes in, ids out.
 */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelItem {
  id: string;
  /** The node's body. */
  body: Box;
  /** Its name where it is drawn by default (below the body); absent: it has none to place. */
  label?: Box;
  /** A box's name (drawn above it, not moved): an obstacle only. */
  fixed?: boolean;
}

/** Above this many nodes names are not placed (the large-graph mode culls them at low zoom). */
export const PLACE_MAX = 600;
const ROUNDS = 3;

function overlap(a: Box, b: Box): number {
  const x = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const y = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return x > 0 && y > 0 ? x * y : 0;
}

/** The same name set above the body, as far above it as it was below. */
export function flipped(body: Box, label: Box): Box {
  const gap = Math.max(0, label.y1 - body.y2);
  const y2 = body.y1 - gap;
  return { x1: label.x1, x2: label.x2, y1: y2 - (label.y2 - label.y1), y2 };
}

/** The area a name at `box` covers of the other names (as placed now) and of the other bodies. */
function cost(
  box: Box,
  self: number,
  items: readonly LabelItem[],
  placed: readonly (Box | undefined)[],
): number {
  let sum = 0;
  items.forEach((other, j) => {
    if (j === self) return;
    const name = placed[j];
    if (name) sum += overlap(box, name);
    // A box's body holds its members: their names are inside it by right.
    if (!other.fixed) sum += overlap(box, other.body);
  });
  return sum;
}

/**
 * The ids of the nodes whose names go above their bodies: each name, in a fixed order, moves up
 * when that covers less of the other names and bodies, for a few rounds.
 */
export function labelsAbove(items: readonly LabelItem[]): Set<string> {
  const above = new Set<string>();
  if (items.length > PLACE_MAX) return above;
  const placed = items.map((i) => i.label);
  const order = items
    .map((item, i) => ({ item, i }))
    .filter(({ item }) => item.label !== undefined && item.fixed !== true)
    .sort((a, b) => (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
  for (let round = 0; round < ROUNDS; round++) {
    let moved = false;
    for (const { item, i } of order) {
      const below = item.label as Box;
      const up = flipped(item.body, below);
      const now = placed[i] as Box;
      const other = now === below ? up : below;
      if (cost(other, i, items, placed) < cost(now, i, items, placed)) {
        placed[i] = other;
        if (other === up) above.add(item.id);
        else above.delete(item.id);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return above;
}
