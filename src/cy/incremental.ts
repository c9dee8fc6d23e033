/**
 * Drawing an edit in place: the elements of the edited dataset (from the same builder,
 * src/cy/elements.ts) are diffed against the Core by id and applied in one batch — the gone removed,
 * the new added, the changed updated (a new parent by `move`, as cytoscape cannot change a parent
 * through `data`) — without a layout. Nodes already drawn never move; a new node lands beside the
 * nodes it links to (a new hub between its participants), or, linked to none yet, beside its group's
 * members or near the middle of the view, on the nearest free spot of a grid around that place
 * whose cells are as large as a node and its label (so nothing lands on another node or label).
 */
import type {
  Core,
  ElementDefinition,
  NodeSingular,
  Position,
  SingularElementArgument,
} from 'cytoscape';
import type { ActorNodeData, EdgeData, RelationNodeData } from './elements.ts';
import type { GroupNodeData, LinkData } from './overview-elements.ts';
import { CLASSES } from './stylesheet.ts';

type BuiltKey =
  | keyof ActorNodeData
  | keyof RelationNodeData
  | keyof EdgeData
  | keyof GroupNodeData
  | keyof LinkData;

/** Every data key the element builder writes (a key it no longer writes is removed on update). */
const BUILT_KEYS: Record<BuiltKey, true> = {
  id: true,
  elementType: true,
  label: true,
  kind: true,
  parent: true,
  memberOf: true,
  mediator: true,
  certainty: true,
  relationIds: true,
  hub: true,
  unstated: true,
  source: true,
  target: true,
  arrows: true,
  count: true,
  role: true,
  variant: true,
  groupId: true,
  members: true,
  memberIds: true,
  size: true,
  open: true,
  kinds: true,
  width: true,
};

/** Keys that are not plain data: the id, the ends of an edge (fixed) and the parent (moved). */
const STRUCTURAL = new Set(['id', 'source', 'target', 'parent']);

/** Elements the builder did not make: collapse's meta edges and edgehandles' ghosts and previews. */
const NOT_BUILT_CLASSES = [CLASSES.meta, 'eh-ghost', 'eh-preview'];

/**
 * The room a node takes, centred on its position: its body (30 px) and the label below it (13 px
 * text wrapped at 140 px, up to three lines), with a margin. Two nodes closer than this on both
 * axes would overlap (body or label), so a new node is put only where no node is that close.
 */
const ROOM_X = 150;
const ROOM_Y = 84;
/** How many cells of the grid of spots around a new node's place are tried, each way. */
const REACH = 14;

/** The spots of a grid of ROOM_X × ROOM_Y cells around (0, 0), nearest first (the centre left out). */
const SPOTS: readonly Position[] = (() => {
  const out: { p: Position; d: number; a: number }[] = [];
  for (let i = -REACH; i <= REACH; i++)
    for (let j = -REACH; j <= REACH; j++) {
      if (i === 0 && j === 0) continue;
      const p = { x: i * ROOM_X, y: j * ROOM_Y };
      // Nearer first; among as near, going round from below-right (a label hangs below).
      const a = (Math.atan2(p.y, p.x) - Math.PI / 4 + 4 * Math.PI) % (2 * Math.PI);
      out.push({ p, d: Math.round(Math.hypot(p.x, p.y)), a });
    }
  return out.sort((u, v) => u.d - v.d || u.a - v.a).map((s) => s.p);
})();

/** Positions in buckets of one room each: whether a spot is free asks only the nine around it. */
class Taken {
  private readonly buckets = new Map<string, Position[]>();
  constructor(ps: Iterable<Position>) {
    for (const p of ps) this.add(p);
  }
  private static key(i: number, j: number): string {
    return `${i},${j}`;
  }
  add(p: Position): void {
    const k = Taken.key(Math.floor(p.x / ROOM_X), Math.floor(p.y / ROOM_Y));
    const b = this.buckets.get(k);
    if (b) b.push(p);
    else this.buckets.set(k, [p]);
  }
  /** Whether no node is within a room of `p` on both axes. */
  free(p: Position): boolean {
    const i = Math.floor(p.x / ROOM_X);
    const j = Math.floor(p.y / ROOM_Y);
    for (let di = -1; di <= 1; di++)
      for (let dj = -1; dj <= 1; dj++)
        for (const q of this.buckets.get(Taken.key(i + di, j + dj)) ?? [])
          if (Math.abs(q.x - p.x) < ROOM_X && Math.abs(q.y - p.y) < ROOM_Y) return false;
    return true;
  }
}

/**
 * Whether a data value is unchanged: equal, or arrays of equal items, or plain records of equal
 * values (an overview link's `kinds` counts are a new object each time they are built).
 */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => x === b[i]);
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const rb = b as Record<string, unknown>;
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.hasOwn(rb, k) && (a as Record<string, unknown>)[k] === rb[k]);
}

