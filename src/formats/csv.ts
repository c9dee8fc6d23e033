/**
 * CSV: Gephi tables (`Id,Label,…` nodes; `Source,Target,Type,…` edges, Type Directed/Undirected) and
 * Kumu tables (`Label,Type,…` elements; `From,To,Type,…` connections), header names case-insensitive.
 * An edge table alone is enough (its ends become the nodes). Export: an edge table and a node table
 * in Gephi's form, with Backchannel's fields as extra columns (see README.md).
 */
import Papa from 'papaparse';
import type { Dataset } from '../model/schema.ts';
import { RELATION_KIND_LABELS } from '../model/vocabulary.ts';
import {
  ACTOR_FIELDS,
  RELATION_FIELDS,
  decodeActorKind,
  encodeActor,
  encodeRelation,
  sourceIndex,
} from './codec.ts';
import {
  buildDataset,
  type AttributeValue,
  type RawEdge,
  type RawGraph,
  type RawNode,
} from './build.ts';
import { edgesOfRelation } from './gexf.ts';
import type { ExportFile, ImportResult, Problem } from './types.ts';
import { finite, type RawViz } from './viz.ts';
import { countProblem, MIN_ACTOR_BYTES } from './import-limits.ts';
import { MAX_DATASET_BYTES } from '../model/limits.ts';

interface Table {
  headers: string[];
  /** Lower-cased, trimmed, without spaces, hyphens and underscores. */
  keys: string[];
  rows: string[][];
  /**
   * Written by Backchannel (it has an `Extensions` column): text cells are read exactly as written,
   * not trimmed, so that names and texts with outer spaces make the round trip.
   */
  exact: boolean;
}

