/**
 * Where a JSON text is broken, as line and column. `JSON.parse` words its errors differently in Node and
 * in each browser (and not always with a position), so the error is located with jsonc-parser's strict
 * mode instead, which gives the same answer everywhere.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { escapeText } from './problems.ts';
import { lineColumnAt } from './line-column.ts';

export interface JsonSyntaxError {
  /** Offset in the text (UTF-16 code units), 0-based. */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 code units). */
  column: number;
  /** What is wrong, in words. */
  reason: string;
}

/** Re-exported from ./line-column.ts (a module of its own: the file loader needs it without jsonc). */
export { lineColumnAt };

const REASONS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ',' or a closing bracket",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected content after the end of the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape (needs 4 hex digits)',
  InvalidEscapeCharacter: 'invalid escape sequence in a string',
  InvalidCharacter: 'control character in a string (write it escaped, e.g. \\n or \\t)',
};

/** jsonc-parser's error codes are a `const enum` (not importable here): compare by name. */
function codeName(error: ParseError): string {
  return printParseErrorCode(error.error);
}

const VALID_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);

/** jsonc-parser points at the start of a bad string token; move to the offending character. */
function refineOffset(text: string, error: ParseError): number {
  const { offset, length } = error;
  const name = codeName(error);
  const end = Math.min(text.length, offset + length);
  for (let i = offset + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (name === 'InvalidCharacter' && c < 0x20) return i;
    if (c === 92 /* \ */) {
      const next = text.charAt(i + 1);
      if (name === 'InvalidEscapeCharacter' && !VALID_ESCAPES.has(next)) return i;
      if (
        name === 'InvalidUnicode' &&
        next === 'u' &&
        !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))
      )
        return i;
      i++;
    }
  }
  return offset;
}

/** What stands at `offset`, for the message: `found '}'`, or `found the end of the file`. */
function foundAt(text: string, offset: number): string {
  if (offset >= text.length) return 'found the end of the file';
  const token = /^[A-Za-z0-9_.+-]+/.exec(text.slice(offset, offset + 20))?.[0];
  const escape = escapeText;
  if (text.charAt(offset) === '\\') return `found '\\${escape(text.charAt(offset + 1))}'`;
  const shown = token ?? String.fromCodePoint(text.codePointAt(offset) ?? 0);
  return `found '${escape(shown)}'`;
}

/**
 * The first syntax error of `text` under strict JSON rules (no comments, no trailing commas), or
 * undefined when jsonc-parser finds none. Never throws (very deep nesting falls back to the position
 * in `JSON.parse`'s message, when it gives one).
 */
export function locateJsonSyntaxError(
  text: string,
  fallbackMessage?: string,
): JsonSyntaxError | undefined {
  let first: ParseError | undefined;
  try {
    const errors: ParseError[] = [];
    parse(text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    });
    first = errors[0];
  } catch {
    first = undefined;
  }
  if (first) {
    if (text.trim() === '') return { offset: 0, line: 1, column: 1, reason: 'the file is empty' };
    const offset = refineOffset(text, first);
    const reason = `${REASONS[codeName(first)] ?? 'invalid JSON'}, ${foundAt(text, offset)}`;
    return { offset, ...lineColumnAt(text, offset), reason };
  }
  const position = fallbackMessage ? /at position (\d+)/.exec(fallbackMessage) : null;
  if (position) {
    const offset = Number(position[1]);
    return {
      offset,
      ...lineColumnAt(text, offset),
      reason: `${fallbackMessage ?? ''}`.replace(/\s*in JSON at position \d+.*$/s, ''),
    };
  }
  return undefined;
}
