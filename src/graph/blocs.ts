/**
 * `memberOf` hierarchy: parents, ancestors, blocs (the top of each chain).
 *
 * Everything here is linear in the size of the `memberOf` forest: tops are memoised (each actor's chain
 * is walked once, however deep), and "is x an ancestor of y" is answered in O(1) from depth-first
 * intervals, so a 10,000-deep chain costs what 10,000 flat actors cost (issue 16, item 1).
 */
import type { Actor } from '../model/schema.ts';

type MemberActor = Pick<Actor, 'id' | 'memberOf'>;

/** The `memberOf` forest of a dataset's actors, indexed once. */
export interface MemberForest {
  /** Actor ids, each once, in dataset order (first holder of a repeated id). */
  ids: string[];
  indexOf: Map<string, number>;
  /** Index of each actor's parent; −1 when it belongs to nothing or to an unknown actor. */
  parent: Int32Array;
  /** Index of each actor's bloc (the top of its chain; itself when it belongs to nothing). */
  top: Int32Array;
  /** Depth-first entry and exit numbers; −1 for actors on or below a cycle (which validation refuses). */
  enter: Int32Array;
  exit: Int32Array;
}

function parentIndexes(actors: readonly MemberActor[]): {
  ids: string[];
  indexOf: Map<string, number>;
  parent: Int32Array;
} {
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  const parentId = new Map<string, string | undefined>();
  for (const a of actors) {
    if (!indexOf.has(a.id)) {
      indexOf.set(a.id, ids.length);
      ids.push(a.id);
    }
    parentId.set(a.id, a.memberOf);
  }
  const parent = new Int32Array(ids.length).fill(-1);
  ids.forEach((id, i) => {
    const p = parentId.get(id);
    parent[i] = p === undefined ? -1 : (indexOf.get(p) ?? -1);
  });
  return { ids, indexOf, parent };
}

/**
 * Tops with memoisation: each walk stops at the first actor whose top is known. On a cycle (refused by
 * validation) a walk stops where it would repeat, so a cycle actor's top is the one before it on the cycle.
 */
function topsOf(parent: Int32Array): Int32Array {
  const n = parent.length;
  const top = new Int32Array(n).fill(-1);
  const onPath = new Uint8Array(n);
  const path: number[] = [];
  for (let s = 0; s < n; s++) {
    if (top[s] !== -1) continue;
    path.length = 0;
    let x = s;
    let known = -1;
    for (;;) {
      if (top[x] !== -1) {
        known = top[x] as number;
        break;
      }
      if (onPath[x]) break; // a cycle: x is its entry
      path.push(x);
      onPath[x] = 1;
      const p = parent[x] as number;
      if (p === -1) {
        known = x;
        break;
      }
      x = p;
    }
    for (const v of path) onPath[v] = 0;
    let tail = path.length;
    if (known === -1) {
      // Cycle entered at x: each cycle actor's top is its predecessor on the cycle; the tail gets the
      // predecessor of x (the last actor walked).
      tail = path.indexOf(x);
      for (let i = tail; i < path.length; i++) {
        top[path[i] as number] = path[i === tail ? path.length - 1 : i - 1] as number;
      }
      known = path[path.length - 1] as number;
    }
    for (let i = 0; i < tail; i++) top[path[i] as number] = known;
  }
  return top;
}

/** Depth-first intervals over the forest (iterative: no recursion, whatever the depth). */
function intervals(parent: Int32Array): { enter: Int32Array; exit: Int32Array } {
  const n = parent.length;
  const childCount = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p !== -1) childCount[p + 1] = (childCount[p + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++)
    childCount[i + 1] = (childCount[i + 1] as number) + (childCount[i] as number);
  const children = new Int32Array(childCount[n] as number);
  const fill = childCount.slice(0, n);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p === -1) continue;
    const at = fill[p] as number;
    children[at] = i;
    fill[p] = at + 1;
  }
  const enter = new Int32Array(n).fill(-1);
  const exit = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const next = new Int32Array(n); // the next child to visit, per actor on the stack
  let clock = 0;
  for (let root = 0; root < n; root++) {
    if (parent[root] !== -1) continue;
    let sp = 0;
    stack[sp++] = root;
    enter[root] = clock++;
    next[root] = childCount[root] as number;
    while (sp > 0) {
      const v = stack[sp - 1] as number;
      if ((next[v] as number) < (childCount[v + 1] as number)) {
        const at = next[v] as number;
        next[v] = at + 1;
        const c = children[at] as number;
        enter[c] = clock++;
        next[c] = childCount[c] as number;
        stack[sp++] = c;
      } else {
        exit[v] = clock++;
        sp--;
      }
    }
  }
  return { enter, exit };
}

