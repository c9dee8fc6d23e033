import { readFileSync } from 'node:fs';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { beforeEach, describe, expect, it } from 'vitest';
import { AnalysisOverlay, AN_CLASSES } from '../../../../src/cy/analysis/overlay.ts';
import { defaultResolver } from '../../../../src/cy/analysis/resolve.ts';
import { hasAnalysisStyle } from '../../../../src/cy/analysis/style.ts';
import { projectDataset } from '../../../../src/graph/project.ts';
import type { Dataset } from '../../../../src/model/schema.ts';

const gaza = JSON.parse(
  readFileSync(new URL('../../../../graph-data/gaza-ceasefire-2025.json', import.meta.url), 'utf8'),
) as Dataset;

/** The actor network as the explorer draws it: actors (compound by memberOf), projected edges. */
function actorNetwork(ds: Dataset): Core {
  const elements: ElementDefinition[] = [
    ...ds.actors.map((a) => ({
      group: 'nodes' as const,
      data: { id: a.id, ...(a.memberOf ? { parent: a.memberOf } : {}) },
    })),
    ...projectDataset(ds).map((e) => ({
      group: 'edges' as const,
      data: { id: e.id, source: e.source, target: e.target, relationId: e.relationId },
    })),
  ];
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 30 } }],
  });
}

const ids = (cy: Core, cls: string): string[] =>
  cy
    .elements(`.${cls}`)
    .map((e) => e.id())
    .sort();

let cy: Core;
let queue: (() => void)[];
let overlay: AnalysisOverlay;
const flush = (): void => {
  while (queue.length > 0) queue.shift()?.();
};

beforeEach(() => {
  cy = actorNetwork(gaza);
  queue = [];
  overlay = new AnalysisOverlay(cy, defaultResolver, (fn) => queue.push(fn));
});

describe('highlight layer', () => {
  it('highlights the listed actors and the edges of the listed relations, dims the rest', () => {
    overlay.set('highlight', {
      actors: ['witkoff', 'hamas-delegation'],
      relations: ['sharm-el-sheikh-meeting'],
      ends: ['witkoff'],
    });
    const hl = ids(cy, AN_CLASSES.hl);
    expect(hl).toContain('witkoff');
    expect(hl).toContain('hamas-delegation');
    const meetingEdges = cy
      .edges()
      .filter((e) => e.data('relationId') === 'sharm-el-sheikh-meeting');
    expect(meetingEdges.length).toBe(15);
    for (const e of meetingEdges) expect(e.hasClass(AN_CLASSES.hl)).toBe(true);
    expect(ids(cy, AN_CLASSES.end)).toEqual(['witkoff']);
    // Unrelated actors and edges are dimmed; the containers of highlighted nodes are not.
    expect(cy.getElementById('israel').hasClass(AN_CLASSES.dim)).toBe(true);
    expect(cy.getElementById('trump-authorizes-envoys#0').hasClass(AN_CLASSES.dim)).toBe(true);
    for (const container of ['us-envoys', 'united-states', 'hamas']) {
      expect(cy.getElementById(container).hasClass(AN_CLASSES.dim)).toBe(false);
    }
    expect(hasAnalysisStyle(cy)).toBe(true);
  });

  it('clearing the layer removes every an- class', () => {
    overlay.set('highlight', { actors: ['witkoff'], relations: [] });
    expect(cy.elements('.an-dim').length).toBeGreaterThan(0);
    overlay.set('highlight', undefined);
    expect(cy.elements('.an-dim, .an-hl, .an-end').length).toBe(0);
  });

  it('puts its classes back after the explorer replaces an element’s classes', () => {
    overlay.set('highlight', { actors: ['witkoff'], relations: [] });
    // What react-cytoscapejs does when an element's `classes` change.
    cy.getElementById('witkoff').json({ classes: 'person selected' } as never);
    expect(cy.getElementById('witkoff').hasClass(AN_CLASSES.hl)).toBe(false);
    flush();
    expect(cy.getElementById('witkoff').hasClass(AN_CLASSES.hl)).toBe(true);
    expect(cy.getElementById('witkoff').hasClass('selected')).toBe(true);
    // A sync with nothing to change schedules nothing more.
    flush();
    expect(queue.length).toBe(0);
  });

  it('puts its rules back after the explorer replaces the stylesheet', () => {
    overlay.set('highlight', { actors: ['witkoff'], relations: [] });
    cy.style()
      .fromJson([{ selector: 'node', style: { width: 20 } }])
      .update();
    expect(hasAnalysisStyle(cy)).toBe(false);
    flush();
    expect(hasAnalysisStyle(cy)).toBe(true);
  });

  it('marks elements added later', () => {
    overlay.set('highlight', { actors: ['newcomer'], relations: [] });
    cy.add({ group: 'nodes', data: { id: 'newcomer' } });
    flush();
    expect(cy.getElementById('newcomer').hasClass(AN_CLASSES.hl)).toBe(true);
  });
});

