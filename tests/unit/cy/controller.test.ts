/**
 * The graph controller (src/cy/controller.ts), headless in Node: elements, the presentation layers
 * (filters, collapse with meta edges, focus, selection), the one diff-and-apply pass, and a dataset
 * switch that reuses ids in other roles. Analysis layers: layers.test.ts; layouts, positions, fit
 * and destroy: controller-scene.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import { type Presentation } from '../../../src/cy/controller.ts';
import type { ActorNodeData, EdgeData, RelationNodeData } from '../../../src/cy/elements.ts';
import { CLASSES } from '../../../src/cy/stylesheet.ts';
import { projectDataset } from '../../../src/graph/project.ts';
import type { Dataset } from '../../../src/model/schema.ts';
import { BRIEF, DS, drawnInTest, pairOf, showAll, withClass } from './controller-fixture.ts';

/** The compound parent of a node, as a list (empty for none). */
const parentOf = (cy: Core, id: string): string[] =>
  cy
    .getElementById(id)
    .parent()
    .map((p) => p.id());

const draw = drawnInTest();

describe('elements', () => {
  it('draws the actor view: one node per actor in its group, one edge per projected pair', async () => {
    const { cy } = await draw();
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(DS.actors.map((a) => a.id).sort());
    expect(parentOf(cy, 'witkoff')).toEqual(['us-envoys']);
    expect(parentOf(cy, 'us-envoys')).toEqual(['us']);
    expect(cy.getElementById('us-envoys').isParent()).toBe(true);
    expect(cy.getElementById('qatar').isParent()).toBe(false);
    expect(
      cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual(
      projectDataset(DS)
        .map((e) => e.id)
        .sort(),
    );
    const edge = cy.getElementById('auth1#0').data() as EdgeData;
    expect(edge).toMatchObject({
      elementType: 'edge',
      source: 'trump',
      target: 'witkoff',
      kind: 'authorization',
      relationIds: ['auth1'],
      arrows: 1,
    });
    const actor = cy.getElementById('witkoff').data() as ActorNodeData;
    expect(actor).toMatchObject({ elementType: 'actor', label: 'Witkoff', kind: 'person' });
  });

  it('draws the event view: relation nodes linked to their participants by role', async () => {
    const { cy } = await draw({ view: 'events' });
    const relations = cy.nodes().filter((n) => n.data('elementType') === 'relation');
    expect(relations.map((n) => n.id()).sort()).toEqual(DS.relations.map((r) => r.id).sort());
    const m1 = cy.getElementById('m1').data() as RelationNodeData;
    expect(m1).toMatchObject({
      kind: 'meeting',
      relationIds: ['m1'],
      label: 'Meeting · 8 Oct 2025',
    });
    const m1Ends = cy.getElementById('m1').connectedEdges().connectedNodes().not('#m1');
    expect(m1Ends.map((n) => n.id()).sort()).toEqual(['al-hayya', 'witkoff']);
    const mediator = cy
      .getElementById('m3')
      .connectedEdges()
      .filter((e) => e.data('role') === 'mediator');
    expect(mediator.map((e) => (e.data() as EdgeData).label)).toEqual(['mediator']);
    // The grantor's link points at the relation, the grantee's away from it.
    const links = cy.getElementById('auth1').connectedEdges();
    expect(
      links.map((e) => `${e.data('role')} ${e.source().id()}>${e.target().id()}`).sort(),
    ).toEqual(['grantee auth1>witkoff', 'grantor trump>auth1']);
    expect(parentOf(cy, 'witkoff')).toEqual(['us-envoys']);
  });

  it('switches view without throwing and draws the other view', async () => {
    const { controller, cy } = await draw();
    controller.update({ view: 'events' });
    await controller.ready();
    expect(cy.getElementById('m1').data('elementType')).toBe('relation');
    controller.update({ view: 'actors' });
    await controller.ready();
    expect(cy.getElementById('m1').empty()).toBe(true);
    expect(cy.getElementById('m1#0').nonempty()).toBe(true);
  });
});

describe('filters', () => {
  it('hides what is not shown, with the edges of hidden actors and relations', async () => {
    const actors = new Set(DS.actors.map((a) => a.id).filter((id) => id !== 'qatar'));
    const { cy } = await draw({
      presentation: showAll(DS, {
        actors,
        relations: new Set(DS.relations.map((r) => r.id).filter((id) => id !== 's1')),
      }),
    });
    // Qatar, the statement, and Qatar's meetings (shown relations, but one end is hidden).
    expect(withClass(cy, CLASSES.hidden)).toEqual(['m3#0', 'm4#0', 'qatar', 's1#0']);
    expect(withClass(cy, CLASSES.container)).toEqual([]);
  });

  it('draws a group that holds shown members as a container, not hidden', async () => {
    const actors = new Set(['witkoff', 'kushner', 'al-hayya', 'qatar']);
    const { cy } = await draw({
      presentation: showAll(DS, { actors, containers: new Set(['us', 'us-envoys', 'hamas']) }),
    });
    expect(withClass(cy, CLASSES.container)).toEqual(['hamas', 'us', 'us-envoys']);
    expect(withClass(cy, CLASSES.hidden).filter((id) => cy.getElementById(id).isNode())).toEqual([
      'israel',
      'trump',
    ]);
    // Edges to hidden actors go, though their relation is shown.
    expect(cy.getElementById('auth1#0').hasClass(CLASSES.hidden)).toBe(true);
    expect(cy.getElementById('s1#0').hasClass(CLASSES.hidden)).toBe(true);
  });

  it('counts only the shown relations on a counted edge', async () => {
    const { controller, cy } = await draw({ edgeMode: 'counted' });
    const pair = cy.edges().filter((e) => pairOf(e) === 'al-hayya–witkoff');
    expect(pair.length).toBe(1);
    expect(pair.data('relationIds')).toEqual(['m1', 'm2']);
    expect(pair.data('label')).toBe('×2');
    controller.update({ presentation: showAll(DS, { relations: new Set(['m1']) }) });
    expect(pair.data('label')).toBe('');
    expect(pair.hasClass(CLASSES.hidden)).toBe(false);
  });
});

interface Meta {
  ends: string;
  kind: string;
  relationIds: string[];
  label: string;
}
function metaEdges(cy: Core): Meta[] {
  return cy
    .edges(`.${CLASSES.meta}`)
    .map((e) => {
      const d = e.data() as EdgeData;
      return {
        ends: pairOf(e),
        kind: d.kind,
        relationIds: [...d.relationIds].sort(),
        label: d.label,
      };
    })
    .sort((a, b) => `${a.ends}|${a.kind}`.localeCompare(`${b.ends}|${b.kind}`));
}

describe('collapse', () => {
  it('hides the members, marks the group, and joins it by one meta edge per neighbour and kind', async () => {
    const { cy } = await draw({ presentation: showAll(DS, { collapsed: ['us-envoys'] }) });
    expect(withClass(cy, CLASSES.collapsedHidden)).toEqual(['kushner', 'witkoff']);
    expect(withClass(cy, CLASSES.collapsed)).toEqual(['us-envoys']);
    expect(cy.getElementById('us-envoys').data('collapsedLabel')).toBe('US envoys (+2)');
    expect(metaEdges(cy)).toEqual([
      // m1 and m2 both joined Al-Hayya to Witkoff: one edge, both relations, counted.
      { ends: 'al-hayya–us-envoys', kind: 'meeting', relationIds: ['m1', 'm2'], label: '×2' },
      // Qatar met each envoy once (m3#0 has Qatar as its source, m4#0 as its target): one edge.
      { ends: 'qatar–us-envoys', kind: 'meeting', relationIds: ['m3', 'm4'], label: '×2' },
      {
        ends: 'trump–us-envoys',
        kind: 'authorization',
        relationIds: ['auth1', 'auth2'],
        label: '×2',
      },
    ]);
    // The authorization keeps its direction: from Trump to the group.
    const auth = cy.edges(`.${CLASSES.meta}`).filter((e) => e.data('kind') === 'authorization');
    expect([auth.source().id(), auth.target().id(), auth.data('arrows')]).toEqual([
      'trump',
      'us-envoys',
      1,
    ]);
  });

  it('draws arrows at both ends of a meta edge whose links go both ways', async () => {
    const said = (
      id: string,
      speaker: string,
      addressee: string,
    ): Dataset['relations'][number] => ({
      id,
      kind: 'statement',
      participants: [
        { actor: speaker, role: 'speaker' },
        { actor: addressee, role: 'addressee' },
      ],
    });
    const ds: Dataset = {
      ...DS,
      relations: [said('sa', 'witkoff', 'israel'), said('sb', 'israel', 'kushner')],
    };
    const { cy } = await draw({
      dataset: ds,
      presentation: showAll(ds, { collapsed: ['us-envoys'] }),
    });
    const meta = cy.edges(`.${CLASSES.meta}`);
    expect(meta.length).toBe(1);
    expect(meta.data('arrows')).toBe(2);
    expect(meta.data('relationIds')).toEqual(['sa', 'sb']);
  });

  it('removes the meta edges and the collapsed classes when expanded', async () => {
    const { controller, cy } = await draw({
      presentation: showAll(DS, { collapsed: ['us-envoys'] }),
    });
    controller.update({ presentation: showAll() });
    expect(cy.edges(`.${CLASSES.meta}`).length).toBe(0);
    expect(withClass(cy, CLASSES.collapsedHidden)).toEqual([]);
    expect(withClass(cy, CLASSES.collapsed)).toEqual([]);
    expect(cy.edges().length).toBe(projectDataset(DS).length);
  });

  it('collapses only the outermost of nested collapsed groups', async () => {
    const { cy } = await draw({ presentation: showAll(DS, { collapsed: ['us-envoys', 'us'] }) });
    expect(withClass(cy, CLASSES.collapsed)).toEqual(['us']);
    expect(withClass(cy, CLASSES.collapsedHidden)).toEqual([
      'kushner',
      'trump',
      'us-envoys',
      'witkoff',
    ]);
    // The authorizations stay inside the group: no self loop.
    expect(metaEdges(cy).map((m) => `${m.ends} ${m.kind} ${m.label}`)).toEqual([
      'al-hayya–us meeting ×2',
      'qatar–us meeting ×2',
    ]);
  });

  it('leaves out of the meta edges the links the filters hide', async () => {
    const { cy } = await draw({
      presentation: showAll(DS, { relations: new Set(['m1', 'm3']), collapsed: ['us-envoys'] }),
    });
    expect(metaEdges(cy)).toEqual([
      { ends: 'al-hayya–us-envoys', kind: 'meeting', relationIds: ['m1'], label: '' },
      { ends: 'qatar–us-envoys', kind: 'meeting', relationIds: ['m3'], label: '' },
    ]);
  });

  it('counts the relations of counted edges, shown ones only', async () => {
    const { controller, cy } = await draw({
      edgeMode: 'counted',
      presentation: showAll(DS, { collapsed: ['us-envoys'] }),
    });
    expect(metaEdges(cy).find((m) => m.ends === 'al-hayya–us-envoys')).toEqual({
      ends: 'al-hayya–us-envoys',
      kind: 'meeting',
      relationIds: ['m1', 'm2'],
      label: '×2',
    });
    controller.update({
      presentation: showAll(DS, { relations: new Set(['m1']), collapsed: ['us-envoys'] }),
    });
    const meeting = metaEdges(cy).find((m) => m.ends === 'al-hayya–us-envoys');
    expect(meeting).toEqual({
      ends: 'al-hayya–us-envoys',
      kind: 'meeting',
      relationIds: ['m1'],
      label: '',
    });
  });

  it('joins relation nodes to the group in the event view, one link each, labelled by role', async () => {
    const { cy } = await draw({
      view: 'events',
      presentation: showAll(DS, { collapsed: ['us-envoys'] }),
    });
    expect(metaEdges(cy).map((m) => `${m.ends} ${m.label}`)).toEqual([
      'auth1–us-envoys grantee',
      'auth2–us-envoys grantee',
      'm1–us-envoys participant',
      'm2–us-envoys participant',
      'm3–us-envoys participant',
      'm4–us-envoys participant',
    ]);
  });
});

describe('focus', () => {
  const focus = (mode: 'dim' | 'hide') =>
    showAll(DS, { focus: { actors: new Set(['witkoff', 'al-hayya']), mode } });

  it('dims what is outside the neighbourhood, and fades the groups around it', async () => {
    const { cy } = await draw({ presentation: focus('dim') });
    const faded = withClass(cy, CLASSES.faded);
    for (const id of ['trump', 'kushner', 'qatar', 'israel', 'auth1#0', 'm3#0', 's1#0'])
      expect(faded).toContain(id);
    for (const id of ['witkoff', 'al-hayya', 'm1#0', 'us', 'us-envoys', 'hamas'])
      expect(faded).not.toContain(id);
    // The edges between the two in focus stay.
    const kept = cy.edges().not(`.${CLASSES.faded}`);
    expect(kept.map((e) => e.id()).sort()).toEqual(['m1#0', 'm2#0']);
    expect(withClass(cy, CLASSES.fadedGroup)).toEqual(['hamas', 'us', 'us-envoys']);
    expect(withClass(cy, CLASSES.focusHidden)).toEqual([]);
  });

  it('hides the same elements in hide mode, and dims none', async () => {
    const dim = await draw({ presentation: focus('dim') });
    const hide = await draw({ presentation: focus('hide') });
    expect(withClass(hide.cy, CLASSES.focusHidden)).toEqual(withClass(dim.cy, CLASSES.faded));
    expect(withClass(hide.cy, CLASSES.faded)).toEqual([]);
  });

  it('lets a collapsed group stand for its members in focus', async () => {
    const { cy } = await draw({
      presentation: showAll(DS, {
        collapsed: ['us-envoys'],
        focus: { actors: new Set(['witkoff', 'al-hayya']), mode: 'dim' },
      }),
    });
    expect(cy.getElementById('us-envoys').hasClass(CLASSES.faded)).toBe(false);
    const meta = cy.edges(`.${CLASSES.meta}`).filter((e) => pairOf(e) === 'al-hayya–us-envoys');
    expect(meta.hasClass(CLASSES.faded)).toBe(false);
  });
});

describe('selection', () => {
  it('selects an actor and highlights its links', async () => {
    const { cy } = await draw({
      presentation: showAll(DS, { selection: { type: 'actor', id: 'kushner' } }),
    });
    expect(withClass(cy, CLASSES.selected)).toEqual(['kushner']);
    expect(withClass(cy, CLASSES.highlighted)).toEqual(['auth2#0', 'm4#0']);
  });

  it('selects a relation: its edges selected and highlighted, its participants highlighted', async () => {
    const { cy } = await draw({
      presentation: showAll(DS, { selection: { type: 'relation', id: 'm2' } }),
    });
    expect(withClass(cy, CLASSES.selected)).toEqual(['m2#0']);
    expect(withClass(cy, CLASSES.highlighted)).toEqual(['al-hayya', 'm2#0', 'witkoff']);
  });

  it('selects a relation node in the event view: its links and participants highlighted', async () => {
    const { cy } = await draw({
      view: 'events',
      dataset: BRIEF,
      presentation: showAll(BRIEF, { selection: { type: 'relation', id: 'brief' } }),
    });
    expect(withClass(cy, CLASSES.selected)).toEqual(['brief']);
    const lit = withClass(cy, CLASSES.highlighted);
    expect(lit.filter((id) => cy.getElementById(id).isNode())).toEqual([
      'kushner',
      'trump',
      'witkoff',
    ]);
    expect(lit.filter((id) => cy.getElementById(id).isEdge()).length).toBe(3);
  });

  it('ignores a selection that names nothing drawn', async () => {
    const { cy } = await draw({
      presentation: showAll(DS, { selection: { type: 'actor', id: 'nobody' } }),
    });
    expect(withClass(cy, CLASSES.selected)).toEqual([]);
  });
});

describe('one diff-and-apply pass', () => {
  /** Counts the class changes cytoscape reports, per element. */
  function classEvents(cy: Core): { count: () => number; ids: () => string[] } {
    const ids: string[] = [];
    cy.on('class', (e) => {
      ids.push(e.target.id() as string);
    });
    return { count: () => ids.length, ids: () => [...ids].sort() };
  }

  it('changes no class when the same presentation is drawn again', async () => {
    const p = showAll(DS, {
      selection: { type: 'actor', id: 'witkoff' },
      focus: { actors: new Set(['witkoff', 'al-hayya']), mode: 'dim' },
    });
    const { controller, cy } = await draw({ presentation: p });
    const events = classEvents(cy);
    // An equal presentation in a new object: the layers run again, nothing changes.
    controller.update({
      presentation: showAll(DS, {
        selection: { type: 'actor', id: 'witkoff' },
        focus: { actors: new Set(['witkoff', 'al-hayya']), mode: 'dim' },
      }),
    });
    expect(events.count()).toBe(0);
    controller.update({ layout: 'force', theme: 'light' });
    expect(events.count()).toBe(0);
  });

  it('keeps the meta edges of a collapsed group when the same presentation is drawn again', async () => {
    const p = (): Presentation =>
      showAll(DS, {
        collapsed: ['us-envoys'],
        focus: { actors: new Set(['witkoff', 'al-hayya']), mode: 'dim' },
        selection: { type: 'relation', id: 'm3' },
      });
    const { controller, cy } = await draw({ presentation: p() });
    const before = cy.edges(`.${CLASSES.meta}`);
    expect(before.length).toBe(3);
    const events = classEvents(cy);
    let removed = 0;
    cy.on('remove', () => {
      removed++;
    });
    controller.update({ presentation: p() });
    expect(events.count()).toBe(0);
    expect(removed).toBe(0);
    expect(cy.edges(`.${CLASSES.meta}`).same(before)).toBe(true);
  });

  it('restyles only the elements whose classes change', async () => {
    const { controller, cy } = await draw({
      presentation: showAll(DS, { selection: { type: 'actor', id: 'trump' } }),
    });
    const events = classEvents(cy);
    controller.update({
      presentation: showAll(DS, { selection: { type: 'actor', id: 'israel' } }),
    });
    // Trump and his two links lose their classes; Israel and its one link gain theirs.
    expect(events.ids()).toEqual(['auth1#0', 'auth2#0', 'israel', 's1#0', 'trump']);
  });
});

describe('a new dataset', () => {
  const tie: Dataset = {
    schemaVersion: 1,
    id: 'tie',
    title: 'A tie',
    sources: [],
    actors: [
      { id: 'witkoff', name: 'Witkoff', kind: 'other' },
      { id: 'kushner', name: 'Kushner', kind: 'other' },
    ],
    relations: [
      {
        id: 'tie-1',
        kind: 'tie',
        participants: [
          { actor: 'witkoff', role: 'source' },
          { actor: 'kushner', role: 'target' },
        ],
      },
    ],
  };
  const grouped: Dataset = {
    schemaVersion: 1,
    id: 'grouped',
    title: 'A group',
    sources: [],
    actors: [
      { id: 'us-envoys', name: 'US envoys', kind: 'delegation' },
      { id: 'witkoff', name: 'Witkoff', kind: 'person', memberOf: 'us-envoys' },
    ],
    relations: [],
  };

  it('replaces every element: an id that was a group member is drawn fine (issue 14, blank page)', async () => {
    const { controller, cy } = await draw({
      datasetKey: 'test:grouped',
      dataset: grouped,
      presentation: showAll(grouped, {
        collapsed: ['us-envoys'],
        selection: { type: 'actor', id: 'witkoff' },
      }),
    });
    expect(parentOf(cy, 'witkoff')).toEqual(['us-envoys']);
    expect(() => {
      controller.update({ datasetKey: 'file:tie.csv', dataset: tie, presentation: showAll(tie) });
    }).not.toThrow();
    await controller.ready();
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['kushner', 'witkoff']);
    expect(parentOf(cy, 'witkoff')).toEqual([]);
    expect(cy.edges().map((e) => `${e.id()} ${e.source().id()}>${e.target().id()}`)).toEqual([
      'tie-1#0 witkoff>kushner',
    ]);
    expect(cy.elements('[?collapsedLabel], .bc-meta').length).toBe(0);
    expect(cy.elements().filter((e) => e.classes().length > 0).length).toBe(0);
  });

  it('draws the dataset before it again, also when the presentation arrives later', async () => {
    const { controller, cy } = await draw({
      datasetKey: 'test:tie',
      dataset: tie,
      presentation: showAll(tie),
    });
    // The app may send the new dataset before the presentation computed for it.
    controller.update({ datasetKey: 'test:grouped', dataset: grouped });
    controller.update({ presentation: showAll(grouped, { collapsed: ['us-envoys'] }) });
    await controller.ready();
    expect(parentOf(cy, 'witkoff')).toEqual(['us-envoys']);
    expect(withClass(cy, CLASSES.collapsed)).toEqual(['us-envoys']);
  });
});
