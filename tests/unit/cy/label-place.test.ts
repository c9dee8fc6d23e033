import { describe, expect, it } from 'vitest';
import { flipped, labelsAbove, PLACE_MAX, type LabelItem } from '../../../src/cy/label-place.ts';

/** A node at (x, y): a 20×20 body, a name 60 wide and 12 high, 4 below the body. */
function node(id: string, x: number, y: number, extra: Partial<LabelItem> = {}): LabelItem {
  return {
    id,
    body: { x1: x - 10, y1: y - 10, x2: x + 10, y2: y + 10 },
    label: { x1: x - 30, y1: y + 14, x2: x + 30, y2: y + 26 },
    ...extra,
  };
}

describe('labelsAbove', () => {
  it('leaves names that overlap nothing below their nodes', () => {
    expect(labelsAbove([node('a', 0, 0), node('b', 100, 0), node('c', 0, 100)])).toEqual(new Set());
  });

  it('moves one of two side-by-side names up, the other stays', () => {
    const above = labelsAbove([node('a', 0, 0), node('b', 40, 0)]);
    expect(above).toEqual(new Set(['a']));
  });

  it('does not move a name up onto the node above it', () => {
    // b's name overlaps c's; a nameless node sits just above b: b's name cannot go up, c's does.
    const a: LabelItem = { id: 'a', body: { x1: 0, y1: -40, x2: 60, y2: -12 } };
    const above = labelsAbove([a, node('b', 40, 0), node('c', 80, 0)]);
    expect(above).toEqual(new Set(['c']));
  });

  it("keeps a box's name fixed and moves the other name off it", () => {
    const box: LabelItem = {
      id: 'box',
      body: { x1: -100, y1: 20, x2: 100, y2: 200 },
      label: { x1: -30, y1: 4, x2: 30, y2: 18 },
      fixed: true,
    };
    // n's name below it lies on the box's name; above, it is clear.
    const above = labelsAbove([box, node('n', 0, -20)]);
    expect(above).toEqual(new Set(['n']));
  });

  it('is deterministic and gives up past PLACE_MAX nodes', () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      node(`n${i}`, (i % 6) * 40, Math.floor(i / 6) * 50),
    );
    expect([...labelsAbove(many)]).toEqual([...labelsAbove([...many].reverse())]);
    const crowd = Array.from({ length: PLACE_MAX + 1 }, (_, i) => node(`n${i}`, i, 0));
    expect(labelsAbove(crowd).size).toBe(0);
  });
});

describe('flipped', () => {
  it('mirrors a name below the body to the same gap above it', () => {
    const n = node('a', 0, 0);
    expect(flipped(n.body, n.label as NonNullable<LabelItem['label']>)).toEqual({
      x1: -30,
      x2: 30,
      y1: -26,
      y2: -14,
    });
  });
});
