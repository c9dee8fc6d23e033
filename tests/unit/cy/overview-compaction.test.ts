/** An opened group's members are kept within `OPENED_SPREAD * sqrt(nodes)` of their centre. */
import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { OPENED_SPREAD, compaction } from '../../../src/cy/overview-draw.ts';

describe('compaction', () => {
  it('shrinks a layout spread wider than allowed, and leaves a compact one', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    cy.add([0, 1, 2, 3].map((i) => ({ data: { id: `n${i}` }, position: { x: i * 1000, y: 0 } })));
    const c = { x: 1500, y: 0 };
    const allowed = OPENED_SPREAD * 2;
    expect(compaction(cy.collection().union(cy.nodes()), c)).toBeCloseTo(allowed / 1500);
    cy.nodes().forEach((n, i) => void n.position({ x: 1500 + i, y: 0 }));
    expect(compaction(cy.collection().union(cy.nodes()), c)).toBe(1);
  });
});