const idOf = (d: ElementDefinition): string => String(d.data.id);
const isEdgeDef = (d: ElementDefinition): boolean => d.group === 'edges';

/** What the builder's data says a node's compound parent is (undefined: none). */
const parentOf = (d: ElementDefinition): string | undefined =>
  typeof d.data.parent === 'string' ? d.data.parent : undefined;

/** Whether the element drawn now can take the wanted definition in place (else it is replaced). */
function compatible(ele: SingularElementArgument, d: ElementDefinition): boolean {
  if (ele.isEdge() !== isEdgeDef(d)) return false;
  if (ele.isEdge())
    return ele.data('source') === d.data.source && ele.data('target') === d.data.target;
  return ele.data('elementType') === d.data.elementType;
}

/** Sets the wanted data on an element kept in place; returns whether anything changed. */
function updateData(ele: SingularElementArgument, d: ElementDefinition): boolean {
  let changed = false;
  const old = ele.data() as Record<string, unknown>;
  for (const key of Object.keys(old))
    if (!STRUCTURAL.has(key) && key in BUILT_KEYS && !(key in d.data) && old[key] !== undefined) {
      ele.removeData(key);
      changed = true;
    }
  for (const [key, value] of Object.entries(d.data as Record<string, unknown>))
    if (!STRUCTURAL.has(key) && !same(old[key], value)) {
      ele.data(key, value);
      changed = true;
    }
  return changed;
}

/** The mean of some positions. */
function mean(ps: readonly Position[]): Position | undefined {
  if (ps.length === 0) return undefined;
  let x = 0;
  let y = 0;
  for (const p of ps) {
    x += p.x;
    y += p.y;
  }
  return { x: x / ps.length, y: y / ps.length };
}

/** The first free spot at or around `at` (the anchor itself only when `centre` may be taken). */
function freeSpot(at: Position, taken: Taken, centre: boolean): Position {
  if (centre && taken.free(at)) return at;
  for (const d of SPOTS) {
    const p = { x: at.x + d.x, y: at.y + d.y };
    if (taken.free(p)) return p;
  }
  return { x: at.x + ROOM_X * (REACH + 1), y: at.y };
}

/**
 * Places the new leaf nodes `ids` (pure): each beside the mean of its placed neighbours in the
 * wanted elements (placing goes on while a placed node lets another be placed: a new actor linked
 * to a new hub lands beside the hub), else beside its group's placed members, else near `fallback`;
 * never where its body or label would overlap another node's (a room of ROOM_X × ROOM_Y): new
 * nodes linked to nothing fill a grid of such rooms around `fallback`, nearest first.
 */
export function placeNew(
  ids: readonly string[],
  defs: readonly ElementDefinition[],
  placed: ReadonlyMap<string, Position>,
  fallback: Position,
  known: ReadonlyMap<string, Position> = new Map(),
): Map<string, Position> {
  const at = new Map(placed);
  const out = new Map<string, Position>();
  // A node drawn before (an undo gives back what an edit took): back where it was.
  for (const id of ids) {
    const p = known.get(id);
    if (p) {
      at.set(id, p);
      out.set(id, p);
    }
  }
  const neighbours = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  const link = (m: Map<string, string[]>, a: string, b: string): void => {
    const l = m.get(a);
    if (l) l.push(b);
    else m.set(a, [b]);
  };
  for (const d of defs) {
    if (isEdgeDef(d)) {
      link(neighbours, String(d.data.source), String(d.data.target));
      link(neighbours, String(d.data.target), String(d.data.source));
    } else {
      const p = parentOf(d);
      if (p !== undefined) link(children, p, idOf(d));
    }
  }
  /** A node's place: its own, or a group's: the mean of its placed members at any depth. */
  const placeOf = (id: string, depth = 0): Position | undefined => {
    const own = at.get(id);
    if (own || depth > 10) return own;
    const kids = (children.get(id) ?? []).map((k) => placeOf(k, depth + 1));
    return mean(kids.filter((p): p is Position => p !== undefined));
  };
  const taken = new Taken([...placed.values(), ...out.values()]);
  const put = (id: string, anchor: Position, centre: boolean): void => {
    const p = freeSpot(anchor, taken, centre);
    at.set(id, p);
    out.set(id, p);
    taken.add(p);
  };
  let pending = ids.filter((id) => !out.has(id));
  for (let progress = true; progress && pending.length > 0;) {
    progress = false;
    const still: string[] = [];
    for (const id of pending) {
      const ps = (neighbours.get(id) ?? [])
        .filter((n) => n !== id)
        .map((n) => placeOf(n))
        .filter((p): p is Position => p !== undefined);
      const anchor = mean(ps);
      if (anchor) {
        put(id, anchor, ps.length > 1);
        progress = true;
      } else still.push(id);
    }
    pending = still;
  }
  const parents = new Map(defs.filter((d) => !isEdgeDef(d)).map((d) => [idOf(d), parentOf(d)]));
  for (const id of pending) {
    const group = parents.get(id);
    const anchor = (group !== undefined ? placeOf(group) : undefined) ?? fallback;
    put(id, anchor, true);
  }
  return out;
}

