import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/model/schema.ts';
import { buildElements, type EdgeData } from '../../../src/cy/elements.ts';
import { buildStylesheet } from '../../../src/cy/stylesheet.ts';
import { ACTOR_KINDS, RELATION_KINDS } from '../../../src/model/vocabulary.ts';
import { decodeUrlState, encodeUrlState } from '../../../src/ui/state/url.ts';
import { INITIAL_STATE, type AppState } from '../../../src/ui/state/store.ts';

const ds: Pick<Dataset, 'actors' | 'relations'> = {
  actors: [
    { id: 'us', name: 'United States', kind: 'state' },
    { id: 'envoy', name: 'Envoy', kind: 'person', memberOf: 'us' },
    { id: 'hamas', name: 'Hamas', kind: 'organization' },
    { id: 'qatar', name: 'Qatar', kind: 'state' },
  ],
  relations: [
    {
      id: 'm1',
      kind: 'meeting',
      date: '2025-10',
      participants: [{ actor: 'envoy' }, { actor: 'hamas' }, { actor: 'qatar', role: 'mediator' }],
    },
    {
      id: 'm2',
      kind: 'meeting',
      participants: [{ actor: 'envoy' }, { actor: 'hamas' }],
      certainty: 'confirmed',
    },
    {
      id: 's1',
      kind: 'statement',
      certainty: 'disputed',
      participants: [
        { actor: 'hamas', role: 'speaker' },
        { actor: 'envoy', role: 'addressee' },
      ],
    },
  ],
};

const edges = (els: ReturnType<typeof buildElements>): EdgeData[] =>
  els.filter((e) => e.group === 'edges').map((e) => e.data as EdgeData);

describe('buildElements', () => {
  it('actor view: one node per actor with its group as parent, two-party relations as edges, larger ones as hubs', () => {
    const els = buildElements(ds, 'actors');
    const nodes = els.filter((e) => e.group === 'nodes').map((e) => e.data);
    // m1 has three participants: one hub node with a spoke per participant, not a 3-edge clique.
    expect(nodes.map((n) => n.id)).toEqual(['us', 'envoy', 'hamas', 'qatar', 'm1']);
    expect(nodes.find((n) => n.id === 'm1')).toMatchObject({ elementType: 'relation', hub: true });
    expect(nodes.find((n) => n.id === 'envoy')?.parent).toBe('us');
    // Qatar holds a mediator role: its node is marked.
    expect(nodes.find((n) => n.id === 'qatar')?.mediator).toBe(true);
    expect(nodes.find((n) => n.id === 'hamas')?.mediator).toBeUndefined();
    const es = edges(els);
    expect(es.map((e) => e.id)).toEqual(['m1~0', 'm1~1', 'm1~2', 'm2#0', 's1#0']);
    // A hub's spokes name only the mediator's role; the mediator's spoke is marked.
    expect(es.filter((e) => e.relationIds[0] === 'm1').map((e) => e.label)).toEqual([
      '',
      '',
      'mediator',
    ]);
    expect(es.find((e) => e.id === 'm1~2')?.mediator).toBe(true);
    expect(es.find((e) => e.id === 's1#0')).toMatchObject({
      source: 'hamas',
      target: 'envoy',
      arrows: 1,
      certainty: 'disputed',
    });
    expect(es.find((e) => e.id === 'm2#0')?.arrows).toBe(0);
  });

  it('counted mode: one edge per pair and kind, with the count and the strongest certainty', () => {
    const twoParty: Pick<Dataset, 'actors' | 'relations'> = {
      actors: ds.actors,
      relations: [
        ...ds.relations,
        {
          id: 'm3',
          kind: 'meeting',
          certainty: 'reported',
          participants: [{ actor: 'hamas' }, { actor: 'envoy' }],
        },
      ],
    };
    const es = edges(buildElements(twoParty, 'actors', 'counted'));
    const pair = es.filter((e) => [e.source, e.target].sort().join('|') === 'envoy|hamas');
    expect(pair.map((e) => e.kind).sort()).toEqual(['meeting', 'statement']);
    const meeting = pair.find((e) => e.kind === 'meeting');
    expect(meeting).toMatchObject({
      count: 2,
      label: '×2',
      relationIds: ['m2', 'm3'],
      certainty: 'confirmed',
    });
  });

  it('event view: each relation a node linked to its participants, links labelled with roles', () => {
    const els = buildElements(ds, 'events');
    const rel = els.find((e) => e.data.id === 'm1');
    expect(rel?.data).toMatchObject({
      elementType: 'relation',
      kind: 'meeting',
      label: 'Meeting · Oct 2025',
    });
    const spokes = edges(els).filter((e) => e.relationIds[0] === 'm1');
    expect(spokes.map((e) => e.label).sort()).toEqual(['mediator', 'participant', 'participant']);
    // Directed kinds: the giving role points at the relation, the receiving one away from it.
    const s = edges(els).filter((e) => e.relationIds[0] === 's1');
    expect(s.find((e) => e.role === 'speaker')).toMatchObject({
      source: 'hamas',
      target: 's1',
      arrows: 1,
    });
    expect(s.find((e) => e.role === 'addressee')).toMatchObject({
      source: 's1',
      target: 'envoy',
      arrows: 1,
    });
  });
});

