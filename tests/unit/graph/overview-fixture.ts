/**
 * A small bloc network for the overview's tests (tests/unit/graph/overview.test.ts,
 * tests/unit/cy/overview-elements.test.ts): the US bloc (envoys inside it, Witkoff and Kushner inside
 * them), the Hamas bloc (al-Hayya), and Qatar alone; a meeting, a mediation and a statement.
 */
import type { Dataset, Relation } from '../../../src/model/schema.ts';

export const OVERVIEW_DS: Pick<Dataset, 'actors' | 'relations'> = {
  actors: [
    { id: 'us', name: 'United States', kind: 'state' },
    { id: 'envoys', name: 'US envoys', kind: 'delegation', memberOf: 'us' },
    { id: 'witkoff', name: 'Witkoff', kind: 'person', memberOf: 'envoys' },
    { id: 'kushner', name: 'Kushner', kind: 'person', memberOf: 'envoys' },
    { id: 'hamas', name: 'Hamas', kind: 'organization' },
    { id: 'hayya', name: 'al-Hayya', kind: 'person', memberOf: 'hamas' },
    { id: 'qatar', name: 'Qatar', kind: 'state' },
  ],
  relations: [
    {
      id: 'm1',
      kind: 'meeting',
      participants: [{ actor: 'witkoff' }, { actor: 'kushner' }, { actor: 'hayya' }],
    },
    {
      id: 'x1',
      kind: 'mediation',
      participants: [
        { actor: 'qatar' },
        { actor: 'us', role: 'party' },
        { actor: 'hamas', role: 'party' },
      ],
    },
    {
      id: 's1',
      kind: 'statement',
      participants: [{ actor: 'witkoff' }, { actor: 'hayya', role: 'addressee' }],
    },
  ] as Relation[],
};
