/**
 * Conversions stop at the limits they produce: an import whose dataset could not be within the
 * dataset limit (MAX_DATASET_BYTES of JSON) is refused with the figures, before it is built.
 *
 * Two checks:
 * - before parsing, from a count of what the file holds (CSV rows whose two ends differ; GEXF and
 *   GraphML `<node` and `<edge` tags): each becomes at least an actor or a relation whose JSON is at
 *   least `MIN_ACTOR_BYTES` / `MIN_RELATION_BYTES` long (the shortest possible record, written without
 *   any space), so past `MAX_DATASET_BYTES` the dataset cannot fit, whatever the rest;
 * - after the records are built and before they are validated, the exact size of the JSON file that
 *   `convert` (and the explorer's JSON export) would write: two-space indented, UTF-8.
 */
import { MAX_DATASET_BYTES } from '../model/limits.ts';
import type { Problem } from './types.ts';

/** `{"id":"a","name":"a","kind":"other"},` */
export const MIN_ACTOR_BYTES = 37;
/** `{"id":"a","kind":"tie","participants":[{"actor":"b","role":"member"},{"actor":"c","role":"member"}]},` */
export const MIN_RELATION_BYTES = 101;

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** A problem when `actors` actors and `relations` relations cannot fit in a dataset; else undefined. */
export function countProblem(
  where: string,
  actors: number,
  relations: number,
  what: string,
): Problem | undefined {
  const least = actors * MIN_ACTOR_BYTES + relations * MIN_RELATION_BYTES;
  if (least <= MAX_DATASET_BYTES) return undefined;
  return {
    path: where,
    message: `too big to import: ${what} would make a dataset of at least ${mib(least)} of JSON, over the ${mib(MAX_DATASET_BYTES)} limit; refused before building it`,
  };
}

/** `<node` and `<edge` tags of an XML text (a quick count, before parsing). */
export function xmlCountProblem(text: string, where: string): Problem | undefined {
  // Each is at least a relation or an actor: only a count past the limit's reach parses nothing.
  let nodes = 0;
  let edges = 0;
  for (const m of text.matchAll(/<(?:[\w.-]+:)?(node|edge)[\s/>]/g)) {
    if (m[1] === 'node') nodes++;
    else edges++;
  }
  return countProblem(
    where,
    nodes,
    edges,
    `${count(nodes)} <node> and ${count(edges)} <edge> elements`,
  );
}

/** UTF-8 length of a JSON string literal (quotes and escapes included). */
function stringBytes(s: string): number {
  const literal = JSON.stringify(s);
  let bytes = literal.length;
  for (let i = 0; i < literal.length; i++) {
    const c = literal.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 2; // a pair: 4 bytes for 2 units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * Bytes of `JSON.stringify(value, null, 2)` in UTF-8, counted without building the text (values are
 * plain JSON data: strings, finite numbers, booleans, null, arrays, objects; `undefined` members are
 * left out, as JSON.stringify does).
 */
export function prettyJsonBytes(value: unknown, depth = 0): number {
  if (value === null) return 4;
  switch (typeof value) {
    case 'string':
      return stringBytes(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object':
      break;
    default:
      return 0;
  }
  const inner = 2 * (depth + 1);
  if (Array.isArray(value)) {
    if (value.length === 0) return 2;
    let bytes = 2 + 1 + 2 * depth; // [ ] and the closing line's newline and indent
    for (const v of value)
      bytes += 1 + inner + (v === undefined ? 4 : prettyJsonBytes(v, depth + 1)) + 1;
    return bytes - 1; // no comma after the last
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== 'function',
  );
  if (entries.length === 0) return 2;
  let bytes = 2 + 1 + 2 * depth;
  for (const [k, v] of entries)
    bytes += 1 + inner + stringBytes(k) + 2 + prettyJsonBytes(v, depth + 1) + 1;
  return bytes - 1;
}

/** A problem when the built dataset's JSON file would pass the limit; else undefined. */
export function sizeProblem(
  dataset: unknown,
  actors: number,
  relations: number,
): Problem | undefined {
  const bytes = prettyJsonBytes(dataset) + 1; // and the final newline
  if (bytes <= MAX_DATASET_BYTES) return undefined;
  return {
    path: '(dataset)',
    message: `too big to import: the dataset (${count(actors)} actors, ${count(relations)} relations) would be ${mib(bytes)} of JSON, over the ${mib(MAX_DATASET_BYTES)} limit`,
  };
}
