/** The overlay on the explorer's own elements (src/cy/elements.ts), in both views. */
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildElements, type GraphView } from '../../../../src/cy/elements.ts';
import { AnalysisOverlay, AN_CLASSES } from '../../../../src/cy/analysis/overlay.ts';
import { defaultResolver } from '../../../../src/cy/analysis/resolve.ts';
import { loadGaza } from '../../graph/gaza.ts';

const gaza = loadGaza();

function scene(view: GraphView): { cy: Core; overlay: AnalysisOverlay } {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: buildElements(gaza, view) });
  return { cy, overlay: new AnalysisOverlay(cy, defaultResolver, () => undefined) };
}

describe('the resolver on the explorer’s elements', () => {
  it('tells actor nodes from relation nodes', () => {
    const { cy } = scene('events');
    const meeting = cy.getElementById('sharm-el-sheikh-meeting');
    expect(defaultResolver.actorOf(meeting)).toBeUndefined();
    expect(defaultResolver.relationsOf(meeting)).toEqual(['sharm-el-sheikh-meeting']);
    expect(defaultResolver.actorOf(cy.getElementById('witkoff'))).toBe('witkoff');
  });
});

describe('growth in the event view', () => {
  it('shows the relation nodes reached and hides the others', () => {
    const { cy, overlay } = scene('events');
    overlay.set('growth', {
      relations: new Set(['sharm-el-sheikh-meeting']),
      actors: new Set(['witkoff', 'kushner', 'hamas-delegation', 'al-hayya']),
    });
    expect(cy.getElementById('sharm-el-sheikh-meeting').hasClass(AN_CLASSES.hidden)).toBe(false);
    expect(cy.getElementById('gaza-peace-talks').hasClass(AN_CLASSES.hidden)).toBe(true);
    const spokes = cy
      .edges()
      .filter(
        (e) =>
          e.source().id() === 'sharm-el-sheikh-meeting' ||
          e.target().id() === 'sharm-el-sheikh-meeting',
      );
    expect(spokes.length).toBe(6);
    expect(spokes.filter((e) => e.hasClass(AN_CLASSES.hidden)).length).toBe(0);
  });
});

describe('chain steps in the event view', () => {
  it('highlights the relation node and its links to the step’s actors only', () => {
    const { cy, overlay } = scene('events');
    overlay.set('highlight', {
      actors: ['trump', 'witkoff'],
      relations: [],
      steps: [{ relation: 'trump-authorizes-envoys', actors: ['trump', 'witkoff'] }],
    });
    expect(cy.getElementById('trump-authorizes-envoys').hasClass(AN_CLASSES.hl)).toBe(true);
    const lit = cy
      .edges(`.${AN_CLASSES.hl}`)
      .map((e) => [e.source().id(), e.target().id()].sort().join('–'))
      .sort();
    expect(lit).toEqual(
      ['trump–trump-authorizes-envoys', 'trump-authorizes-envoys–witkoff'].sort(),
    );
    expect(cy.getElementById('kushner').hasClass(AN_CLASSES.dim)).toBe(true);
  });
});
