/**
 * The dataset loader and validator of the dataset format, version 1 (schema.ts is its shape):
 * `parseDataset(text)` returns either the typed dataset or every problem found, in one pass.
 *
 * - Each problem has a `path` (`relations[3].participants[1].actor`, or `(root)` for the whole
 *   document) and a message that names the bad value, and for a broken reference the nearest
 *   existing id ("unknown actor 'witkof' — did you mean 'witkoff'?").
 * - Checked: JSON syntax (line and column), the shape (zod), unknown keys (only `x-…` extensions may
 *   be added), unique ids (actors and relations share a namespace; sources have their own), every
 *   reference (participants, `memberOf`, quote speakers and sources, `sources` lists), `memberOf`
 *   cycles, roles valid for the kind, ≥ 2 distinct participants (and no actor listed twice), real
 *   dates and `endDate` ≥ `date` (partial dates compare by the days they cover), http(s) URLs only, the
 *   keys `__proto__` / `constructor` / `prototype` anywhere, ids `constructor` / `prototype`, nesting
 *   depth (MAX_NESTING_DEPTH), size (MAX_DATASET_BYTES), keys written twice in one object and escapes
 *   that make lone surrogates (json-keys.ts).
 * - Limits: files above MAX_DATASET_BYTES = 50 MiB are refused before parsing; at most MAX_PROBLEMS
 *   problems are listed (then one saying how many more there are).
 * - Never throws, and runs in time linear in the input (no quadratic scans; "did you mean" has a
 *   bounded budget). Nothing it reads is executed or inserted as HTML.
 */
import type { Dataset } from './schema.ts';
import { locateJsonSyntaxError } from './json-location.ts';
import { formatPath, ROOT_PATH, sortInDocumentOrder, type RawProblem } from './problems.ts';
import { checkShape, checkUnknownKeys } from './validate-shape.ts';
import { checkDocument, checkRecords } from './validate-rules.ts';
import { MAX_DATASET_BYTES, MAX_NESTING_DEPTH, MAX_PROBLEMS } from './limits.ts';
import { sizeLimitProblem } from './text-decode.ts';
import { checkJsonText } from './json-keys.ts';

/** One problem: where (`relations[3].participants[1].actor`, or `(root)`) and what. */
export interface Problem {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export { MAX_DATASET_BYTES, MAX_NESTING_DEPTH, MAX_PROBLEMS };

export interface ParseOptions {
  /** Size limit in bytes; defaults to MAX_DATASET_BYTES. */
  maxBytes?: number;
}

/** UTF-8 length of a string, in bytes (lone surrogates count as 3, as TextEncoder writes them). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const formatBytes = (n: number): string => n.toLocaleString('en-US');

/** The size check of every reader (CLI, explorer): see text-decode.ts. */
export { sizeLimitProblem };

function fail(problems: Problem[]): ParseResult {
  return { ok: false, problems };
}

/** Parses and validates the text of a dataset file. Never throws. */
export function parseDataset(text: string, options: ParseOptions = {}): ParseResult {
  try {
    if (typeof text !== 'string')
      return fail([{ path: ROOT_PATH, message: 'expected the text of a JSON file' }]);
    const limit = options.maxBytes ?? MAX_DATASET_BYTES;
    // A UTF-8 byte is at most one UTF-16 unit, and one unit is at most 3 bytes.
    if (text.length > limit) return fail([sizeLimitProblem(text.length, limit) ?? tooLarge()]);
    if (text.length * 3 > limit) {
      const tooBig = sizeLimitProblem(utf8ByteLength(text), limit);
      if (tooBig) return fail([tooBig]);
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // a UTF-8 byte-order mark
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (e) {
      const jsonMessage = e instanceof Error ? e.message : String(e);
      const located = locateJsonSyntaxError(body, jsonMessage);
      return fail([
        {
          path: ROOT_PATH,
          message: located
            ? `invalid JSON at line ${located.line}, column ${located.column}: ${located.reason}`
            : `invalid JSON: ${jsonMessage}`,
        },
      ]);
    }
    return check(value, true, checkJsonText(body));
  } catch (e) {
    return unexpected(e);
  }
}

/**
 * Validates an already-parsed value (what `JSON.parse` returned, or a dataset built in code, such as
 * an importer's). Values that are not JSON data (functions, cycles, class instances) are problems.
 * Never throws. `trusted`, only for datasets whose records are never changed in place (the editor's
 * drafts, whose edits share every record they do not touch): the records of each dataset accepted
 * whole are added to it, and records in it are not checked again, by zod or the document walk (the
 * references between records, ids and dates are checked every time).
 */
export function validateDataset(
  value: unknown,
  options: { trusted?: WeakSet<object> } = {},
): ParseResult {
  try {
    const result = check(value, false, [], options.trusted);
    if (result.ok && options.trusted) trustRecords(result.dataset, options.trusted);
    return result;
  } catch (e) {
    return unexpected(e);
  }
}

function trustRecords(dataset: Dataset, trusted: WeakSet<object>): void {
  for (const list of [dataset.sources, dataset.actors, dataset.relations])
    for (const record of list) trusted.add(record);
}

function tooLarge(): Problem {
  return { path: ROOT_PATH, message: 'the file is too large' };
}

function unexpected(e: unknown): ParseResult {
  const reason = e instanceof Error ? e.message : String(e);
  return fail([{ path: ROOT_PATH, message: `could not be validated: ${reason}` }]);
}

function check(
  value: unknown,
  fromJson: boolean,
  fromText: RawProblem[] = [],
  trusted?: WeakSet<object>,
): ParseResult {
  const shape = checkShape(value, trusted);
  // concat, not push(...): a broken file can have more problems than a call takes arguments.
  const raw: RawProblem[] = checkDocument(value, MAX_NESTING_DEPTH, fromJson, trusted).concat(
    checkUnknownKeys(value),
    shape.problems,
    checkRecords(value),
    fromText,
  );
  // Every part was checked by the zod schemas of schema.ts, which change nothing they accept.
  if (raw.length === 0 && shape.ok) return { ok: true, dataset: value as Dataset };
  if (raw.length === 0) return fail([{ path: ROOT_PATH, message: 'is not a valid dataset' }]);
  const sorted = sortInDocumentOrder(value, raw);
  const problems = sorted
    .slice(0, MAX_PROBLEMS)
    .map((p) => ({ path: formatPath(p.at), message: p.message }));
  if (sorted.length > MAX_PROBLEMS)
    problems.push({
      path: ROOT_PATH,
      message: `${formatBytes(sorted.length - MAX_PROBLEMS)} more problems not listed`,
    });
  return fail(problems);
}
