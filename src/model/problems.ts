/**
 * Building blocks of validation problems: paths as segments, their text form
 * (`relations[3].participants[1].actor`, `(root)` for the document itself), how a bad value is named in
 * a message, and the document order problems are listed in.
 */

export type Segment = string | number;

/** A problem while it is being collected: its path as segments. */
export interface RawProblem {
  at: readonly Segment[];
  message: string;
}

/** The path of the document itself. */
export const ROOT_PATH = '(root)';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `relations[3].participants[1].actor`; keys that are not identifiers as `["x-my key"]`. */
export function formatPath(at: readonly Segment[]): string {
  let out = '';
  for (const seg of at) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (seg.length <= 60 && IDENTIFIER.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(truncate(seg, 60))}]`;
  }
  return out === '' ? ROOT_PATH : out;
}

function truncate(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** A string as it appears in a message: single-quoted, escaped to one line, shortened when long. */
export function quote(s: string): string {
  return `'${escapeText(truncate(s, 80))}'`;
}

/** A string escaped to one line: control characters and backslashes as in JSON, quotes as they are. */
export function escapeText(s: string): string {
  return JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"');
}

/** A value as it appears in a message: `'witkof'`, `42`, `null`, `an array`, `an object`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** A value with its type, after "got": `string 'x'`, `number 42`, `null`, `an array`. */
export function describeTyped(value: unknown): string {
  if (typeof value === 'string') return `string ${quote(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${value}`;
  return describeValue(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property of a record (never the prototype's). */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The value at `at` in `root`, or undefined. */
export function valueAt(root: unknown, at: readonly Segment[]): unknown {
  let v = root;
  for (const seg of at) {
    if (typeof seg === 'number') v = Array.isArray(v) ? v[seg] : undefined;
    else v = isRecord(v) ? own(v, seg) : undefined;
    if (v === undefined) return undefined;
  }
  return v;
}

/**
 * Sorts problems into document order: by array index, and by the position of each key in its object as
 * written (a missing key sorts before the object's keys); ties keep the order they were found in.
 */
export function sortInDocumentOrder(root: unknown, problems: RawProblem[]): RawProblem[] {
  const keyOrder = new WeakMap<object, Map<string, number>>();
  const ordinals = (at: readonly Segment[]): number[] => {
    const out: number[] = [];
    let v: unknown = root;
    for (const seg of at) {
      if (typeof seg === 'number') {
        out.push(seg);
        v = Array.isArray(v) ? v[seg] : undefined;
      } else if (isRecord(v)) {
        let order = keyOrder.get(v);
        if (!order) {
          order = new Map(Object.keys(v).map((k, i) => [k, i]));
          keyOrder.set(v, order);
        }
        out.push(order.get(seg) ?? -1);
        v = own(v, seg);
      } else {
        out.push(-1);
        v = undefined;
      }
    }
    return out;
  };
  const keyed = problems.map((p, i) => ({ p, i, k: ordinals(p.at) }));
  keyed.sort((x, y) => {
    const n = Math.min(x.k.length, y.k.length);
    for (let j = 0; j < n; j++) {
      const d = (x.k[j] ?? 0) - (y.k[j] ?? 0);
      if (d !== 0) return d;
    }
    return x.k.length - y.k.length || x.i - y.i;
  });
  return keyed.map((e) => e.p);
}
