/**
 * What `JSON.parse` hides: a key written twice in one object (the last one wins, silently, so what the
 * file says is ambiguous) and `\uD800`-style escapes that make a lone surrogate (text that no UTF-8
 * file can hold: every exporter would write U+FFFD instead). Found with jsonc-parser's visitor, on
 * text that `JSON.parse` has already accepted; each problem has the path of the key or value.
 */
import { visit, type JSONPath } from 'jsonc-parser';
import { quote, type RawProblem, type Segment } from './problems.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A `\uD800`–`\uDFFF` escape: one way for the parsed text to hold a lone surrogate. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

function loneSurrogate(s: string): string | undefined {
  const m = LONE_SURROGATE.exec(s);
  if (!m) return undefined;
  return `U+${s.charCodeAt(m.index).toString(16).toUpperCase()}`;
}

/**
 * Problems of duplicate keys and lone surrogates in valid JSON text, with their paths. Never throws:
 * text nested too deep for the visitor's recursion gives no problem here (the validator's depth
 * check reports it).
 */
export function checkJsonText(text: string): RawProblem[] {
  try {
    return visitJson(text);
  } catch (e) {
    if (e instanceof RangeError) return [];
    throw e;
  }
}

function visitJson(text: string): RawProblem[] {
  const problems: RawProblem[] = [];
  const keys: Set<string>[] = [];
  // A lone surrogate reaches a string through an escape, or literally when the text was never
  // decoded from bytes (a JS string handed to the importer): both are refused alike, so that a
  // dataset accepted once is accepted again after an export (which escapes them).
  const surrogates = SURROGATE_ESCAPE.test(text) || LONE_SURROGATE.test(text);
  const at = (path: JSONPath, key?: string): Segment[] =>
    key === undefined ? [...path] : [...path, key];
  visit(
    text,
    {
      onObjectBegin: () => {
        keys.push(new Set());
      },
      onObjectEnd: () => {
        keys.pop();
      },
      onObjectProperty: (name, _offset, _length, _line, _column, pathSupplier) => {
        const seen = keys[keys.length - 1];
        if (seen?.has(name)) {
          problems.push({
            at: at(pathSupplier(), name),
            message: `duplicate key ${quote(name)}: the object has it more than once (keep one)`,
          });
        }
        seen?.add(name);
        const lone = surrogates ? loneSurrogate(name) : undefined;
        if (lone)
          problems.push({
            at: at(pathSupplier(), name),
            message: `the key ${quote(name)} contains a lone surrogate (${lone}): not valid Unicode text`,
          });
      },
      onLiteralValue: (value: unknown, _offset, _length, _line, _column, pathSupplier) => {
        if (!surrogates || typeof value !== 'string') return;
        const lone = loneSurrogate(value);
        if (lone)
          problems.push({
            at: at(pathSupplier()),
            message: `contains a lone surrogate (${lone}): not valid Unicode text`,
          });
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  return problems;
}
