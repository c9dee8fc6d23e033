/**
 * What every CLI command shares: its I/O (`CliIo`), the exit codes, argument parsing, the one reader of
 * input files (`readInputFile`: a regular file only, the size limit enforced while reading, then the
 * decoder every reader shares, src/model/text-decode.ts) with its one table of reasons, and the
 * escaping of text from data before it reaches a terminal. Commands import this module and table.ts,
 * never each other.
 */
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Dataset } from '../model/schema.ts';
import { MAX_DATASET_BYTES } from '../model/limits.ts';
import { decodeText, readPastLimitProblem, sizeLimitProblem } from '../model/text-decode.ts';
import { parseDataset, type Problem } from '../model/validate.ts';

/** What a CLI command is given: its arguments and where to write. Commands never call process.exit. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Exit codes: 0 success, 1 invalid input found, 2 usage error or unreadable file. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** Why a file cannot be read or written, by Node's error code: the one table of the CLI. */
export const FILE_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EAGAIN: 'not ready to be read (not a regular file)',
  EIO: 'input/output error',
};

/** The reason for a failed file operation, in words. */
export function fileFailure(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return FILE_REASONS[code] ?? code;
  return e instanceof Error ? e.message : String(e);
}

/** What a path is when it is not a regular file: the reader refuses it before opening it. */
function notRegular(info: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string {
  if (info.isDirectory()) return 'is a directory';
  const what = info.isFIFO()
    ? 'a FIFO'
    : info.isCharacterDevice()
      ? 'a character device'
      : info.isBlockDevice()
        ? 'a block device'
        : info.isSocket()
          ? 'a socket'
          : 'not a file';
  return `is not a regular file (${what})`;
}

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; kind: 'unreadable'; reason: string }
  | { ok: false; kind: 'invalid'; problems: Problem[] };

const CHUNK = 1 << 16;

/** Reads at most `limit + 1` bytes: one more than the limit says that the stream passed it. */
async function readCapped(handle: FileHandle, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const want = Math.min(CHUNK, limit + 1 - total);
    if (want <= 0) break;
    const chunk = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(chunk, 0, want, null);
    if (bytesRead === 0) break;
    chunks.push(bytesRead === want ? chunk : chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

/**
 * The text of an input file, as every command reads it: a path that is not a regular file (directory,
 * FIFO, device, socket) is refused before it is opened; a file over `limit` is refused by its size,
 * and a file that grows past it while read stops there; the bytes then go through the shared decoder
 * (UTF-8 only, one byte-order mark, no NUL). Never throws.
 */
export async function readInputFile(
  cwd: string,
  file: string,
  limit: number = MAX_DATASET_BYTES,
): Promise<ReadResult> {
  const path = resolve(cwd, file);
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, kind: 'unreadable', reason: notRegular(info) };
    const tooLarge = sizeLimitProblem(info.size, limit);
    if (tooLarge) return { ok: false, kind: 'invalid', problems: [tooLarge] };
    // O_NONBLOCK: if the path was swapped for a FIFO after stat, open does not wait for a writer.
    const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const opened = await handle.stat();
      if (!opened.isFile()) return { ok: false, kind: 'unreadable', reason: notRegular(opened) };
      bytes = await readCapped(handle, limit);
    } finally {
      await handle.close();
    }
  } catch (e) {
    return { ok: false, kind: 'unreadable', reason: fileFailure(e) };
  }
  if (bytes.length > limit)
    return { ok: false, kind: 'invalid', problems: [readPastLimitProblem(limit)] };
  const decoded = decodeText(bytes, limit);
  return decoded.ok
    ? { ok: true, text: decoded.text }
    : { ok: false, kind: 'invalid', problems: [decoded.problem] };
}

/**
 * Says why a read failed, as every command but `validate` does, and returns the exit code:
 * `backchannel CMD: cannot read FILE: REASON` (exit 2) or `FILE: PATH: MESSAGE` lines (exit 1).
 */
export function reportReadFailure(
  file: string,
  failure: Exclude<ReadResult, { ok: true }>,
  io: CliIo,
  command: string,
): number {
  if (failure.kind === 'unreadable') {
    io.err(`backchannel ${command}: cannot read ${file}: ${failure.reason}`);
    return EXIT_USAGE;
  }
  io.err(failure.problems.map((p) => `${file}: ${p.path}: ${p.message}`).join('\n'));
  return EXIT_INVALID;
}

/**
 * Reads and validates a Backchannel JSON dataset file for a command: unreadable (exit 2), or a file
 * over the size limit, not UTF-8, or an invalid dataset (exit 1, `FILE: PATH: MESSAGE` lines on
 * `io.err`).
 */
export async function loadDatasetFile(
  file: string,
  io: CliIo,
  command: string,
): Promise<{ ok: true; dataset: Dataset } | { ok: false; exit: number }> {
  const read = await readInputFile(io.cwd, file);
  if (!read.ok) return { ok: false, exit: reportReadFailure(file, read, io, command) };
  const parsed = parseDataset(read.text);
  if (parsed.ok) return { ok: true, dataset: parsed.dataset };
  return {
    ok: false,
    exit: reportReadFailure(
      file,
      { ok: false, kind: 'invalid', problems: parsed.problems },
      io,
      command,
    ),
  };
}

/** Usage errors from `parseArgs` (unknown option, missing value) as one line, or the parsed args. */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
): { ok: true; parsed: ReturnType<typeof parseArgs<T>> } | { ok: false; message: string } {
  try {
    return { ok: true, parsed: parseArgs(config) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

const hex4 = (c: string): string => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;

/**
 * Characters a terminal may act on: C0 controls, DEL, C1 controls (U+009B is a one-character CSI),
 * the bidirectional overrides and isolates, and U+2028/U+2029. `\n` and `\t` are matched too; the
 * output filter keeps those two, a cell escapes them.
 */
const TERMINAL_CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The same without `\n` and `\t`, which output keeps: indented JSON has a line feed on every line. */
const OUTPUT_CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A string from data made safe for one line of terminal output (a name in a table): the characters
 * above as `\n`, `\t` or `\u001b`, backslashes as they are. This is what the validator's messages do
 * (src/model/problems.ts escapeText), extended to C1 and bidirectional controls.
 */
export function cellText(s: string): string {
  return s.replace(TERMINAL_CONTROLS, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : hex4(c),
  );
}

/**
 * The last guard on everything a command writes: every terminal control except line feed and tab is
 * written as `\u…`. JSON output stays valid JSON (such characters only occur inside its strings, where
 * `\u…` means the same character).
 */
export function terminalSafe(text: string): string {
  // Most output has nothing to escape: a test (no allocation) is far cheaper than a replace.
  OUTPUT_CONTROLS.lastIndex = 0;
  if (!OUTPUT_CONTROLS.test(text)) return text;
  OUTPUT_CONTROLS.lastIndex = 0;
  return text.replace(OUTPUT_CONTROLS, hex4);
}
