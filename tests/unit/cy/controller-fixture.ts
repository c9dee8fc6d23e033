import { afterEach } from 'vitest';
/**
 * A small synthetic dataset and helpers for the headless controller tests (tests/unit/cy/controller*
 * and layers*). Written here, not loaded from graph-data/, so that the counts asserted stay true.
 *
 * Groups: `us` holds `trump` and `us-envoys`; `us-envoys` holds `witkoff` and `kushner`; `hamas`
 * holds `al-hayya`. Every relation has two participants, so that each is one edge `<id>#0` in the
 * actor view (src/graph/project.ts), whatever the view does with larger relations:
 * - `auth1`, `auth2` (authorization): trump→witkoff, trump→kushner
 * - `m1`, `m2` (meetings): al-hayya–witkoff; `m3`: qatar (mediator)–witkoff; `m4`: kushner–qatar
 *   (undirected: ends in id order, so qatar is the source of m3#0 and the target of m4#0)
 * - `s1` (statement, disputed): israel→hamas
 *
 * `BRIEF` adds `brief`, one authorization of both envoys (three participants), for the event view.
 */
import type { Core } from 'cytoscape';
import {
  GraphController,
  type ControllerOptions,
  type Presentation,
} from '../../../src/cy/controller.ts';
import type { Dataset, Relation } from '../../../src/model/schema.ts';

function auth(id: string, grantee: string): Relation {
  return {
    id,
    kind: 'authorization',
    participants: [
      { actor: 'trump', role: 'grantor' },
      { actor: grantee, role: 'grantee' },
    ],
  };
}

export const DS: Dataset = {
  schemaVersion: 1,
  id: 'fixture',
  title: 'Controller fixture',
  sources: [],
  actors: [
    { id: 'us', name: 'United States', kind: 'state' },
    { id: 'trump', name: 'Trump', kind: 'person', memberOf: 'us' },
    { id: 'us-envoys', name: 'US envoys', kind: 'delegation', memberOf: 'us' },
    { id: 'witkoff', name: 'Witkoff', kind: 'person', memberOf: 'us-envoys' },
    { id: 'kushner', name: 'Kushner', kind: 'person', memberOf: 'us-envoys' },
    { id: 'hamas', name: 'Hamas', kind: 'organization' },
    { id: 'al-hayya', name: 'Al-Hayya', kind: 'person', memberOf: 'hamas' },
    { id: 'qatar', name: 'Qatar', kind: 'state' },
    { id: 'israel', name: 'Israel', kind: 'state' },
  ],
  relations: [
    auth('auth1', 'witkoff'),
    auth('auth2', 'kushner'),
    {
      id: 'm1',
      kind: 'meeting',
      date: '2025-10-08',
      participants: [{ actor: 'witkoff' }, { actor: 'al-hayya' }],
    },
    {
      id: 'm2',
      kind: 'meeting',
      certainty: 'confirmed',
      participants: [{ actor: 'al-hayya' }, { actor: 'witkoff' }],
    },
    {
      id: 'm3',
      kind: 'meeting',
      participants: [{ actor: 'witkoff' }, { actor: 'qatar', role: 'mediator' }],
    },
    { id: 'm4', kind: 'meeting', participants: [{ actor: 'kushner' }, { actor: 'qatar' }] },
    {
      id: 's1',
      kind: 'statement',
      certainty: 'disputed',
      participants: [
        { actor: 'israel', role: 'speaker' },
        { actor: 'hamas', role: 'addressee' },
      ],
    },
  ],
};

export const BRIEF: Dataset = {
  ...DS,
  id: 'fixture-brief',
  relations: [
    ...DS.relations,
    {
      id: 'brief',
      kind: 'authorization',
      participants: [
        { actor: 'trump', role: 'grantor' },
        { actor: 'witkoff', role: 'grantee' },
        { actor: 'kushner', role: 'grantee' },
      ],
    },
  ],
};

/** Everything shown, nothing collapsed, focused or selected. */
export function showAll(ds: Dataset = DS, extra: Partial<Presentation> = {}): Presentation {
  return {
    actors: new Set(ds.actors.map((a) => a.id)),
    relations: new Set(ds.relations.map((r) => r.id)),
    containers: new Set(),
    collapsed: [],
    ...extra,
  };
}

/** A headless controller drawing `DS` in the actor view with the force layout (the one that draws groups as boxes), laid out. */
export async function drawn(
  change: Parameters<GraphController['update']>[0] = {},
  options: ControllerOptions = {},
): Promise<{ controller: GraphController; cy: Core }> {
  const controller = GraphController.create(undefined, options);
  controller.update({
    datasetKey: 'test:fixture',
    dataset: DS,
    layout: 'force',
    presentation: showAll(),
    ...change,
  });
  await controller.ready();
  const cy = controller.core;
  if (!cy) throw new Error('controller-fixture: the controller has no Core after update');
  return { controller, cy };
}

/** The sorted ids of the elements carrying a class. */
export function withClass(cy: Core, cls: string): string[] {
  return cy
    .elements(`.${cls}`)
    .map((e) => e.id())
    .sort();
}

/** An edge as "source–target" with its ends sorted (direction aside). */
export function pairOf(e: { source(): { id(): string }; target(): { id(): string } }): string {
  return [e.source().id(), e.target().id()].sort().join('–');
}

/**
 * `drawn` for one test file: every controller it makes is destroyed after each test (call once at
 * the top level of the file).
 */
export function drawnInTest(): (
  ...args: Parameters<typeof drawn>
) => Promise<{ controller: GraphController; cy: Core }> {
  const open: GraphController[] = [];
  afterEach(() => {
    for (const c of open.splice(0)) c.destroy();
  });
  return async (...args) => {
    const out = await drawn(...args);
    open.push(out.controller);
    return out;
  };
}