/** The middle of the view, in model coordinates. */
export function viewCentre(cy: Core): Position {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom };
}

export interface EditApplied {
  added: string[];
  removed: string[];
  updated: string[];
  moved: string[];
}

/** A node's compound parent now (cytoscape keeps it in `data.parent`; no collection made). */
const parentNow = (n: NodeSingular): string | undefined => {
  const p: unknown = n.data('parent');
  return typeof p === 'string' ? p : undefined;
};

/** Moves nodes to their wanted parents (through the root, so that no step makes a cycle). */
function moveParents(cy: Core, nodeDefs: readonly ElementDefinition[]): string[] {
  const moves: [NodeSingular, string | undefined][] = [];
  for (const d of nodeDefs) {
    const n = cy.getElementById(idOf(d)) as NodeSingular;
    const want = parentOf(d);
    if (n.nonempty() && want !== parentNow(n)) moves.push([n, want]);
  }
  for (const [n] of moves) if (parentNow(n) !== undefined) n.move({ parent: null });
  for (const [n, want] of moves) if (want !== undefined) n.move({ parent: want });
  return moves.map(([n]) => n.id());
}

/** The builder's elements drawn now that take their wanted definition in place, and the rest. */
function sortDrawn(
  cy: Core,
  wanted: ReadonlyMap<string, ElementDefinition>,
): { kept: Set<string>; gone: SingularElementArgument[]; placed: Map<string, Position> } {
  const kept = new Set<string>();
  const gone: SingularElementArgument[] = [];
  const placed = new Map<string, Position>();
  // Plain loops and hasClass: a selector or a collection per element costs more than the edit.
  cy.elements().forEach((e) => {
    if (NOT_BUILT_CLASSES.some((c) => e.hasClass(c))) return;
    const d = wanted.get(e.id());
    if (d === undefined || !compatible(e, d)) {
      gone.push(e);
      return;
    }
    kept.add(e.id());
    if (e.isNode() && !e.isParent()) placed.set(e.id(), { ...e.position() });
  });
  return { kept, gone, placed };
}

/**
 * Makes the Core draw `defs` in one batch, keeping every element that stays (its position, its
 * classes). New leaf nodes are placed by `placeNew` around `fallback` when they link to nothing
 * placed. The classes of new elements are the caller's to set (the controller's one pass).
 * `places`: where nodes were when they went (written here as they go, read for nodes that come
 * back: the undo of a delete puts them back where they were).
 */
export function applyElements(
  cy: Core,
  defs: readonly ElementDefinition[],
  fallback: Position,
  places?: Map<string, Position>,
): EditApplied {
  const wanted = new Map(defs.map((d) => [idOf(d), d]));
  const { kept, gone, placed } = sortDrawn(cy, wanted);
  const nodeDefs = defs.filter((d) => !isEdgeDef(d));
  const newNodes = nodeDefs.filter((d) => !kept.has(idOf(d)));
  const newEdges = defs.filter((d) => isEdgeDef(d) && !kept.has(idOf(d)));
  const isParent = new Set(nodeDefs.flatMap((d) => parentOf(d) ?? []));
  const out: EditApplied = { added: [], removed: gone.map((e) => e.id()), updated: [], moved: [] };
  cy.batch(() => {
    // A node that goes first lets go of members that stay, so that they do not go with it.
    for (const e of gone)
      if (e.isNode())
        e.children().forEach((c) => {
          if (kept.has(c.id())) c.move({ parent: null });
        });
    const goneEles = cy.collection();
    for (const e of gone) {
      goneEles.merge(e);
      if (places && e.isNode() && !e.isParent()) places.set(e.id(), { ...e.position() });
    }
    goneEles.remove();
    const spots = placeNew(
      newNodes.map(idOf).filter((id) => !isParent.has(id)),
      defs,
      placed,
      fallback,
      places,
    );
    cy.add(
      newNodes.map((d) => {
        const { parent: _parent, ...data } = d.data;
        const position = spots.get(idOf(d));
        return { group: 'nodes' as const, data: { ...data }, ...(position && { position }) };
      }),
    );
    out.moved = moveParents(cy, nodeDefs);
    for (const d of defs) {
      if (!kept.has(idOf(d))) continue;
      if (updateData(cy.getElementById(idOf(d)), d)) out.updated.push(idOf(d));
    }
    // Edges removed with a node that went (its id reused by another kind of element) come back.
    const again = defs.filter(
      (d) => isEdgeDef(d) && kept.has(idOf(d)) && cy.getElementById(idOf(d)).empty(),
    );
    cy.add([...newEdges, ...again].map((d) => ({ group: 'edges' as const, data: { ...d.data } })));
    out.added = [...newNodes, ...newEdges].map(idOf);
  });
  return out;
}
