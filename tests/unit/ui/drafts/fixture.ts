/** Datasets and fake IndexedDB factories for the drafts' tests. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDataset } from '../../../../src/model/validate.ts';
import type { Dataset } from '../../../../src/model/schema.ts';

const SEED = fileURLToPath(
  new URL('../../../../graph-data/gaza-ceasefire-2025.json', import.meta.url),
);

/** The seed dataset with `x-` extensions at every level and hand-placed positions: valid, a fresh copy. */
export function richDataset(): Dataset {
  const json = JSON.parse(readFileSync(SEED, 'utf8')) as Record<string, unknown>;
  const [actor] = json['actors'] as Record<string, unknown>[];
  const [relation] = json['relations'] as Record<string, unknown>[];
  if (actor === undefined || relation === undefined) throw new Error('the seed has no actor');
  json['x-editor'] = { note: 'kept', list: [1, 'two', null, { deep: true }] };
  actor['x-colour'] = '#abcdef';
  relation['x-weight'] = 0.25;
  json['positions'] = {
    actors: { [String(actor['id'])]: { x: 12.5, y: -3 } },
    events: { [String(relation['id'])]: { x: 0, y: 1e-7 } },
    'x-zoom': 1.5,
  };
  const parsed = parseDataset(JSON.stringify(json));
  if (!parsed.ok) throw new Error(`fixture invalid: ${JSON.stringify(parsed.problems[0])}`);
  return parsed.dataset;
}

/** A minimal valid dataset with `n` actors and no relation. */
export function smallDataset(n = 1, title = 'Small'): Dataset {
  return {
    schemaVersion: 1,
    id: 'small',
    title,
    sources: [],
    actors: Array.from({ length: n }, (_, i) => ({
      id: `a${i}`,
      name: `Actor ${i}`,
      kind: 'person',
    })),
    relations: [],
  };
}

/** A fresh, empty IndexedDB: each test its own, so that none sees another's drafts. */
export function freshFactory(): IDBFactory {
  return new IDBFactory();
}
