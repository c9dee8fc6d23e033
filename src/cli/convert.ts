/**
 * `backchannel convert IN --to json|gexf|graphml|csv --out OUT [--nodes NODES.csv]`: reads a dataset
 * or a graph of another tool (format from the content, else the extension) and writes it in another
 * format. CSV output is two files: OUT (the edge table) and OUT's sibling `<name>.nodes.csv`.
 * Warnings (merged nodes, skipped self-loops, …) go to stderr.
 */
import { writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import {
  EXPORT_FORMATS,
  exportDataset,
  importDataset,
  type ExportFormat,
} from '../formats/index.ts';
import type { CliIo, Command } from './io.ts';
import {
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  fileFailure,
  parseCommandArgs,
  readInputFile,
  reportReadFailure,
} from './io.ts';

export const CONVERT_USAGE = `Usage: backchannel convert IN --to json|gexf|graphml|csv --out OUT [--nodes NODES.csv]

Reads IN (Backchannel JSON, GEXF 1.1-1.3, GraphML, or a CSV edge table; the format is found from the
content, else from the extension) and writes it as --to. With --to csv, OUT is the edge table and the
node table is written beside it as <OUT without .csv>.nodes.csv.

Options:
  --to FORMAT     json, gexf, graphml or csv (default: from the extension of OUT)
  --out OUT       the file to write
  --nodes FILE    CSV input only: the node table that goes with the edge table IN
  -h, --help      show this help

Exit status: 0 written, 1 IN is invalid, 2 usage error or a file that cannot be read or written.`;

/** The node table's path for a CSV edge table written at `out`. */
export function nodesPathFor(out: string): string {
  const ext = extname(out);
  const stem = ext.toLowerCase() === '.csv' ? basename(out, ext) : basename(out);
  return join(dirname(out), `${stem}.nodes.csv`);
}

function isExportFormat(v: string): v is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(v);
}

/** The input file and the node table, read as every command reads files, or the exit code. */
async function readInputs(
  input: string,
  nodes: string | undefined,
  io: CliIo,
): Promise<{ text: string; nodesText?: string } | number> {
  const read = await readInputFile(io.cwd, input);
  if (!read.ok) return reportReadFailure(input, read, io, 'convert');
  if (nodes === undefined) return { text: read.text };
  const table = await readInputFile(io.cwd, nodes);
  if (!table.ok) return reportReadFailure(nodes, table, io, 'convert');
  return { text: read.text, nodesText: table.text };
}

export const convertCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      to: { type: 'string' },
      out: { type: 'string', short: 'o' },
      nodes: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const usage = (message: string): number => {
    io.err(`backchannel convert: ${message}\n\n${CONVERT_USAGE}`);
    return EXIT_USAGE;
  };
  if (!parsed.ok) return usage(parsed.message);
  const { values, positionals } = parsed.parsed;
  if (values.help) {
    io.out(CONVERT_USAGE);
    return EXIT_OK;
  }
  if (positionals.length !== 1)
    return usage(positionals.length === 0 ? 'no input file' : 'one input file only');
  const input = positionals[0] as string;
  const out = values.out;
  if (out === undefined || out === '') return usage('--out OUT is required');
  const to = (values.to ?? extname(out).slice(1)).toLowerCase();
  if (!isExportFormat(to)) {
    return usage(
      values.to === undefined
        ? `--to is required (the extension of '${out}' is not a format)`
        : `unknown format '${values.to}': expected json, gexf, graphml or csv`,
    );
  }
  const inPath = resolve(io.cwd, input);
  const outPath = resolve(io.cwd, out);
  const nodesOut = to === 'csv' ? nodesPathFor(outPath) : undefined;
  if (outPath === inPath || nodesOut === inPath)
    return usage(`writing '${out}' would overwrite the input`);
  if (values.nodes !== undefined && [outPath, nodesOut].includes(resolve(io.cwd, values.nodes))) {
    return usage(`writing '${out}' would overwrite the node table ${values.nodes}`);
  }

  const texts = await readInputs(input, values.nodes, io);
  if (typeof texts === 'number') return texts;
  const result = importDataset(
    texts.text,
    basename(input),
    texts.nodesText === undefined ? undefined : { nodesText: texts.nodesText },
  );
  if (!result.ok) {
    io.err(result.problems.map((p) => `${input}: ${p.path}: ${p.message}`).join('\n'));
    return EXIT_INVALID;
  }
  if (values.nodes !== undefined && result.format !== 'csv') {
    io.err(`backchannel convert: warning: --nodes is only used with a CSV edge table; ignored`);
  }
  for (const w of result.warnings) io.err(`${input}: warning: ${w}`);

  const files = exportDataset(result.dataset, to);
  const targets = to === 'csv' ? [outPath, nodesOut as string] : [outPath];
  try {
    for (const [i, target] of targets.entries()) {
      const file = files[i];
      if (file) await writeFile(target, file.text, 'utf8');
    }
  } catch (e) {
    io.err(`backchannel convert: cannot write ${out}: ${fileFailure(e)}`);
    return EXIT_USAGE;
  }
  const ds = result.dataset;
  const written = to === 'csv' ? `${out} and ${nodesPathFor(out)}` : out;
  io.out(
    `${input} (${result.format}) → ${written} (${to}): ${ds.actors.length} actors, ${ds.relations.length} relations`,
  );
  return EXIT_OK;
};
