/** A small valid dataset for the validator's tests: a fresh copy each call, free to mutate. */
import { expect } from 'vitest';
import { parseDataset, type ParseResult, type Problem } from '../../../src/model/validate.ts';

export type Json = Record<string, unknown>;
export type Path = readonly (string | number)[];

export function sampleDataset(): Json {
  return {
    schemaVersion: 1,
    id: 'sample',
    title: 'Sample dataset',
    asOf: '2025-10',
    sources: [
      { id: 'wire', title: 'A wire story', publisher: 'Wire', url: 'https://example.org/story' },
      { id: 'paper', title: 'A newspaper story', date: '2025-10-09' },
    ],
    actors: [
      { id: 'us', name: 'United States', kind: 'state' },
      { id: 'us-envoys', name: 'U.S. envoys', kind: 'delegation', memberOf: 'us' },
      {
        id: 'witkoff',
        name: 'Steve Witkoff',
        kind: 'person',
        memberOf: 'us-envoys',
        sources: ['wire'],
      },
      { id: 'kushner', name: 'Jared Kushner', kind: 'person', memberOf: 'us-envoys' },
      { id: 'hamas', name: 'Hamas', kind: 'organization', aliases: ['Harakat'] },
      { id: 'qatar', name: 'Qatar', kind: 'state' },
    ],
    relations: [
      {
        id: 'sharm-meeting',
        kind: 'meeting',
        participants: [
          { actor: 'witkoff' },
          { actor: 'kushner' },
          { actor: 'hamas' },
          { actor: 'qatar', role: 'mediator' },
        ],
        date: '2025-10',
        endDate: '2025-10-09',
        place: 'Sharm el-Sheikh',
        certainty: 'reported',
        quotes: [{ text: 'We met.', speaker: 'witkoff', source: 'wire' }],
        sources: ['wire', 'paper'],
        'x-note': { free: ['form', 1] },
      },
      {
        id: 'qatar-mediation',
        kind: 'mediation',
        participants: [
          { actor: 'qatar' },
          { actor: 'us', role: 'party' },
          { actor: 'hamas', role: 'party' },
        ],
      },
    ],
  };
}

function containerAt(root: unknown, path: Path): Record<string | number, unknown> {
  let v: unknown = root;
  for (const seg of path) v = (v as Record<string | number, unknown>)[seg];
  if (typeof v !== 'object' || v === null) throw new Error(`no object at ${path.join('.')}`);
  return v as Record<string | number, unknown>;
}

/**
 * Sets the value at `path` (the last segment is created or replaced) as an own enumerable property,
 * as JSON.parse would: a `__proto__` key becomes data, not the object's prototype.
 */
export function setAt(root: unknown, path: Path, value: unknown): void {
  const last = path[path.length - 1];
  if (last === undefined) throw new Error('empty path');
  Object.defineProperty(containerAt(root, path.slice(0, -1)), last, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Deletes the key (or array element, shifting the rest) at `path`. */
export function deleteAt(root: unknown, path: Path): void {
  const last = path[path.length - 1];
  if (last === undefined) throw new Error('empty path');
  const parent = containerAt(root, path.slice(0, -1));
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else Reflect.deleteProperty(parent, last);
}

/** A sample dataset changed by `mutate`, as parsed from its JSON text. */
export function parseMutated(mutate: (d: Json) => void): ParseResult {
  const d = sampleDataset();
  mutate(d);
  return parseDataset(JSON.stringify(d));
}

/** The problems of an invalid result (the test fails if it is valid). */
export function problemsOf(result: ParseResult): Problem[] {
  if (result.ok) expect.fail('expected the dataset to be invalid, but it is valid');
  return result.ok ? [] : result.problems;
}
