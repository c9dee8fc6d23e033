/**
 * The validator as a loader: JSON syntax with line and column, size and depth limits, input that is
 * not a dataset at all, values built in code, one pass for every problem, document order.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_DATASET_BYTES,
  MAX_NESTING_DEPTH,
  MAX_PROBLEMS,
  parseDataset,
  sizeLimitProblem,
  utf8ByteLength,
  validateDataset,
} from '../../../src/model/validate.ts';
import { lineColumnAt, locateJsonSyntaxError } from '../../../src/model/json-location.ts';
import { parseMutated, problemsOf, sampleDataset, setAt, type Json } from './sample.ts';

describe('JSON syntax', () => {
  it.each([
    [
      '{\n  "id": "a",\n  "title": "b",\n}',
      4,
      1,
      /expected a property name in double quotes, found '}'/,
    ],
    ['{\n  "id": "a"\n  "title": "b"\n}', 3, 3, /expected ',' or a closing bracket, found '"'/],
    ['{"a": [1, 2,]}', 1, 13, /expected a value, found ']'/],
    ['{"a": 01}', 1, 8, /found '1'/],
    ['{"a": "x\ty"}', 1, 9, /control character in a string/],
    ['{"a": "\\q"}', 1, 8, /invalid escape sequence in a string, found '\\q'/],
    ['{"a": tru}', 1, 7, /unexpected character, found 'tru'/],
    ['// note\n{}', 1, 1, /comments are not allowed in JSON/],
    ['{"a": 1} {"b": 2}', 1, 10, /unexpected content after the end of the JSON value/],
    ['{"a": "open', 1, 7, /unterminated string/],
    ['{"a": 1', 1, 8, /expected '}', found the end of the file/],
    ['\r\n\r\n  {x}', 3, 4, /unexpected character, found 'x'/],
    ['', 1, 1, /the file is empty/],
    ['   \n', 1, 1, /the file is empty/],
  ])('%j → line %i, column %i', (text, line, column, reason) => {
    const problems = problemsOf(parseDataset(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('(root)');
    const message = problems[0]?.message ?? '';
    expect(message).toMatch(new RegExp(`^invalid JSON at line ${line}, column ${column}: `));
    expect(message).toMatch(reason);
  });

  it('counts lines across \\n, \\r\\n and \\r', () => {
    expect(lineColumnAt('a\nb\r\nc\rd', 8)).toEqual({ line: 4, column: 2 });
    expect(lineColumnAt('abc', 0)).toEqual({ line: 1, column: 1 });
  });

  it('locates an error even too deep for jsonc-parser, from the engine message', () => {
    const text = `${'['.repeat(200_000)}}`;
    const problems = problemsOf(parseDataset(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^invalid JSON/);
    expect(locateJsonSyntaxError('{"ok": true}')).toBeUndefined();
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseDataset(`\uFEFF${JSON.stringify(sampleDataset())}`).ok).toBe(true);
  });
});

describe('size limit', () => {
  it('is 50 MiB, documented by the constant', () => {
    expect(MAX_DATASET_BYTES).toBe(50 * 1024 * 1024);
  });

  it('refuses a text above the limit before parsing it, saying the size and the limit', () => {
    const text = JSON.stringify(sampleDataset());
    const limit = text.length - 1;
    expect(problemsOf(parseDataset(text, { maxBytes: limit }))).toEqual([
      {
        path: '(root)',
        message: `the file is ${text.length.toLocaleString('en-US')} bytes, above the limit of ${limit.toLocaleString('en-US')} bytes for a dataset; split it into smaller datasets`,
      },
    ]);
    expect(parseDataset(text, { maxBytes: text.length }).ok).toBe(true);
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8ByteLength('aé€😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8ByteLength('aé€😀')).toBe(new TextEncoder().encode('aé€😀').length);
    const d = sampleDataset();
    setAt(d, ['title'], 'é'.repeat(100));
    const text = JSON.stringify(d);
    const bytes = new TextEncoder().encode(text).length;
    expect(parseDataset(text, { maxBytes: bytes - 1 }).ok).toBe(false);
    expect(parseDataset(text, { maxBytes: bytes }).ok).toBe(true);
  });

  it('refuses a real string above MAX_DATASET_BYTES without parsing it', () => {
    const big = ' '.repeat(MAX_DATASET_BYTES + 1);
    expect(problemsOf(parseDataset(big))[0]?.message).toMatch(
      /^the file is 52,428,801 bytes, above the 50 MiB limit for a dataset \(52,428,800 bytes\)/,
    );
    expect(sizeLimitProblem(MAX_DATASET_BYTES)).toBeUndefined();
  });
});

describe('nesting depth', () => {
  const nested = (depth: number): unknown => {
    let v: unknown = 'leaf';
    for (let i = 0; i < depth; i++) v = { deeper: v };
    return v;
  };
  it(`accepts extensions nested up to ${MAX_NESTING_DEPTH} levels and refuses deeper ones`, () => {
    // The dataset is level 1, relations[0] level 3, its x-note level 4: the rest is extension.
    const ok = parseMutated((d) =>
      setAt(d, ['relations', 0, 'x-note'], nested(MAX_NESTING_DEPTH - 4)),
    );
    expect(ok.ok).toBe(true);
    const problems = problemsOf(
      parseMutated((d) => setAt(d, ['relations', 0, 'x-note'], nested(MAX_NESTING_DEPTH - 2))),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe(`nested deeper than ${MAX_NESTING_DEPTH} levels`);
    expect(problems[0]?.path).toMatch(/^relations\[0\]\["x-note"\](\.deeper)+$/);
  });

  it('survives a million levels of arrays', () => {
    const text = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const problems = problemsOf(parseDataset(text));
    expect(problems.map((p) => p.message)).toEqual([
      'expected an object, got an array',
      `nested deeper than ${MAX_NESTING_DEPTH} levels`,
    ]);
  });
});

describe('input that is not a dataset', () => {
  it.each([
    ['null', 'expected an object, got null'],
    ['[]', 'expected an object, got an array'],
    ['"dataset"', "expected an object, got string 'dataset'"],
    ['42', 'expected an object, got number 42'],
  ])('%s', (text, message) => {
    expect(problemsOf(parseDataset(text))).toEqual([{ path: '(root)', message }]);
  });

  it('an empty object lists every missing key', () => {
    expect(problemsOf(parseDataset('{}')).map((p) => p.message)).toEqual([
      "missing required key 'schemaVersion'",
      "missing required key 'id'",
      "missing required key 'title'",
      "missing required key 'sources'",
      "missing required key 'actors'",
      "missing required key 'relations'",
    ]);
  });

  it('a non-string argument is a problem, not an exception', () => {
    expect(parseDataset(undefined as unknown as string).ok).toBe(false);
    expect(parseDataset(42 as unknown as string).ok).toBe(false);
  });
});

describe('validateDataset (values built in code)', () => {
  it('accepts a valid value and returns it', () => {
    const d = sampleDataset();
    expect(validateDataset(d)).toEqual({ ok: true, dataset: d });
  });

  it('accepts a shared sub-object (walked once)', () => {
    const d = sampleDataset();
    const shared = ['wire'];
    setAt(d, ['actors', 0, 'sources'], shared);
    setAt(d, ['actors', 1, 'sources'], shared);
    expect(validateDataset(d).ok).toBe(true);
  });

  it('reports a cycle, a function, a non-finite number and a class instance', () => {
    const d = sampleDataset();
    const note: Json = {};
    note.self = note;
    setAt(d, ['x-cycle'], note);
    setAt(d, ['x-fn'], () => 1);
    setAt(d, ['x-nan'], Number.NaN);
    setAt(d, ['x-date'], new Date(0));
    const problems = problemsOf(validateDataset(d));
    expect(problems).toEqual([
      { path: '["x-cycle"].self', message: 'is a circular reference: not JSON data' },
      { path: '["x-fn"]', message: 'a function is not JSON data' },
      { path: '["x-nan"]', message: 'NaN is not JSON data' },
      { path: '["x-date"]', message: 'is not a plain JSON object' },
    ]);
  });

  it('reports a getter that throws instead of throwing', () => {
    const d = sampleDataset();
    Object.defineProperty(d, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const problems = problemsOf(validateDataset(d));
    expect(problems).toEqual([{ path: '(root)', message: 'could not be validated: boom' }]);
  });
});

describe('one pass', () => {
  it('finds five different problems in one file', () => {
    const problems = problemsOf(
      parseMutated((d) => {
        setAt(d, ['actors', 2, 'kind'], 'persn'); // vocabulary
        setAt(d, ['actors', 3, 'nmae'], 'x'); // unknown key
        setAt(d, ['relations', 0, 'participants', 0, 'actor'], 'witkof'); // reference
        setAt(d, ['relations', 0, 'endDate'], '2025-09'); // date order
        setAt(d, ['sources', 0, 'url'], 'ftp://example.org'); // URL
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'sources[0].url',
      'actors[2].kind',
      'actors[3].nmae',
      'relations[0].participants[0].actor',
      'relations[0].endDate',
    ]);
  });

  it('checks references and ids even where the shape is wrong', () => {
    const problems = problemsOf(
      parseMutated((d) => {
        setAt(d, ['schemaVersion'], '1');
        setAt(d, ['relations', 1, 'kind'], 'mediaton');
        setAt(d, ['relations', 1, 'participants', 0, 'actor'], 'qatr');
        setAt(d, ['relations', 1, 'date'], '2025-02-30');
        setAt(d, ['relations', 1, 'id'], 'hamas');
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'schemaVersion',
      'relations[1].id',
      'relations[1].kind',
      'relations[1].participants[0].actor',
      'relations[1].date',
    ]);
  });

  it(`lists at most ${MAX_PROBLEMS} problems, then how many more`, () => {
    const d = sampleDataset();
    const extra = MAX_PROBLEMS + 5;
    setAt(
      d,
      ['actors'],
      Array.from({ length: extra }, (_, i) => ({ id: `a${i}`, name: 'A', kind: 'persn' })),
    );
    setAt(d, ['relations'], []);
    const problems = problemsOf(parseDataset(JSON.stringify(d)));
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]?.path).toBe('actors[0].kind');
    expect(problems[MAX_PROBLEMS]).toEqual({
      path: '(root)',
      message: '5 more problems not listed',
    });
  });
});
