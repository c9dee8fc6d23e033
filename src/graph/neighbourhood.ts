/** Neighbourhoods on the projected actor network. Pure functions. */

interface Link {
  source: string;
  target: string;
}

/**
 * The actors within `depth` steps of `start` (itself included), following links in either
 * direction. `depth` 0 is the actor alone.
 */
export function neighbourhood(links: readonly Link[], start: string, depth: number): Set<string> {
  const adjacent = new Map<string, string[]>();
  const add = (a: string, b: string): void => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const l of links) {
    add(l.source, l.target);
    add(l.target, l.source);
  }
  const seen = new Set<string>([start]);
  let frontier = [start];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adjacent.get(id) ?? []) {
        if (!seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  return seen;
}