describe('buildStylesheet', () => {
  it('styles every actor kind and relation kind, in both themes, and returns the same array per theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      const sheet = buildStylesheet(theme);
      const selectors = sheet.map((r) => ('selector' in r ? r.selector : ''));
      for (const k of ACTOR_KINDS)
        expect(selectors).toContain(`node[elementType = "actor"][kind = "${k}"]`);
      for (const k of RELATION_KINDS) expect(selectors).toContain(`edge[kind = "${k}"]`);
      expect(buildStylesheet(theme)).toBe(sheet);
    }
    expect(buildStylesheet('light')).not.toBe(buildStylesheet('dark'));
  });
});

describe('URL state', () => {
  it('round-trips dataset, view, layout, filters, selection, focus and collapsed groups', () => {
    const state: AppState = {
      ...INITIAL_STATE,
      data: { ...INITIAL_STATE.data, key: 'bundled:gaza-ceasefire-2025' },
      view: { view: 'events', edgeMode: 'counted', layout: 'circle', theme: 'dark' },
      filters: {
        hiddenRelationKinds: ['attack', 'tie'],
        hiddenActorKinds: ['other'],
        hiddenCertainties: ['disputed'],
        from: '2025-10-01',
        to: '2025-10-31',
        showUndated: false,
        hideIsolated: true,
      },
      selection: {
        selection: { type: 'relation', id: 'sharm-el-sheikh-meeting' },
        focus: { id: 'al-hayya', depth: 2, mode: 'hide' },
        collapsed: ['us-envoys', 'hamas'],
      },
    };
    const back = decodeUrlState(`#${encodeUrlState(state)}`);
    expect(back.dataset).toBe('bundled:gaza-ceasefire-2025');
    expect(back.view).toEqual({
      view: 'events',
      edgeMode: 'counted',
      layout: 'circle',
      theme: 'dark',
    });
    expect(back.filters).toEqual(state.filters);
    expect(back.selection).toEqual({
      selection: state.selection.selection,
      focus: state.selection.focus,
      collapsed: ['us-envoys', 'hamas'],
    });
  });

  it('ignores what it does not know', () => {
    const back = decodeUrlState(
      '#v=sideways&l=spiral&rk=meeting,bogus&from=yesterday&sel=x:1&focus=a:9:dim',
    );
    expect(back.view).toEqual({});
    expect(back.filters.hiddenRelationKinds).toEqual(['meeting']);
    expect(back.filters.from).toBeUndefined();
    expect(back.selection.selection).toBeUndefined();
    expect(back.selection.focus).toBeUndefined();
  });
});

describe('imported relations with no certainty stated', () => {
  it('are marked unstated (drawn plain), unlike relations that are reported', () => {
    // As src/formats builds it: an `x-` key on the relation (the schema keeps x- keys).
    const imported = {
      actors: ds.actors,
      relations: [
        {
          id: 't1',
          kind: 'meeting',
          participants: [{ actor: 'envoy' }, { actor: 'hamas' }],
          'x-certainty': 'unstated',
        },
        { id: 't2', kind: 'meeting', participants: [{ actor: 'qatar' }, { actor: 'hamas' }] },
      ],
    } as Pick<Dataset, 'actors' | 'relations'>;
    const es = edges(buildElements(imported, 'actors'));
    expect(es.find((e) => e.relationIds[0] === 't1')?.unstated).toBe(true);
    expect(es.find((e) => e.relationIds[0] === 't2')?.unstated).toBeUndefined();
    expect(es.find((e) => e.relationIds[0] === 't2')?.certainty).toBe('reported');
  });
});
