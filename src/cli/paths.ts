/**
 * `backchannel paths FILE A B [--by DATE] [--json]`: the direct relations between two actors, the
 * shortest chains through intermediaries, and the time-respecting chains (see src/graph/paths.ts).
 * A and B are ids, names or aliases (case-insensitive); an unknown one is a usage error (exit 2).
 */
import { isPartialDate } from '../model/dates.ts';
import type { Actor, Dataset } from '../model/schema.ts';
import {
  findActor,
  paths,
  type Chain,
  type ChainList,
  type ChainStep,
  type PathsResult,
  type TimedChain,
} from '../graph/paths.ts';
import type { Command } from './io.ts';
import { cellText, EXIT_OK, EXIT_USAGE, loadDatasetFile, parseCommandArgs } from './io.ts';

export const PATHS_USAGE = `Usage: backchannel paths FILE A B [--by DATE] [--json]

The direct relations between actors A and B, the shortest chains of relations through
intermediaries, and the time-respecting chains (each step no earlier than the one before).
A and B are actor ids, names or aliases (case-insensitive). A chain step is one relation in
which both ends take part (members of a participating delegation take part too).

Options:
  --by DATE   time-respecting chains must fit on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --limit N   list at most N chains of each kind (default 20)
  --json      print the result as JSON
  -h, --help  show this help`;

/** A relation's dates as written: `2025-10`, `2025-10-09..2025-10-12`, `by 2025-10` (endDate alone). */
function whenText(date: string | undefined, endDate: string | undefined): string {
  if (date === undefined) return endDate === undefined ? 'undated' : `by ${endDate}`;
  return endDate ? `${date}..${endDate}` : date;
}

/** Names of actors and the labels of relations (those that have one), escaped to one line. */
interface Names {
  actors: Map<string, string>;
  relations: Map<string, string>;
}

/** `id "label"` when the relation has a label, else its id. */
function relationText(id: string, names: Names): string {
  const label = names.relations.get(id);
  return label === undefined ? id : `${id} "${label}"`;
}

function describeStep(s: ChainStep, names: Names): string {
  const when = whenText(s.date, s.endDate);
  const via = [...new Set([...s.fromVia, ...s.toVia])];
  return `${relationText(s.relation, names)} (${s.kind}, ${when}${via.length > 0 ? `, via ${via.join(', ')}` : ''})`;
}

function chainLine(c: Chain, names: Names): string {
  const parts = [names.actors.get(c.actors[0] ?? '') ?? c.actors[0] ?? ''];
  for (const s of c.steps)
    parts.push(`--[${describeStep(s, names)}]--> ${names.actors.get(s.to) ?? s.to}`);
  return parts.join(' ');
}

function chainBlock(title: string, list: ChainList<Chain | TimedChain>, names: Names): string[] {
  if (list.chains.length === 0) return [`${title}: none`];
  const n = list.chains.length;
  const out = [
    `${title}: ${list.length} step${list.length === 1 ? '' : 's'}, ${n}${list.truncated ? '+' : ''} chain${n === 1 ? '' : 's'}${list.truncated ? ' (more not listed; see --limit)' : ''}`,
  ];
  list.chains.forEach((c, i) => {
    let line = `  ${i + 1}. ${chainLine(c, names)}`;
    if ('arrival' in c)
      line += `\n     ${c.arrivalOpen ? `reaches by ${c.arrival} (start unknown: "by then" dates)` : `reaches on ${c.arrival}`}${c.orderCertain ? '' : ' (order not certain: overlapping dates)'}`;
    out.push(line);
  });
  return out;
}

