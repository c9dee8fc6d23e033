/**
 * One verdict per file: how the bytes of a dataset file (or any file an importer reads) become text.
 * The CLI's reader (`src/cli/io.ts`) and the explorer's file loader (`ui/state/actions/data.ts`) both
 * call `decodeText` (bytes) or `checkText` (a string already in memory), so every command and the
 * explorer accept and refuse the same files with the same message:
 *
 * - the size limit (MAX_DATASET_BYTES), checked before reading when the size is known;
 * - UTF-8 only: invalid UTF-8 is refused with the place of the first bad byte (never replaced by
 *   U+FFFD); UTF-16 (its byte-order mark) is named as such;
 * - one UTF-8 byte-order mark (U+FEFF) at the start is dropped; two or more are refused;
 * - NUL characters (U+0000) are refused: no format Backchannel reads allows them in text;
 * - lone surrogates (possible only in a string, never in decoded UTF-8) are refused.
 *
 * Pure: no I/O, no dependency beyond the model's own modules.
 */
import { MAX_DATASET_BYTES } from './limits.ts';
import { lineColumnAt } from './line-column.ts';
import { ROOT_PATH } from './problems.ts';

/** One problem with a file: where (`(root)`: the file as a whole) and what. */
export interface DecodeProblem {
  path: string;
  message: string;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: DecodeProblem };

const formatBytes = (n: number): string => n.toLocaleString('en-US');

function limitText(limit: number): string {
  const mib = limit / (1024 * 1024);
  return Number.isInteger(mib)
    ? `${mib} MiB limit for a dataset (${formatBytes(limit)} bytes)`
    : `limit of ${formatBytes(limit)} bytes for a dataset`;
}

/**
 * The problem for a file of `bytes` bytes when it is above the limit, else undefined. Callers that
 * read files (the CLI, the browser's file picker) use it to refuse a file before reading it.
 */
export function sizeLimitProblem(
  bytes: number,
  limit: number = MAX_DATASET_BYTES,
): DecodeProblem | undefined {
  if (bytes <= limit) return undefined;
  return {
    path: ROOT_PATH,
    message: `the file is ${formatBytes(bytes)} bytes, above the ${limitText(limit)}; split it into smaller datasets`,
  };
}

/** The problem for a stream that passed the limit while it was read (its full size is unknown). */
export function readPastLimitProblem(limit: number = MAX_DATASET_BYTES): DecodeProblem {
  return {
    path: ROOT_PATH,
    message: `the file is more than ${formatBytes(limit)} bytes (reading stopped there), above the ${limitText(limit)}; split it into smaller datasets`,
  };
}

const BOM = 0xfeff;

function problem(message: string): DecodeResult {
  return { ok: false, problem: { path: ROOT_PATH, message } };
}

function where(text: string, offset: number): string {
  const { line, column } = lineColumnAt(text, offset);
  return `line ${line}, column ${column}`;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f; // U+D800–U+DFFF (surrogates) are not UTF-8
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      // The sequence is reported where it starts (its lead byte), as an editor shows it.
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function notUtf8(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return problem('is UTF-16 text, not UTF-8 (save the file as UTF-8)');
  }
  const at = Math.max(0, firstInvalidUtf8(bytes));
  // The text before the bad byte is valid: decode it to say the line and column.
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, at));
  const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return problem(
    `is not UTF-8 text: byte 0x${byte} at ${where(before, before.length)} is not valid UTF-8 (save the file as UTF-8)`,
  );
}

/**
 * The text of a file's bytes, or why it is refused (size, encoding, byte-order marks, NUL). Never
 * throws; never replaces a bad byte by U+FFFD.
 */
export function decodeText(bytes: Uint8Array, limit: number = MAX_DATASET_BYTES): DecodeResult {
  const tooLarge = sizeLimitProblem(bytes.length, limit);
  if (tooLarge) return { ok: false, problem: tooLarge };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return notUtf8(bytes);
  }
  return checkDecoded(text, false);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The same verdict for text that is already a string (a file kept in the session, a test's text):
 * byte-order marks, NUL and lone surrogates as `decodeText`. The size is the caller's to check.
 */
export function checkText(text: string): DecodeResult {
  if (typeof text !== 'string') return problem('expected the text of a file');
  return checkDecoded(text, true);
}

function checkDecoded(text: string, mayHaveSurrogates: boolean): DecodeResult {
  let start = 0;
  while (text.charCodeAt(start) === BOM) start++;
  if (start > 1) {
    return problem(
      `starts with ${start} byte-order marks (U+FEFF); a file may have one at most: remove the others`,
    );
  }
  const body = start === 1 ? text.slice(1) : text;
  const nul = body.indexOf('\u0000');
  if (nul >= 0) {
    return problem(
      `contains a NUL character (U+0000) at ${where(body, nul)}: a dataset is text, and no format it is read from allows NUL`,
    );
  }
  if (mayHaveSurrogates) {
    const lone = LONE_SURROGATE.exec(body);
    if (lone) {
      const code = body.charCodeAt(lone.index).toString(16).toUpperCase();
      return problem(
        `contains a lone surrogate (U+${code}) at ${where(body, lone.index)}: not valid Unicode text`,
      );
    }
  }
  return { ok: true, text: body };
}
