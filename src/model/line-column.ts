/**
 * Where an offset falls in a text, as line and column: the one function for it (JSON syntax errors,
 * XML problems, the decoder's verdicts). A module of its own, with no dependency, so that the
 * explorer's file loader (model/text-decode.ts) can use it without loading jsonc-parser.
 */

/** 1-based line and column of an offset; `\n`, `\r\n` and `\r` end lines. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