/** The readable form of a paths result. */
export function pathsText(r: PathsResult, ds: Dataset): string {
  // Names from the dataset, escaped to one line (no terminal control reaches the output).
  const names: Names = {
    actors: new Map(ds.actors.map((a) => [a.id, cellText(a.name)])),
    relations: new Map(
      ds.relations.flatMap((r) => (r.label === undefined ? [] : [[r.id, cellText(r.label)]])),
    ),
  };
  const who = (id: string): string => `${names.actors.get(id) ?? id} (${id})`;
  const out = [`Paths between ${who(r.a)} and ${who(r.b)}${r.by ? `, steps by ${r.by}` : ''}`, ''];
  if (r.direct.length === 0) out.push('Direct relations: none');
  else {
    out.push(`Direct relations: ${r.direct.length}`);
    for (const d of r.direct) {
      const when = whenText(d.date, d.endDate);
      const via = [...new Set([...d.aVia, ...d.bVia])];
      out.push(
        `  ${relationText(d.relation, names)} (${d.kind}, ${when}${via.length > 0 ? `, via ${via.join(', ')}` : ''})`,
      );
    }
  }
  out.push('', ...chainBlock('Shortest chains through intermediaries', r.shortest, names));
  out.push('', ...chainBlock('Time-respecting chains (fewest steps)', r.timeRespecting, names));
  out.push(
    '',
    r.earliestArrivalOpen
      ? 'Earliest arrival through intermediaries: unknown (through "by then" relations, whose start is unknown)'
      : r.earliestArrival === undefined
        ? `Earliest arrival through intermediaries: none${r.by ? ` by ${r.by}` : ''}`
        : `Earliest arrival through intermediaries: ${r.earliestArrival}`,
  );
  if (r.earliestArrival !== undefined || r.earliestArrivalOpen)
    out.push(...chainBlock('  Earliest-arrival chains', r.earliestArrivalChains, names));
  if (r.undatedExcluded.length > 0) {
    out.push(
      '',
      `Undated relations left out of time-respecting chains (they cannot be ordered): ${r.undatedExcluded.length}`,
      `  ${r.undatedExcluded.join(', ')}`,
    );
  }
  return out.join('\n');
}

function resolveOrExplain(actors: readonly Actor[], query: string): Actor | string {
  const found = findActor(actors, query);
  if (found.ok) return found.actor;
  if (found.ambiguous.length > 0) {
    return `'${query}' names several actors: ${found.ambiguous.map((a) => `${a.id} (${a.name})`).join(', ')}; use an id`;
  }
  return found.suggestion
    ? `unknown actor '${query}' — did you mean '${found.suggestion.id}' (${found.suggestion.name})?`
    : `unknown actor '${query}'`;
}

export const pathsCommand: Command = async (args, io) => {
  const parsed = parseCommandArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      by: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const usage = (message: string): number => {
    io.err(`backchannel paths: ${message}\n${PATHS_USAGE}`);
    return EXIT_USAGE;
  };
  if (!parsed.ok) return usage(parsed.message);
  const { values, positionals } = parsed.parsed;
  if (values.help) {
    io.out(PATHS_USAGE);
    return EXIT_OK;
  }
  const [file, qa, qb, ...extra] = positionals;
  if (file === undefined || qa === undefined || qb === undefined)
    return usage('needs FILE, A and B');
  if (extra.length > 0) return usage(`unexpected argument '${extra[0] ?? ''}'`);
  const by = values.by;
  if (by !== undefined && !isPartialDate(by)) {
    return usage(`--by '${by}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    return usage(`--limit '${values.limit ?? ''}' must be a positive integer`);

  const loaded = await loadDatasetFile(file, io, 'paths');
  if (!loaded.ok) return loaded.exit;
  const ds = loaded.dataset;
  const a = resolveOrExplain(ds.actors, qa);
  const b = resolveOrExplain(ds.actors, qb);
  for (const x of [a, b]) if (typeof x === 'string') io.err(`backchannel paths: ${x}`);
  if (typeof a === 'string' || typeof b === 'string') return EXIT_USAGE;
  if (a.id === b.id) return usage(`A and B are the same actor (${a.id})`);
  const result = paths(ds, a.id, b.id, by === undefined ? { limit } : { by, limit });
  io.out(values.json ? JSON.stringify(result, null, 2) : pathsText(result, ds));
  return EXIT_OK;
};
