/**
 * `backchannel analyze FILE [--json]`: who met whom, mediator roles, betweenness and brokerage.
 * With --json, exactly the object of `analyzeDataset` (2-space JSON); otherwise readable tables.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Dataset } from '../../model/schema.ts';
import { parseDataset, sizeLimitProblem, type Problem } from '../../model/validate.ts';
import { analyzeDetailed, toAnalyzeJson, type AnalyzeDetailed } from '../../graph/analysis.ts';
import type { CliIo, Command } from '../io.ts';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../io.ts';
import { renderTable } from '../table.ts';

export const ANALYZE_USAGE = `Usage: backchannel analyze FILE [--json]

Who met whom (actors that shared a meeting, delegation members included), and who mediated:
explicit mediator roles, betweenness (raw, undirected, on the projected actor network) and
Gould-Fernandez brokerage roles with blocs as groups.

Options:
  --json      print one JSON object instead of tables
  -h, --help  show this help`;

const READ_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
};

/**
 * Reads and validates a dataset file for a command, as `validate` does: a directory or a read error is
 * "cannot read" (exit 2); a file over the size limit (refused before it is read), text that is not UTF-8
 * or an invalid dataset gives `FILE: PATH: MESSAGE` lines (exit 1). Messages go to `io.err`.
 */
export async function loadDatasetFile(
  file: string,
  io: CliIo,
  command: string,
): Promise<{ ok: true; dataset: Dataset } | { ok: false; exit: number }> {
  const invalid = (problems: Problem[]): { ok: false; exit: number } => {
    io.err(problems.map((p) => `${file}: ${p.path}: ${p.message}`).join('\n'));
    return { ok: false, exit: EXIT_INVALID };
  };
  let bytes: Uint8Array;
  try {
    const path = resolve(io.cwd, file);
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    const tooLarge = sizeLimitProblem(info.size);
    if (tooLarge) return invalid([tooLarge]);
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    const reason =
      typeof code === 'string'
        ? (READ_REASONS[code] ?? code)
        : e instanceof Error
          ? e.message
          : String(e);
    io.err(`backchannel ${command}: cannot read ${file}: ${reason}`);
    return { ok: false, exit: EXIT_USAGE };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return invalid([{ path: '(root)', message: 'is not UTF-8 text (save the file as UTF-8)' }]);
  }
  const parsed = parseDataset(text);
  return parsed.ok ? { ok: true, dataset: parsed.dataset } : invalid(parsed.problems);
}

/** Usage errors from `parseArgs` (unknown option, missing value) as one line, or undefined. */
export function parseCommandArgs<T extends ParseArgsConfig>(
  config: T,
): { ok: true; parsed: ReturnType<typeof parseArgs<T>> } | { ok: false; message: string } {
  try {
    return { ok: true, parsed: parseArgs(config) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

function label(names: Map<string, string>, id: string): string {
  const name = names.get(id);
  return name === undefined || name === id ? id : `${name} (${id})`;
}

/** The readable form of an analysis. */
export function analysisTables(d: AnalyzeDetailed, ds: Dataset): string {
  const names = new Map(ds.actors.map((a) => [a.id, a.name]));
  const out: string[] = [
    `${ds.title} (${d.dataset}): ${d.actors} actors, ${d.relations} relations`,
    '',
    `Who met whom: ${d.met.length} pair${d.met.length === 1 ? '' : 's'}`,
  ];
  if (d.met.length > 0) {
    const rows = d.met.map((p) => [
      label(names, p.a),
      label(names, p.b),
      p.evidence
        .map((e) => {
          const via = [...e.aVia, ...e.bVia];
          return via.length > 0
            ? `${e.relation} (via ${[...new Set(via)].join(', ')})`
            : e.relation;
        })
        .join(', '),
    ]);
    out.push(renderTable(['Actor', 'Actor', 'Meetings'], rows));
  }
  out.push('', `Mediators: ${d.mediators.length} actor${d.mediators.length === 1 ? '' : 's'}`);
  if (d.mediators.length > 0) {
    const rows = d.mediators.map((m) => [
      label(names, m.actor),
      m.mediatorRoles,
      m.betweenness,
      m.brokerage.coordinator,
      m.brokerage.itinerant,
      m.brokerage.gatekeeper,
      m.brokerage.representative,
      m.brokerage.liaison,
    ]);
    out.push(
      renderTable(
        [
          'Actor',
          'Mediator roles',
          'Betweenness',
          'Coordinator',
          'Itinerant',
          'Gatekeeper',
          'Representative',
          'Liaison',
        ],
        rows,
      ),
    );
  }
  out.push(
    '',
    'Mediator roles: relations in which the actor has the mediator role.',
    'Betweenness: raw, undirected, on the projected actor network (each pair of actors counted once).',
    'Brokerage: open two-paths a -> actor -> c on the directed projection, by the blocs of a, actor, c.',
  );
  return out.join('\n');
}

export const analyzeCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (!parsed.ok) {
    io.err(`backchannel analyze: ${parsed.message}\n${ANALYZE_USAGE}`);
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed.parsed;
  if (values.help) {
    io.out(ANALYZE_USAGE);
    return EXIT_OK;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    io.err(
      `backchannel analyze: ${file === undefined ? 'missing FILE' : `unexpected argument '${extra[0] ?? ''}'`}\n${ANALYZE_USAGE}`,
    );
    return EXIT_USAGE;
  }
  const loaded = await loadDatasetFile(file, io, 'analyze');
  if (!loaded.ok) return loaded.exit;
  const detailed = analyzeDetailed(loaded.dataset, { brokerageTriples: false });
  io.out(
    values.json
      ? JSON.stringify(toAnalyzeJson(detailed), null, 2)
      : analysisTables(detailed, loaded.dataset),
  );
  return EXIT_OK;
};
