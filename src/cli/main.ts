/**
 * The `backchannel` command line: dispatches to one module per command in `commands/`.
 * Any unexpected error becomes one line on stderr, never a stack trace.
 */
import type { CliIo, Command } from './io.ts';
import { EXIT_USAGE } from './io.ts';

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: {
    summary: 'validate FILE…                       check datasets; one line per problem',
    load: async () => (await import('./commands/validate.ts')).validateCommand,
  },
  analyze: {
    summary: 'analyze FILE [--json]                who met whom, mediators, brokerage',
    load: async () => (await import('./commands/analyze.ts')).analyzeCommand,
  },
  paths: {
    summary: 'paths FILE A B [--by DATE]           direct relations and chains between two actors',
    load: async () => (await import('./commands/paths.ts')).pathsCommand,
  },
  convert: {
    summary: 'convert IN --to FORMAT --out OUT     json, gexf, graphml or csv',
    load: async () => (await import('./commands/convert.ts')).convertCommand,
  },
  render: {
    summary: 'render IN --format png|svg|jpeg --out OUT   draw the network as the explorer does',
    load: async () => (await import('./commands/render.ts')).renderCommand,
  },
};

export const USAGE = `Usage: backchannel <command> [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.summary}`)
  .join('\n')}

Run 'backchannel <command> --help' for a command's options.`;

export async function run(argv: string[], io?: Partial<CliIo>): Promise<number> {
  const full: CliIo = {
    out: io?.out ?? ((t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`)),
    err: io?.err ?? ((t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`)),
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
    const command = await entry.load();
    return await command(rest, full);
  } catch (e) {
    full.err(`backchannel ${name}: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT_USAGE;
  }
}
