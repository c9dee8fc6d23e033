/** The local layout of an opened group's members (issue 15): pure, deterministic, spread out. */
import { describe, expect, it } from 'vitest';
import { localLayout, type Point } from '../../../src/graph/overview.ts';

/** Two rings of 60 (each a cycle), one link between them, and 20 nodes linked to nothing. */
function twoRings(): { ids: string[]; links: [string, string][] } {
  const ids: string[] = [];
  const links: [string, string][] = [];
  for (const r of ['a', 'b'])
    for (let i = 0; i < 60; i++) {
      ids.push(`${r}${i}`);
      links.push([`${r}${i}`, `${r}${(i + 1) % 60}`]);
    }
  links.push(['a0', 'b0']);
  for (let i = 0; i < 20; i++) ids.push(`lone${i}`);
  return { ids, links };
}

const dist = (p: Point, q: Point): number => Math.hypot(p.x - q.x, p.y - q.y);

describe('localLayout', () => {
  it('places every node, the same way each time', () => {
    const { ids, links } = twoRings();
    const a = localLayout(ids, links, 45);
    expect([...a.keys()].sort()).toEqual([...ids].sort());
    expect(localLayout(ids, links, 45)).toEqual(a);
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('keeps nodes apart and linked nodes nearer than the rest', () => {
    const { ids, links } = twoRings();
    const at = localLayout(ids, links, 45);
    const ps = [...at.values()];
    let closest = Infinity;
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++)
        closest = Math.min(closest, dist(ps[i] as Point, ps[j] as Point));
    expect(closest).toBeGreaterThan(45 / 4);
    const linked = links.map(([s, t]) => dist(at.get(s) as Point, at.get(t) as Point));
    const meanLinked = linked.reduce((s, d) => s + d, 0) / linked.length;
    let all = 0;
    for (let i = 0; i < ps.length; i++)
      all += dist(ps[i] as Point, ps[(i * 7 + 3) % ps.length] as Point);
    expect(meanLinked).toBeLessThan(all / ps.length / 2);
  });

  it('lays out one node, or none', () => {
    expect(localLayout(['x'], [], 45).get('x')).toEqual({
      x: expect.any(Number),
      y: expect.any(Number),
    });
    expect(localLayout([], [], 45).size).toBe(0);
  });

  it('ignores links to nodes it does not place, and self-links', () => {
    const at = localLayout(
      ['x', 'y'],
      [
        ['x', 'z'],
        ['x', 'x'],
        ['x', 'y'],
      ],
      45,
    );
    expect([...at.keys()].sort()).toEqual(['x', 'y']);
  });
});
