/**
 * The analysis layers (src/cy/analysis-layers.ts) as the controller draws them, headless in Node,
 * through `controller.update({ layers })` only: highlight (chains and meetings), lens (sizes and
 * rings), growth (the play control), in both views. Ported from the old overlay's tests.
 */
import { describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import { AN_CLASSES } from '../../../src/cy/marks.ts';
import { CLASSES } from '../../../src/cy/stylesheet.ts';
import { BRIEF, DS, drawnInTest, pairOf, showAll, withClass } from './controller-fixture.ts';

const draw = drawnInTest();

const AN = Object.values(AN_CLASSES);
const anyAn = (cy: Core): number => cy.elements(AN.map((c) => `.${c}`).join(', ')).length;

describe('highlight layer', () => {
  it('lights the listed actors, the edges of the listed relations and their ends; dims the rest', async () => {
    const { controller, cy } = await draw();
    controller.update({
      layers: { highlight: { actors: ['trump'], relations: ['m3'], ends: ['trump'] } },
    });
    // Trump; m3's edge and both its ends (Witkoff and Qatar) though they were not listed.
    expect(withClass(cy, AN_CLASSES.hl)).toEqual(['m3#0', 'qatar', 'trump', 'witkoff']);
    expect(withClass(cy, AN_CLASSES.end)).toEqual(['trump']);
    // Trump's own links are not lit: a listed actor lights itself, not its relations.
    expect(cy.getElementById('auth1#0').hasClass(AN_CLASSES.dim)).toBe(true);
    for (const id of ['israel', 'kushner', 'al-hayya', 's1#0', 'm1#0'])
      expect(cy.getElementById(id).hasClass(AN_CLASSES.dim), id).toBe(true);
    // The containers of lit nodes are not dimmed; a group with nothing lit is.
    for (const id of ['us', 'us-envoys'])
      expect(cy.getElementById(id).hasClass(AN_CLASSES.dim), id).toBe(false);
    expect(cy.getElementById('hamas').hasClass(AN_CLASSES.dim)).toBe(true);
    // Everything is either lit, dimmed, or a container of something lit.
    expect(withClass(cy, AN_CLASSES.hl).length + withClass(cy, AN_CLASSES.dim).length).toBe(
      cy.elements().length - 2,
    );
  });

  it('lights up the participants of a wholly highlighted relation', async () => {
    const { controller, cy } = await draw({ dataset: BRIEF, presentation: showAll(BRIEF) });
    controller.update({ layers: { highlight: { actors: [], relations: ['brief', 'm4'] } } });
    const nodes = cy.nodes(`.${AN_CLASSES.hl}`).filter((n) => n.data('elementType') === 'actor');
    expect(nodes.map((n) => n.id()).sort()).toEqual(['kushner', 'qatar', 'trump', 'witkoff']);
  });

  it('clearing the layer removes every an- class', async () => {
    const { controller, cy } = await draw();
    controller.update({ layers: { highlight: { actors: ['witkoff'], relations: ['m1'] } } });
    expect(withClass(cy, AN_CLASSES.dim).length).toBeGreaterThan(0);
    controller.update({ layers: {} });
    expect(anyAn(cy)).toBe(0);
  });

  it('leaves the presentation classes alone, and keeps its classes when the theme changes', async () => {
    const { controller, cy } = await draw({
      presentation: showAll(DS, { selection: { type: 'actor', id: 'qatar' } }),
    });
    controller.update({ layers: { highlight: { actors: ['witkoff'], relations: [] } } });
    expect(withClass(cy, CLASSES.selected)).toEqual(['qatar']);
    controller.update({ theme: 'dark' });
    expect(withClass(cy, AN_CLASSES.hl)).toEqual(['witkoff']);
    // The analysis rules are in the new stylesheet: a dimmed element is drawn faint.
    expect(Number(cy.getElementById('israel').style('opacity'))).toBeLessThan(1);
    controller.update({ layers: {} });
    expect(withClass(cy, CLASSES.selected)).toEqual(['qatar']);
    expect(Number(cy.getElementById('israel').style('opacity'))).toBe(1);
  });

  it('lights a collapsed group’s meta edge drawing a highlighted relation', async () => {
    const { controller, cy } = await draw({
      presentation: showAll(DS, { collapsed: ['us-envoys'] }),
    });
    controller.update({ layers: { highlight: { actors: [], relations: ['m3'] } } });
    const meta = cy.edges(`.${CLASSES.meta}.${AN_CLASSES.hl}`);
    expect(meta.map(pairOf)).toEqual(['qatar–us-envoys']);
    expect(cy.getElementById('us-envoys').hasClass(AN_CLASSES.hl)).toBe(true);
  });
});

describe('highlight of chain steps', () => {
  it('lights only the links between each step’s actors, and those actors', async () => {
    const { controller, cy } = await draw();
    controller.update({
      layers: {
        highlight: {
          actors: [],
          relations: [],
          steps: [
            { relation: 'auth1', actors: ['trump', 'witkoff'] },
            { relation: 'm1', actors: ['witkoff', 'al-hayya'] },
          ],
        },
      },
    });
    // m2 also joins Witkoff and Al-Hayya, but it is not a step.
    expect(withClass(cy, AN_CLASSES.hl)).toEqual([
      'al-hayya',
      'auth1#0',
      'm1#0',
      'trump',
      'witkoff',
    ]);
    expect(cy.getElementById('m2#0').hasClass(AN_CLASSES.dim)).toBe(true);
    expect(cy.getElementById('kushner').hasClass(AN_CLASSES.dim)).toBe(true);
  });

  it('lights, in the event view, the relation node and its links to the step’s actors only', async () => {
    const { controller, cy } = await draw({
      view: 'events',
      dataset: BRIEF,
      presentation: showAll(BRIEF),
    });
    controller.update({
      layers: {
        highlight: {
          actors: ['trump', 'witkoff'],
          relations: [],
          steps: [{ relation: 'brief', actors: ['trump', 'witkoff'] }],
        },
      },
    });
    expect(cy.getElementById('brief').hasClass(AN_CLASSES.hl)).toBe(true);
    expect(cy.edges(`.${AN_CLASSES.hl}`).map(pairOf).sort()).toEqual([
      'brief–trump',
      'brief–witkoff',
    ]);
    // Kushner, also authorized by the same relation, is not on the chain.
    expect(cy.getElementById('kushner').hasClass(AN_CLASSES.dim)).toBe(true);
    expect(cy.getElementById('auth1').hasClass(AN_CLASSES.dim)).toBe(true);
  });
});

describe('lens layer', () => {
  it('sizes the listed actors through data(anSize) and rings the mediators', async () => {
    const { controller, cy } = await draw();
    controller.update({
      layers: {
        lens: {
          sizes: new Map([
            ['witkoff', 60],
            ['qatar', 40],
            ['us', 90],
          ]),
          ringed: ['qatar'],
        },
      },
    });
    expect(cy.getElementById('witkoff').data('anSize')).toBe(60);
    expect(withClass(cy, AN_CLASSES.sized)).toEqual(['qatar', 'witkoff']);
    expect(cy.getElementById('witkoff').width()).toBe(60);
    expect(cy.getElementById('qatar').height()).toBe(40);
    // Not listed: the explorer's size.
    expect(cy.getElementById('israel').width()).not.toBe(60);
    // A compound's size comes from its children: it is not sized.
    expect(cy.getElementById('us').hasClass(AN_CLASSES.sized)).toBe(false);
    expect(withClass(cy, AN_CLASSES.ring)).toEqual(['qatar']);
  });

  it('resizes in place when the sizes change, and lets go when the layer is off', async () => {
    const { controller, cy } = await draw();
    const lens = (size: number) => ({ lens: { sizes: new Map([['qatar', size]]), ringed: [] } });
    controller.update({ layers: lens(40) });
    const before = cy.getElementById('israel').width();
    controller.update({ layers: lens(70) });
    expect(cy.getElementById('qatar').width()).toBe(70);
    controller.update({ layers: {} });
    expect(anyAn(cy)).toBe(0);
    expect(cy.getElementById('qatar').width()).toBe(before);
  });
});

describe('growth layer', () => {
  it('hides what is not reached, keeping the groups of reached actors', async () => {
    const { controller, cy } = await draw();
    controller.update({
      layers: {
        growth: {
          relations: new Set(['auth1']),
          actors: new Set(['trump', 'witkoff']),
        },
      },
    });
    const visible = cy.elements().not(`.${AN_CLASSES.hidden}`);
    expect(visible.map((e) => e.id()).sort()).toEqual([
      'auth1#0',
      'trump',
      'us',
      'us-envoys',
      'witkoff',
    ]);
    expect(cy.getElementById('witkoff').visible()).toBe(true);
    expect(cy.getElementById('kushner').visible()).toBe(false);
    controller.update({ layers: {} });
    expect(withClass(cy, AN_CLASSES.hidden)).toEqual([]);
  });

  it('shows the relation nodes reached in the event view, with their links', async () => {
    const { controller, cy } = await draw({ view: 'events' });
    controller.update({
      layers: {
        growth: { relations: new Set(['m1']), actors: new Set(['witkoff', 'al-hayya']) },
      },
    });
    expect(cy.getElementById('m1').hasClass(AN_CLASSES.hidden)).toBe(false);
    expect(cy.getElementById('m2').hasClass(AN_CLASSES.hidden)).toBe(true);
    const spokes = cy.getElementById('m1').connectedEdges();
    expect(spokes.length).toBe(2);
    expect(spokes.filter((e) => e.hasClass(AN_CLASSES.hidden)).length).toBe(0);
    expect(cy.getElementById('hamas').hasClass(AN_CLASSES.hidden)).toBe(false);
    expect(cy.getElementById('israel').hasClass(AN_CLASSES.hidden)).toBe(true);
  });
});

describe('layers together', () => {
  it('draws highlight, lens and growth at once, and each clears alone', async () => {
    const { controller, cy } = await draw();
    const highlight = { actors: ['qatar'], relations: [] };
    const lens = { sizes: new Map([['qatar', 50]]), ringed: ['qatar'] };
    const growth = { relations: new Set(['m3']), actors: new Set(['qatar', 'witkoff']) };
    controller.update({ layers: { highlight, lens, growth } });
    const q = cy.getElementById('qatar');
    expect(AN.filter((c) => q.hasClass(c)).sort()).toEqual(
      [AN_CLASSES.hl, AN_CLASSES.ring, AN_CLASSES.sized].sort(),
    );
    expect(cy.getElementById('israel').classes().sort()).toEqual(
      [AN_CLASSES.dim, AN_CLASSES.hidden].sort(),
    );
    controller.update({ layers: { lens, growth } });
    expect(withClass(cy, AN_CLASSES.hl)).toEqual([]);
    expect(withClass(cy, AN_CLASSES.dim)).toEqual([]);
    expect(withClass(cy, AN_CLASSES.ring)).toEqual(['qatar']);
    expect(cy.getElementById('israel').hasClass(AN_CLASSES.hidden)).toBe(true);
  });
});
