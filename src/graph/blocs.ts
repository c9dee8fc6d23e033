/** `memberOf` hierarchy: parents, ancestors, blocs (the top of each chain). */
import type { Actor } from '../model/schema.ts';

/**
 * Each actor's bloc: the top of its `memberOf` chain (itself when it belongs to nothing).
 * A chain that points to an unknown actor stops at the last known one; a cycle (which validation
 * refuses) stops where it would repeat.
 */
export function blocsOf(actors: readonly Pick<Actor, 'id' | 'memberOf'>[]): Map<string, string> {
  const parent = new Map<string, string | undefined>(actors.map((a) => [a.id, a.memberOf]));
  const out = new Map<string, string>();
  for (const a of actors) {
    let top = a.id;
    const seen = new Set<string>([top]);
    for (
      let p = parent.get(top);
      p !== undefined && parent.has(p) && !seen.has(p);
      p = parent.get(top)
    ) {
      top = p;
      seen.add(p);
    }
    out.set(a.id, top);
  }
  return out;
}

/** The ancestors of an actor, nearest first. */
export function ancestorsOf(
  actorId: string,
  actors: readonly Pick<Actor, 'id' | 'memberOf'>[],
): string[] {
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
