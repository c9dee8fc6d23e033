/**
 * `backchannel validate FILE…`: checks dataset files against every rule of the format.
 * Prints `FILE: valid (N actors, M relations)` for a valid file and `FILE: PATH: MESSAGE` for each
 * problem of an invalid one (stdout); `FILE: cannot read: REASON` for an unreadable one (stderr).
 * Exit 0 when every file is valid, 1 when one is invalid, 2 for a usage error or an unreadable file
 * (the worst wins).
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDataset, sizeLimitProblem, type Problem } from '../../model/validate.ts';
import type { CliIo, Command } from '../io.ts';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../io.ts';

export const VALIDATE_USAGE = `Usage: backchannel validate FILE…

Checks each dataset file (the Backchannel JSON format, version 1) and prints
  FILE: valid (N actors, M relations)     for a valid file
  FILE: PATH: MESSAGE                     for each problem of an invalid one
Exit status: 0 all valid, 1 a file is invalid, 2 usage error or unreadable file.

Options:
  -h, --help  show this help`;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
};

function readFailure(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return REASONS[code] ?? code;
  return e instanceof Error ? e.message : String(e);
}

type FileResult =
  | { kind: 'unreadable'; reason: string }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'valid'; actors: number; relations: number };

async function checkFile(path: string): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { kind: 'unreadable', reason: 'is a directory' };
    const tooLarge = sizeLimitProblem(info.size);
    if (tooLarge) return { kind: 'invalid', problems: [tooLarge] };
    bytes = await readFile(path);
  } catch (e) {
    return { kind: 'unreadable', reason: readFailure(e) };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      kind: 'invalid',
      problems: [{ path: '(root)', message: 'is not UTF-8 text (save the file as UTF-8)' }],
    };
  }
  const result = parseDataset(text);
  if (!result.ok) return { kind: 'invalid', problems: result.problems };
  return {
    kind: 'valid',
    actors: result.dataset.actors.length,
    relations: result.dataset.relations.length,
  };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const validateCommand: Command = async (args: string[], io: CliIo) => {
  let files: string[];
  try {
    const parsed = parseArgs({
      args,
      options: { help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) {
      io.out(VALIDATE_USAGE);
      return EXIT_OK;
    }
    files = parsed.positionals;
  } catch (e) {
    io.err(
      `backchannel validate: ${e instanceof Error ? e.message : String(e)}\n${VALIDATE_USAGE}`,
    );
    return EXIT_USAGE;
  }
  if (files.length === 0) {
    io.err(`backchannel validate: no FILE given\n${VALIDATE_USAGE}`);
    return EXIT_USAGE;
  }
  let exit = EXIT_OK;
  for (const file of files) {
    const result = await checkFile(resolve(io.cwd, file));
    switch (result.kind) {
      case 'unreadable':
        io.err(`${file}: cannot read: ${result.reason}`);
        exit = Math.max(exit, EXIT_USAGE);
        break;
      case 'invalid':
        io.out(result.problems.map((p) => `${file}: ${p.path}: ${p.message}`).join('\n'));
        exit = Math.max(exit, EXIT_INVALID);
        break;
      case 'valid':
        io.out(
          `${file}: valid (${plural(result.actors, 'actor')}, ${plural(result.relations, 'relation')})`,
        );
        break;
    }
  }
  return exit;
};
