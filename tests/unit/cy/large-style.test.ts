import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { buildElements, nodeCountOf } from '../../../src/cy/elements.ts';
import { CLASSES, buildStylesheet } from '../../../src/cy/stylesheet.ts';
import { LARGE_GRAPH_THRESHOLD, largeGraphStyle } from '../../../src/cy/large-mode.ts';
import { RELATION_KIND_STYLE, relationColour } from '../../../src/cy/palette.ts';
import { generateDataset } from '../../../src/gen/generate.ts';

const ds = generateDataset({ actors: 80, seed: 3 });

function headless(compounds: boolean, large: boolean): cytoscape.Core {
  const style = large
    ? [...buildStylesheet('dark'), ...largeGraphStyle(LARGE_GRAPH_THRESHOLD + 1, 'dark')]
    : buildStylesheet('dark');
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: buildElements(ds, 'actors', 'each', { compounds }),
    style,
  });
}

/** A colour as cytoscape writes it back (rgb(…)). */
function cssColour(colour: string): string {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { 'background-color': colour } }],
    elements: [{ data: { id: 'x' } }],
  });
  return cy.getElementById('x').style('background-color');
}

describe('large-graph elements and style', () => {
  it('counts the nodes of a view without building it', () => {
    expect(nodeCountOf(ds, 'actors')).toBe(
      buildElements(ds, 'actors').filter((e) => e.group === 'nodes').length,
    );
    expect(nodeCountOf(ds, 'events')).toBe(
      buildElements(ds, 'events').filter((e) => e.group === 'nodes').length,
    );
  });

  it('drops compound parents but keeps each member’s group in its data', () => {
    const members = ds.actors.filter((a) => a.memberOf !== undefined);
    expect(members.length).toBeGreaterThan(0);
    const withBoxes = headless(true, false);
    const without = headless(false, true);
    expect(withBoxes.nodes(':parent').length).toBeGreaterThan(0);
    expect(without.nodes(':parent').length).toBe(0);
    for (const m of members) {
      expect(without.getElementById(m.id).data('memberOf')).toBe(m.memberOf);
      expect(withBoxes.getElementById(m.id).parent().first().id()).toBe(m.memberOf);
    }
  });

  it('draws straight haystack edges, with the arrow of the kind at mid-line on highlighted ones only', () => {
    const cy = headless(false, true);
    const directed = cy.edges('[arrows > 0]');
    const undirected = cy.edges('[arrows = 0]');
    expect(directed.length).toBeGreaterThan(0);
    expect(undirected.length).toBeGreaterThan(0);
    for (const e of cy.edges().toArray()) {
      expect(e.style('curve-style')).toBe('haystack');
      expect(e.style('mid-target-arrow-shape')).toBe('none');
      expect(e.style('target-arrow-shape')).toBe('none');
    }
    directed.addClass(CLASSES.highlighted);
    undirected.addClass(CLASSES.selected);
    for (const e of directed.toArray()) {
      const kind = e.data('kind') as keyof typeof RELATION_KIND_STYLE;
      expect(e.style('mid-target-arrow-shape')).toBe(RELATION_KIND_STYLE[kind].arrow);
      expect(e.style('mid-target-arrow-color')).toBe(cssColour(relationColour(kind, 'dark')));
    }
    for (const e of undirected.toArray()) expect(e.style('mid-target-arrow-shape')).toBe('none');
  });

  it('keeps the bezier edges and end arrows below the threshold', () => {
    const cy = headless(true, false);
    const e = cy.edges('[arrows > 0]').first();
    expect(e.style('curve-style')).toBe('bezier');
    expect(e.style('target-arrow-shape')).not.toBe('none');
    expect(largeGraphStyle(LARGE_GRAPH_THRESHOLD)).toEqual([]);
  });
});