function norm(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/**
 * The spreadsheet-formula guard (OWASP CSV injection): the exporter writes a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return with a leading `'`, and also a cell that already
 * starts with `'`, so that the guard can be undone exactly: the importer removes one leading `'`
 * when it is followed by one of these characters or by another `'`. A name `'=not a formula` is
 * written `''=not a formula` and read back as it was.
 */
export const FORMULA_GUARD = /^[=+\-@\t\r']/;

/** Undoes the exporter's guard (`'=…` → `=…`, `''…` → `'…`). */
export function unguard(cell: string): string {
  return /^'[=+\-@\t\r']/.test(cell) ? cell.slice(1) : cell;
}

function readTable(
  text: string,
  what: string,
): { ok: true; table: Table; warnings: string[] } | { ok: false; problems: Problem[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { header: false, skipEmptyLines: 'greedy' });
  const fatal = parsed.errors.filter(
    (e) => e.code === 'MissingQuotes' || e.code === 'InvalidQuotes',
  );
  if (fatal.length > 0) {
    return {
      ok: false,
      problems: fatal.slice(0, 10).map((e) => ({
        path: `${what}, row ${(e.row ?? 0) + 1}`,
        message: `malformed CSV: ${e.message}`,
      })),
    };
  }
  const [headerRow, ...rows] = parsed.data;
  if (!headerRow || headerRow.every((h) => h.trim() === '')) {
    return { ok: false, problems: [{ path: what, message: 'the CSV has no header row' }] };
  }
  const warnings: string[] = [];
  const ragged = rows.filter((r) => r.length !== headerRow.length).length;
  if (ragged > 0)
    warnings.push(
      `${what}: ${ragged} row(s) do not have ${headerRow.length} cells like the header`,
    );
  return {
    ok: true,
    table: {
      headers: headerRow.map((h) => h.trim()),
      keys: headerRow.map(norm),
      rows: rows.map((r) => r.map(unguard)),
      exact: headerRow.some((h) => norm(h) === 'extensions'),
    },
    warnings,
  };
}

function column(t: Table, ...names: string[]): number {
  for (const n of names) {
    const i = t.keys.indexOf(n);
    if (i !== -1) return i;
  }
  return -1;
}

function cell(row: string[], i: number): string | undefined {
  if (i < 0) return undefined;
  const v = row[i]?.trim();
  return v === undefined || v === '' ? undefined : v;
}

/** A text cell: as written in a table written by Backchannel, else trimmed (see `Table.exact`). */
function textCell(t: Table, row: string[], i: number): string | undefined {
  if (!t.exact) return cell(row, i);
  const v = i < 0 ? undefined : row[i];
  return v === undefined || v === '' ? undefined : v;
}

/** A position from numeric X and Y cells (screen coordinates, as Backchannel writes them). */
function positionCell(row: string[], xCol: number, yCol: number): RawViz | undefined {
  const x = finite(cell(row, xCol));
  const y = finite(cell(row, yCol));
  return x !== undefined && y !== undefined ? { position: { x, y } } : undefined;
}

const DIRECTIONS: Record<string, boolean> = { directed: true, undirected: false, mutual: false };

function found(t: Table): string {
  return t.headers.map((h) => `'${h}'`).join(', ') || '(none)';
}

function readNodes(
  t: Table,
  what: string,
): { ok: true; nodes: RawNode[] } | { ok: false; problems: Problem[] } {
  const idCol = column(t, 'id');
  const labelCol = column(t, 'label', 'name');
  if (idCol === -1 && labelCol === -1) {
    return {
      ok: false,
      problems: [
        {
          path: what,
          message: `the node table needs an 'Id' column (Gephi) or a 'Label' column (Kumu); found ${found(t)}`,
        },
      ],
    };
  }
  const parentCol = column(t, 'memberof', 'parent', 'pid');
  const kindCol = column(t, 'kind');
  const typeCol = column(t, 'type');
  const fieldCols = new Map<string, number>();
  for (const f of ACTOR_FIELDS) if (f !== 'kind') fieldCols.set(f, column(t, f.toLowerCase()));
  const [xCol, yCol] = [column(t, 'x'), column(t, 'y')];
  const used = new Set([idCol, labelCol, parentCol, xCol, yCol, ...fieldCols.values()]);
  const nodes: RawNode[] = [];
  for (const row of t.rows) {
    const id = cell(row, idCol) ?? cell(row, labelCol);
    if (id === undefined) continue;
    const attributes: Record<string, AttributeValue> = {};
    // A Kind that is an actor kind is the kind; any other Kind or Type value is kept as an attribute.
    const kindCell = cell(row, kindCol);
    const kindIsKind = decodeActorKind(kindCell) !== undefined;
    t.headers.forEach((h, i) => {
      const v = cell(row, i);
      if (!used.has(i) && v !== undefined && !(i === kindCol && kindIsKind)) attributes[h] = v;
    });
    const fields: Record<string, string> = {};
    for (const [f, i] of fieldCols) {
      const v = textCell(t, row, i);
      if (v !== undefined) fields[f] = v;
    }
    const kind = kindIsKind ? kindCell : cell(row, typeCol);
    if (kind !== undefined) fields.kind = kind;
    const node: RawNode = { id, attributes, fields };
    const label = textCell(t, row, labelCol);
    if (label !== undefined) node.label = label;
    const viz = positionCell(row, xCol, yCol);
    if (viz) node.viz = viz;
    const parent = cell(row, parentCol);
    if (parent !== undefined) node.parent = parent;
    nodes.push(node);
  }
  return { ok: true, nodes };
}

function readEdges(t: Table): RawEdge[] {
  const src = column(t, 'source', 'from');
  const tgt = column(t, 'target', 'to');
  const typeCol = column(t, 'type');
  const dirCol = column(t, 'direction', 'directed');
  const idCol = column(t, 'id');
  const labelCol = column(t, 'label');
  const weightCol = column(t, 'weight');
  const startCol = column(t, 'start');
  const endCol = column(t, 'end');
  const fieldCols = new Map<string, number>();
  for (const f of RELATION_FIELDS) fieldCols.set(f, column(t, f.toLowerCase()));
  const used = new Set([
    src,
    tgt,
    dirCol,
    idCol,
    labelCol,
    weightCol,
    startCol,
    endCol,
    ...fieldCols.values(),
  ]);
  const edges: RawEdge[] = [];
  for (const row of t.rows) {
    const source = cell(row, src);
    const target = cell(row, tgt);
    if (source === undefined || target === undefined) continue;
    const attributes: Record<string, AttributeValue> = {};
    let directed = true;
    const dir = cell(row, dirCol)?.toLowerCase();
    if (dir !== undefined && dir in DIRECTIONS) directed = DIRECTIONS[dir] ?? true;
    else if (dir === 'true' || dir === 'false') directed = dir === 'true';
    // A Type that is a direction (Gephi) is the direction; any other Type (Kumu) is kept.
    const type = cell(row, typeCol)?.toLowerCase();
    const typeIsDirection = type !== undefined && type in DIRECTIONS;
    if (typeIsDirection) directed = DIRECTIONS[type] ?? true;
    t.headers.forEach((h, i) => {
      const v = cell(row, i);
      if (!used.has(i) && v !== undefined && !(i === typeCol && typeIsDirection)) attributes[h] = v;
    });
    const fields: Record<string, string> = {};
    for (const [f, i] of fieldCols) {
      const v = textCell(t, row, i);
      if (v !== undefined) fields[f] = v;
    }
    const edge: RawEdge = { source, target, directed, attributes, fields };
    const isBc = fields.relation !== undefined && fields.participants !== undefined;
    const id = cell(row, idCol);
    if (id !== undefined) edge.id = id;
    const label = textCell(t, row, labelCol);
    if (label !== undefined) edge.label = label;
    const weight = cell(row, weightCol);
    if (weight !== undefined) edge.weight = weight;
    const start = cell(row, startCol) ?? (isBc ? undefined : fields.date);
    const end = cell(row, endCol) ?? (isBc ? undefined : fields.endDate);
    if (start !== undefined) edge.start = start;
    if (end !== undefined) edge.end = end;
    if (!isBc && fields.summary !== undefined && edge.label === undefined)
      edge.label = fields.summary;
    edges.push(edge);
  }
  return edges;
}

/** The delimiter papaparse would pick, and the indices of the Source/From and Target/To columns. */
function tableHead(body: string): { delimiter: string; ends?: [number, number] } {
  const head = Papa.parse<string[]>(body, { preview: 1, skipEmptyLines: 'greedy' });
  const keys = (head.data[0] ?? []).map(norm);
  const find = (...names: string[]): number =>
    names.map((n) => keys.indexOf(n)).find((i) => i !== -1) ?? -1;
  const [src, tgt] = [find('source', 'from'), find('target', 'to')];
  const out: { delimiter: string; ends?: [number, number] } = { delimiter: head.meta.delimiter };
  if (src !== -1 && tgt !== -1) out.ends = [src, tgt];
  return out;
}

/**
 * Rows of a table (edge rows only when their two ends differ), counted up to `stopAt` without
 * keeping them, and whether it is an edge table. A table without quotes is counted line by line; one
 * with quotes through papaparse, row by row.
 */
function countRows(text: string, stopAt: number): { rows: number; edgeTable: boolean } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { delimiter, ends } = tableHead(body);
  const counts = (row: readonly string[]): boolean =>
    ends === undefined || row[ends[0]]?.trim() !== row[ends[1]]?.trim();
  let rows = -1; // the header
  if (!body.includes('"')) {
    // Line by line, slicing only the two end cells (a million-row table makes little garbage).
    const cellAt = (from: number, to: number, k: number): string => {
      let start = from;
      for (let i = 0; i < k; i++) {
        const d = body.indexOf(delimiter, start);
        if (d === -1 || d >= to) return '';
        start = d + delimiter.length;
      }
      const d = body.indexOf(delimiter, start);
      return body.slice(start, d === -1 || d > to ? to : d).trim();
    };
    for (let at = 0; at < body.length && rows < stopAt;) {
      let end = body.indexOf('\n', at);
      if (end === -1) end = body.length;
      const [from, to] = [at, end];
      at = end + 1;
      if (!/\S/.test(body.slice(from, Math.min(to, from + 64)))) continue;
      if (rows === -1 || ends === undefined) rows++;
      else if (cellAt(from, to, ends[0]) !== cellAt(from, to, ends[1])) rows++;
    }
  } else {
    Papa.parse<string[]>(body, {
      skipEmptyLines: 'greedy',
      step: (r, parser) => {
        if (rows === -1 || counts(r.data)) rows++;
        if (rows >= stopAt) parser.abort();
      },
    });
  }
  return { rows: Math.max(rows, 0), edgeTable: ends !== undefined };
}