/** Indexes the `memberOf` forest: O(actors). */
export function memberForest(actors: readonly MemberActor[]): MemberForest {
  const { ids, indexOf, parent } = parentIndexes(actors);
  return { ids, indexOf, parent, top: topsOf(parent), ...intervals(parent) };
}

/**
 * Whether `ancestor` is a strict `memberOf` ancestor of `actor` (ids; unknown ids: false). O(1), except
 * on and below a cycle (invalid data), where the chain is walked until it repeats.
 */
export function isAncestor(forest: MemberForest, ancestor: string, actor: string): boolean {
  const a = forest.indexOf.get(ancestor);
  const d = forest.indexOf.get(actor);
  return a !== undefined && d !== undefined && isAncestorAt(forest, a, d);
}

/** `isAncestor` by actor indexes (`forest.indexOf`); an index past the forest is nobody's ancestor. */
export function isAncestorAt(forest: MemberForest, a: number, d: number): boolean {
  const n = forest.ids.length;
  if (a === d || a < 0 || d < 0 || a >= n || d >= n) return false;
  const ea = forest.enter[a] as number;
  const ed = forest.enter[d] as number;
  if (ea !== -1 && ed !== -1)
    return ea < ed && (forest.exit[d] as number) < (forest.exit[a] as number);
  const seen = new Set<number>([d]);
  for (
    let p = forest.parent[d] as number;
    p !== -1 && !seen.has(p);
    p = forest.parent[p] as number
  ) {
    if (p === a) return true;
    seen.add(p);
  }
  return false;
}

/**
 * Each actor's bloc: the top of its `memberOf` chain (itself when it belongs to nothing).
 * A chain that points to an unknown actor stops at the last known one; a cycle (which validation
 * refuses) stops where it would repeat. Linear in the number of actors.
 */
export function blocsOf(actors: readonly MemberActor[]): Map<string, string> {
  return blocsOfForest(memberForest(actors));
}

/** `blocsOf` from an indexed forest. */
export function blocsOfForest(forest: MemberForest): Map<string, string> {
  const out = new Map<string, string>();
  forest.ids.forEach((id, i) => out.set(id, forest.ids[forest.top[i] as number] as string));
  return out;
}

/** The ancestors of an actor, nearest first. */
export function ancestorsOf(actorId: string, actors: readonly MemberActor[]): string[] {
  const parent = new Map<string, string | undefined>(actors.map((a) => [a.id, a.memberOf]));
  const out: string[] = [];
  const seen = new Set<string>([actorId]);
  for (
    let p = parent.get(actorId);
    p !== undefined && parent.has(p) && !seen.has(p);
    p = parent.get(p)
  ) {
    out.push(p);
    seen.add(p);
  }
  return out;
}

/**
 * The compound parent to draw for each actor that has one, with nesting capped at `maxDepth` levels:
 * an actor deeper than that is drawn in the box of its ancestor at depth `maxDepth − 1` (depth 0 is a
 * bloc's top), beside the chain it hangs from. A 500-deep chain becomes at most `maxDepth` nested boxes
 * instead of 500 (cytoscape's cost of compound nesting grows with depth). Linear.
 */
export function drawnParents(actors: readonly MemberActor[], maxDepth = 8): Map<string, string> {
  const f = memberForest(actors);
  const n = f.ids.length;
  const byEntry = Array.from({ length: n }, (_, i) => i)
    .filter((i) => (f.enter[i] as number) >= 0)
    .sort((x, y) => (f.enter[x] as number) - (f.enter[y] as number));
  const depth = new Int32Array(n);
  const box = new Int32Array(n).fill(-1);
  for (const v of byEntry) {
    const p = f.parent[v] as number;
    if (p === -1) continue; // parents come before children in entry order
    depth[v] = (depth[p] as number) + 1;
    box[v] = (depth[v] as number) <= maxDepth ? p : (box[p] as number);
  }
  const out = new Map<string, string>();
  for (let v = 0; v < n; v++) {
    // Actors on or below a cycle (refused by validation) keep their own parent.
    const b = (f.enter[v] as number) >= 0 ? (box[v] as number) : (f.parent[v] as number);
    if (b !== -1) out.set(f.ids[v] as string, f.ids[b] as string);
  }
  return out;
}