describe('lens layer', () => {
  it('sizes the listed actors through data(anSize) and rings the mediators', () => {
    overlay.set('lens', {
      sizes: new Map([
        ['witkoff', 60],
        ['kushner', 40],
        ['united-states', 90],
      ]),
      ringed: ['qatar-intelligence'],
    });
    expect(cy.getElementById('witkoff').data('anSize')).toBe(60);
    expect(cy.getElementById('witkoff').hasClass(AN_CLASSES.sized)).toBe(true);
    expect(cy.getElementById('witkoff').width()).toBe(60);
    expect(cy.getElementById('kushner').width()).toBe(40);
    expect(cy.getElementById('trump').width()).toBe(30);
    // A compound's size comes from its children: it is not sized.
    expect(cy.getElementById('united-states').hasClass(AN_CLASSES.sized)).toBe(false);
    expect(ids(cy, AN_CLASSES.ring)).toEqual(['qatar-intelligence']);
  });
});

describe('growth layer', () => {
  it('hides what is not reached, keeping the containers of reached actors', () => {
    overlay.set('growth', {
      relations: new Set(['bridge-ceasefire-proposal']),
      actors: new Set(['witkoff', 'hamas']),
    });
    const visible = cy.elements().not('.an-hidden');
    expect(visible.map((e) => e.id()).sort()).toEqual([
      'bridge-ceasefire-proposal#0',
      'hamas',
      'united-states',
      'us-envoys',
      'witkoff',
    ]);
    overlay.set('growth', undefined);
    expect(cy.elements('.an-hidden').length).toBe(0);
  });
});

describe('highlight of chain steps', () => {
  it('highlights only the links between each step’s actors, and their ends', () => {
    overlay.set('highlight', {
      actors: [],
      relations: [],
      steps: [
        { relation: 'trump-authorizes-envoys', actors: ['trump', 'witkoff'] },
        {
          relation: 'sharm-el-sheikh-meeting',
          actors: ['witkoff', 'al-hayya', 'hamas-delegation'],
        },
      ],
    });
    const edges = cy
      .edges(`.${AN_CLASSES.hl}`)
      .map((e) => [e.source().id(), e.target().id()].sort().join('-'));
    expect(edges.sort()).toEqual(['hamas-delegation-witkoff', 'trump-witkoff']);
    const nodes = cy.nodes(`.${AN_CLASSES.hl}`).map((n) => n.id());
    expect(nodes.sort()).toEqual(['hamas-delegation', 'trump', 'witkoff']);
    // Kushner, also authorized by the same relation, is not on the chain.
    expect(cy.getElementById('kushner').hasClass(AN_CLASSES.dim)).toBe(true);
  });

  it('lights up the participants of a wholly highlighted relation', () => {
    overlay.set('highlight', { actors: [], relations: ['sharm-el-sheikh-meeting'] });
    const nodes = cy
      .nodes(`.${AN_CLASSES.hl}`)
      .map((n) => n.id())
      .sort();
    expect(nodes).toEqual([
      'egypt-intelligence',
      'hamas-delegation',
      'kushner',
      'qatar-intelligence',
      'turkey-intelligence',
      'witkoff',
    ]);
  });
});