/**
 * Too many rows for a dataset within the limit (see import-limits.ts): refused before the tables are
 * read. Counting stops where the limit is passed, so a refused count is "at least".
 */
export function csvCountProblem(text: string, nodesText: string | undefined): Problem | undefined {
  const stopAt = Math.floor(MAX_DATASET_BYTES / MIN_ACTOR_BYTES) + 1;
  const main = countRows(text, stopAt);
  const nodes = main.edgeTable && nodesText !== undefined ? countRows(nodesText, stopAt).rows : 0;
  const n = (x: number): string => `${x >= stopAt ? 'over ' : ''}${x.toLocaleString('en-US')}`;
  if (!main.edgeTable) return countProblem('node table', main.rows, 0, `${n(main.rows)} node rows`);
  const what = `${n(main.rows)} edge rows${nodes > 0 ? ` and ${n(nodes)} node rows` : ''}`;
  return countProblem('edge table', nodes, main.rows, what);
}

/**
 * Imports an edge table (with `options.nodesText`, its node table too). A node table given alone
 * (no Source/From column) gives actors without relations.
 */
export function importCsv(text: string, fileName?: string, nodesText?: string): ImportResult {
  const refuse = (problems: Problem[]): ImportResult => ({ ok: false, format: 'csv', problems });
  const tooMany = csvCountProblem(text, nodesText);
  if (tooMany) return refuse([tooMany]);
  const main = readTable(text, 'edge table');
  if (!main.ok) return refuse(main.problems);
  const warnings = [...main.warnings];
  const t = main.table;
  const hasEnds = column(t, 'source', 'from') !== -1 && column(t, 'target', 'to') !== -1;
  let nodes: RawNode[] = [];
  let edges: RawEdge[] = [];
  if (hasEnds) {
    edges = readEdges(t);
    if (nodesText !== undefined) {
      const nt = readTable(nodesText, 'node table');
      if (!nt.ok) return refuse(nt.problems);
      warnings.push(...nt.warnings);
      const n = readNodes(nt.table, 'node table');
      if (!n.ok) return refuse(n.problems);
      nodes = n.nodes;
    }
  } else if (
    nodesText === undefined &&
    (column(t, 'id') !== -1 || column(t, 'label') !== -1) &&
    column(t, 'source', 'from', 'target', 'to') === -1
  ) {
    const n = readNodes(t, 'node table');
    if (!n.ok) return refuse(n.problems);
    nodes = n.nodes;
    warnings.push('this is a node table without an edge table: the actors have no relations');
  } else {
    return refuse([
      {
        path: 'edge table, header',
        message: `the edge table needs the columns 'Source' and 'Target' (Gephi) or 'From' and 'To' (Kumu); found ${found(t)}`,
      },
    ]);
  }
  const raw: RawGraph = {
    format: 'csv',
    header: {},
    nodes,
    edges,
    warnImpliedNodes: false,
    warnings,
  };
  return buildDataset(raw, fileName);
}

