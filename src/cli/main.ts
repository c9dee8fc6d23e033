/**
 * The `backchannel` command line: dispatches to one module per command (validate.ts, analyze.ts,
 * paths.ts, convert.ts, render.ts), which import ./io.ts and ./table.ts, never each other. All in one
 * folder: a `commands/` subfolder importing ./io.ts while main.ts imports it was a folder cycle.
 * Any unexpected error becomes one line on stderr, never a stack trace.
 */
import type { CliIo, Command } from './io.ts';
import { EXIT_USAGE, terminalSafe } from './io.ts';
import { analyzeCommand } from './analyze.ts';
import { convertCommand } from './convert.ts';
import { pathsCommand } from './paths.ts';
import { renderCommand } from './render.ts';
import { validateCommand } from './validate.ts';

const COMMANDS: Record<string, { summary: string; command: Command }> = {
  validate: {
    summary: 'validate FILE…                       check datasets; one line per problem',
    command: validateCommand,
  },
  analyze: {
    summary: 'analyze FILE [--json]                who met whom, mediators, brokerage',
    command: analyzeCommand,
  },
  paths: {
    summary: 'paths FILE A B [--by DATE]           direct relations and chains between two actors',
    command: pathsCommand,
  },
  convert: {
    summary: 'convert IN --to FORMAT --out OUT     json, gexf, graphml or csv',
    command: convertCommand,
  },
  render: {
    summary: 'render IN --format png|svg|jpeg --out OUT   draw the network as the explorer does',
    command: renderCommand,
  },
};

export const USAGE = `Usage: backchannel <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.summary}`)
  .join('\n')}

Run 'backchannel <command> --help' for a command's options.`;

export async function run(argv: string[], io?: Partial<CliIo>): Promise<number> {
  const out = io?.out ?? ((t: string) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`));
  const err = io?.err ?? ((t: string) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`));
  // Text from datasets (names, titles, ids, messages quoting them) never reaches a terminal raw.
  const full: CliIo = {
    out: (t) => out(terminalSafe(t)),
    err: (t) => err(terminalSafe(t)),
    cwd: io?.cwd ?? process.cwd(),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    full.out(USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const entry = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    full.err(`backchannel: unknown command '${name}'\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await entry.command(rest, full);
  } catch (e) {
    full.err(`backchannel ${name}: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT_USAGE;
  }
}
