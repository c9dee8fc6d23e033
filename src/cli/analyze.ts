/**
 * `backchannel analyze FILE [--json]`: who met whom, mediator roles, betweenness and brokerage.
 * With --json, exactly the object of `analyzeDataset` (2-space JSON); otherwise readable tables.
 */
import type { Dataset } from '../model/schema.ts';
import { analyzeDetailed, toAnalyzeJson, type AnalyzeDetailed } from '../graph/analysis.ts';
import type { Command } from './io.ts';
import { cellText, EXIT_OK, EXIT_USAGE, loadDatasetFile, parseCommandArgs } from './io.ts';
import { renderTable } from './table.ts';

export const ANALYZE_USAGE = `Usage: backchannel analyze FILE [--json]

Who met whom (actors that shared a meeting, delegation members included), and who mediated:
explicit mediator roles, betweenness (raw, undirected, on the projected actor network) and
Gould-Fernandez brokerage roles with blocs as groups.

Options:
  --json      print one JSON object instead of tables
  -h, --help  show this help`;

function label(names: Map<string, string>, id: string): string {
  const name = names.get(id);
  return cellText(name === undefined || name === id ? id : `${name} (${id})`);
}

/** The readable form of an analysis. */
export function analysisTables(d: AnalyzeDetailed, ds: Dataset): string {
  const names = new Map(ds.actors.map((a) => [a.id, a.name]));
  const out: string[] = [
    `${cellText(ds.title)} (${cellText(d.dataset)}): ${d.actors} actors, ${d.relations} relations`,
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
  // The JSON holds no per-meeting evidence of who met whom: don't build it there.
  const detailed = analyzeDetailed(loaded.dataset, {
    brokerageTriples: false,
    metEvidence: values.json !== true,
  });
  io.out(
    values.json
      ? JSON.stringify(toAnalyzeJson(detailed), null, 2)
      : analysisTables(detailed, loaded.dataset),
  );
  return EXIT_OK;
};