// ---- export ----

const NODE_COLUMNS = [
  'Id',
  'Label',
  'Kind',
  'MemberOf',
  'Title',
  'Aliases',
  'Description',
  'Sources',
  'Extensions',
  'X',
  'Y',
];
const EDGE_COLUMNS = [
  'Source',
  'Target',
  'Type',
  'Id',
  'Label',
  'Kind',
  'Relation',
  'Participants',
  'RelationLabel',
  'ParticipantDetails',
  'Date',
  'EndDate',
  'Place',
  'Summary',
  'Certainty',
  'Quotes',
  'Sources',
  'Extensions',
];

function capitalise(field: string): string {
  return field.charAt(0).toUpperCase() + field.slice(1);
}

function toCsv(columns: string[], rows: Record<string, string | undefined>[]): string {
  return `${Papa.unparse(
    { fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? '')) },
    { escapeFormulae: FORMULA_GUARD, newline: '\n' },
  )}\n`;
}

/** The edge table (first) and the node table of a dataset. */
export function exportCsv(ds: Dataset, baseName = ds.id): ExportFile[] {
  const sources = sourceIndex(ds);
  const positions = ds.positions?.actors;
  const nodeRows = ds.actors.map((a) => {
    const p = positions?.[a.id];
    const row: Record<string, string | undefined> = {
      Id: a.id,
      Label: a.name,
      MemberOf: a.memberOf,
      X: p === undefined ? undefined : String(p.x),
      Y: p === undefined ? undefined : String(p.y),
    };
    for (const [k, v] of Object.entries(encodeActor(a, sources))) row[capitalise(k)] = v;
    return row;
  });
  const edgeRows = ds.relations.flatMap((r) => {
    const fields: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(encodeRelation(r, sources))) fields[capitalise(k)] = v;
    return edgesOfRelation(r).map((e) => ({
      ...fields,
      Source: e.source,
      Target: e.target,
      Type: e.directed ? 'Directed' : 'Undirected',
      Id: e.id,
      Label: r.label ?? RELATION_KIND_LABELS[r.kind],
    }));
  });
  return [
    { fileName: `${baseName}.csv`, mimeType: 'text/csv', text: toCsv(EDGE_COLUMNS, edgeRows) },
    {
      fileName: `${baseName}.nodes.csv`,
      mimeType: 'text/csv',
      text: toCsv(NODE_COLUMNS, nodeRows),
    },
  ];
}
