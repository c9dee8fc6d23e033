/**
 * `backchannel validate FILE…`: checks dataset files against every rule of the format.
 * Prints `FILE: valid (N actors, M relations)` for a valid file and `FILE: PATH: MESSAGE` for each
 * problem of an invalid one (stdout); `FILE: cannot read: REASON` for an unreadable one (stderr).
 * Exit 0 when every file is valid, 1 when one is invalid, 2 for a usage error or an unreadable file
 * (the worst wins).
 */
import { parseArgs } from 'node:util';
import { parseDataset, type Problem } from '../model/validate.ts';
import type { CliIo, Command } from './io.ts';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, readInputFile } from './io.ts';

export const VALIDATE_USAGE = `Usage: backchannel validate FILE…

Checks each dataset file (the Backchannel JSON format, version 1) and prints
  FILE: valid (N actors, M relations)     for a valid file
  FILE: PATH: MESSAGE                     for each problem of an invalid one
Exit status: 0 all valid, 1 a file is invalid, 2 usage error or unreadable file.

Options:
  -h, --help  show this help`;

type FileResult =
  | { kind: 'unreadable'; reason: string }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'valid'; actors: number; relations: number };

async function checkFile(cwd: string, file: string): Promise<FileResult> {
  const read = await readInputFile(cwd, file);
  if (!read.ok) {
    return read.kind === 'unreadable'
      ? { kind: 'unreadable', reason: read.reason }
      : { kind: 'invalid', problems: read.problems };
  }
  const result = parseDataset(read.text);
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
    const result = await checkFile(io.cwd, file);
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
