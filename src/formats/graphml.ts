/**
 * GraphML: import (keys declared `for` node, edge, graph or all, with defaults; `edgedefault` and
 * per-edge `directed`; nested graphs as hierarchy; yEd node labels) and export with Backchannel's fields
 * as `bc_…` keys and the dataset's own fields (id, title, description, asOf, sources) as graph data.
 */
import type { Actor, Dataset, Point, Source } from '../model/schema.ts';
import { RELATION_KIND_LABELS } from '../model/vocabulary.ts';
import {
  ACTOR_FIELDS,
  RELATION_FIELDS,
  decodeExtensions,
  encodeActor,
  encodeRelation,
  sourceIndex,
  xmlFieldName,
} from './codec.ts';
import {
  buildDataset,
  type AttributeValue,
  type RawEdge,
  type RawGraph,
  type RawNode,
} from './build.ts';
import { edgesOfRelation } from './gexf.ts';
import {
  attr,
  childrenNamed,
  edgeEnds,
  firstChild,
  parseXml,
  xmlAttrs,
  type XmlElement,
} from './xml.ts';
import { elementText } from './xml-text.ts';
import type { ExportFile, ImportResult, Problem } from './types.ts';
import { datasetRecordOf, decodeDatasetRecord } from './dataset-record.ts';
import { finite, flipY, parseHexColor, rgba, vizOf, type RawViz, type VizOut } from './viz.ts';

interface KeyDecl {
  name: string;
  for: string;
  default?: string;
  /** yEd's `yfiles.type` (nodegraphics, edgegraphics…). */
  yfiles?: string;
}

const LABEL_KEY = /^(label|name)$/i;

/** Every element under `el` (depth first, `el` excluded). */
function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const stack = [...el.children].reverse();
  while (stack.length > 0) {
    const c = stack.pop() as XmlElement;
    out.push(c);
    for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i] as XmlElement);
  }
  return out;
}

/** yEd graphics (`y:ShapeNode`, `y:GenericNode`, `y:PolyLineEdge`…): label and viz. */
interface Graphics {
  label?: string;
  viz?: RawViz;
}

function yedGraphics(d: XmlElement): Graphics {
  const out: Graphics = {};
  const viz: RawViz = {};
  for (const c of descendants(d)) {
    if ((c.name === 'NodeLabel' || c.name === 'EdgeLabel') && c.text !== '') out.label ??= c.text;
    else if (c.name === 'Geometry') {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => finite(attr(c, k)));
      if (x !== undefined && y !== undefined && w !== undefined && h !== undefined) {
        viz.position = { x: x + w / 2, y: y + h / 2 };
        viz.width = w;
        viz.height = h;
      }
    } else if (c.name === 'Fill' || c.name === 'LineStyle') {
      const color = attr(c, 'transparent') === 'true' ? undefined : parseHexColor(attr(c, 'color'));
      if (color) viz.color ??= color;
      const width = c.name === 'LineStyle' ? finite(attr(c, 'width')) : undefined;
      if (width !== undefined) viz.thickness = width;
    } else if (c.name === 'Shape') {
      const type = attr(c, 'type');
      if (type !== undefined) viz.shape = type;
    }
  }
  if (Object.keys(viz).length > 0) out.viz = viz;
  return out;
}

interface DataRead {
  attributes: Record<string, AttributeValue>;
  fields: Record<string, string>;
  label?: string;
  viz?: RawViz;
}

function readData(
  el: XmlElement,
  keys: Map<string, KeyDecl>,
  domain: 'node' | 'edge' | 'graph',
): DataRead {
  const out: DataRead = { attributes: {}, fields: {} };
  const given = new Set<string>();
  const inDomain = (decl: KeyDecl): boolean => decl.for === domain || decl.for === 'all';
  const put = (name: string, value: string): void => {
    if (name.startsWith('bc_')) out.fields[name.slice(3)] = value;
    else if (out.label === undefined && LABEL_KEY.test(name)) out.label = value;
    else out.attributes[name] = value;
  };
  for (const d of childrenNamed(el, 'data')) {
    const key = attr(d, 'key');
    if (key === undefined) continue;
    given.add(key);
    const decl = keys.get(key);
    if (d.children.length > 0 && (decl === undefined || decl.name === '' || decl.yfiles)) {
      // Graphics of yEd (or another tool's markup): its label and drawing, not an attribute.
      const g = yedGraphics(d);
      if (g.label !== undefined) out.label ??= g.label;
      if (g.viz) out.viz = { ...out.viz, ...g.viz };
      continue;
    }
    if (decl === undefined || !inDomain(decl)) {
      if (d.text !== '') out.attributes[key] = d.text;
      continue;
    }
    put(decl.name || key, d.text);
  }
  for (const [id, decl] of keys) {
    if (decl.default === undefined || given.has(id) || !inDomain(decl)) continue;
    put(decl.name || id, decl.default);
  }
  return out;
}

/**
 * Gephi's GraphML graphics keys (`r`, `g`, `b`, `x`, `y`, `size`; `weight` on edges) taken out of
 * the attributes into viz (y grows upwards in Gephi: turned to screen coordinates).
 */
function gephiViz(attributes: Record<string, AttributeValue>, isNode: boolean): RawViz | undefined {
  const found = new Map<string, { key: string; n: number }>();
  for (const [key, v] of Object.entries(attributes)) {
    const name = key.toLowerCase();
    const n = typeof v === 'string' ? finite(v) : undefined;
    if (n !== undefined && ['r', 'g', 'b', 'x', 'y', 'size'].includes(name))
      found.set(name, { key, n });
  }
  const take = (...names: string[]): number[] | undefined => {
    const list = names.map((n) => found.get(n));
    if (list.some((f) => f === undefined)) return undefined;
    for (const f of list) if (f) Reflect.deleteProperty(attributes, f.key);
    return list.map((f) => f?.n ?? 0);
  };
  const viz: RawViz = {};
  const [r, g, b] = [found.get('r')?.n, found.get('g')?.n, found.get('b')?.n];
  const color = rgba(r, g, b);
  if (color && take('r', 'g', 'b')) viz.color = color;
  if (isNode) {
    const xy = take('x', 'y');
    if (xy) viz.position = { x: xy[0] ?? 0, y: flipY(xy[1] ?? 0) };
    const size = take('size');
    if (size) viz.size = size[0] ?? 0;
  }
  return Object.keys(viz).length > 0 ? viz : undefined;
}

function withViz(a: RawViz | undefined, b: RawViz | undefined): RawViz | undefined {
  return a || b ? { ...a, ...b } : undefined;
}

interface GraphmlReading {
  keys: Map<string, KeyDecl>;
  warnings: string[];
  nodes: RawNode[];
  edges: RawEdge[];
  hyperedges: number;
}

function readNode(
  c: XmlElement,
  id: string,
  parent: string | undefined,
  reading: GraphmlReading,
): RawNode {
  const { attributes, fields, label, viz } = readData(c, reading.keys, 'node');
  const node: RawNode = { id, attributes, fields };
  if (label !== undefined) node.label = label;
  if (parent !== undefined) node.parent = parent;
  const v = withViz(viz, gephiViz(attributes, true));
  if (v) node.viz = v;
  return node;
}

function readEdge(
  c: XmlElement,
  directedByDefault: boolean,
  reading: GraphmlReading,
): RawEdge | undefined {
  const ends = edgeEnds(c, reading.warnings);
  if (!ends) return undefined;
  const { source, target } = ends;
  const { attributes, fields, label, viz } = readData(c, reading.keys, 'edge');
  const d = attr(c, 'directed');
  const directed = d === undefined ? directedByDefault : d === 'true';
  const edge: RawEdge = { source, target, directed, attributes, fields };
  const id = attr(c, 'id');
  if (id !== undefined) edge.id = id;
  if (label !== undefined) edge.label = label;
  const weight = attributes.weight;
  if (typeof weight === 'string') {
    edge.weight = weight;
    delete attributes.weight;
  }
  const v = withViz(viz, gephiViz(attributes, false));
  if (v) edge.viz = v;
  return edge;
}

function walkGraph(graph: XmlElement, parent: string | undefined, reading: GraphmlReading): void {
  const directedByDefault = (attr(graph, 'edgedefault') ?? 'directed') === 'directed';
  for (const c of graph.children) {
    if (c.name === 'node') {
      const id = attr(c, 'id');
      if (id === undefined) {
        reading.warnings.push('a <node> without an id was skipped');
        continue;
      }
      reading.nodes.push(readNode(c, id, parent, reading));
      for (const inner of childrenNamed(c, 'graph')) walkGraph(inner, id, reading);
    } else if (c.name === 'edge') {
      const edge = readEdge(c, directedByDefault, reading);
      if (edge) reading.edges.push(edge);
      for (const inner of childrenNamed(c, 'graph')) walkGraph(inner, parent, reading);
    } else if (c.name === 'hyperedge') {
      reading.hyperedges++;
    }
  }
}

function readKeys(root: XmlElement): Map<string, KeyDecl> {
  const keys = new Map<string, KeyDecl>();
  for (const k of childrenNamed(root, 'key')) {
    const id = attr(k, 'id');
    if (id === undefined) continue;
    const decl: KeyDecl = { name: attr(k, 'attr.name') ?? '', for: attr(k, 'for') ?? 'all' };
    const def = firstChild(k, 'default');
    if (def) decl.default = def.text;
    const yfiles = attr(k, 'yfiles.type');
    if (yfiles !== undefined) decl.yfiles = yfiles;
    keys.set(id, decl);
  }
  return keys;
}

function readHeader(
  root: XmlElement,
  top: XmlElement,
  reading: GraphmlReading,
): RawGraph['header'] {
  const graphData = readData(top, reading.keys, 'graph');
  const f = graphData.fields;
  const header: RawGraph['header'] = {};
  const title =
    f.title ??
    graphData.label ??
    (typeof graphData.attributes.title === 'string' ? graphData.attributes.title : undefined);
  if (title) header.title = title;
  const desc = f.description ?? firstChild(top, 'desc')?.text ?? firstChild(root, 'desc')?.text;
  if (desc) header.description = desc;
  if (f.id) header.id = f.id;
  if (f.asOf) header.asOf = f.asOf;
  const warn = (m: string): void => {
    reading.warnings.push(m);
  };
  if (f.sources) {
    const record = decodeDatasetRecord(`{"sources":${f.sources}}`, warn);
    if (record.sources) header.sources = record.sources;
    else warn("the graph's bc_sources is not a JSON list; ignored");
  }
  if (f.positions) {
    const record = decodeDatasetRecord(`{"positions":${f.positions}}`, warn);
    if (record.positions) header.positions = record.positions;
  }
  if (f.extensions) {
    const ext = decodeExtensions(f.extensions, warn, 'the graph');
    if (Object.keys(ext).length > 0) header.extensions = ext;
  }
  return header;
}

export function importGraphml(text: string, fileName?: string): ImportResult {
  const xml = parseXml(text);
  if (!xml.ok) return { ok: false, format: 'graphml', problems: xml.problems };
  const root = xml.root;
  const refuse = (path: string, message: string): ImportResult => ({
    ok: false,
    format: 'graphml',
    problems: [{ path, message } satisfies Problem],
  });
  if (root.name !== 'graphml') {
    return refuse(
      `<${root.qname}>`,
      `not a GraphML file: the root element is <${root.qname}>, not <graphml>`,
    );
  }
  const top = firstChild(root, 'graph');
  if (!top) return refuse('<graphml>', 'the GraphML file has no <graph> element');
  const reading: GraphmlReading = {
    keys: readKeys(root),
    warnings: [],
    nodes: [],
    edges: [],
    hyperedges: 0,
  };
  walkGraph(top, undefined, reading);
  const { warnings, nodes, edges } = reading;
  if (reading.hyperedges > 0)
    warnings.push(`${reading.hyperedges} <hyperedge> element(s) are not read`);
  if (childrenNamed(root, 'graph').length > 1)
    warnings.push('only the first <graph> of the file is read');
  const header = readHeader(root, top, reading);
  const raw: RawGraph = {
    format: 'graphml',
    header,
    nodes,
    edges,
    warnImpliedNodes: true,
    warnings,
  };
  return buildDataset(raw, fileName);
}

// ---- export ----

const GRAPH_FIELDS = [
  'id',
  'title',
  'description',
  'asOf',
  'sources',
  'positions',
  'extensions',
] as const;

/** Gephi's graphics keys: id suffix, domain, attr.name, attr.type. */
const GEPHI_KEYS = [
  ['r', 'node', 'r', 'int'],
  ['g', 'node', 'g', 'int'],
  ['b', 'node', 'b', 'int'],
  ['x', 'node', 'x', 'float'],
  ['y', 'node', 'y', 'float'],
  ['size', 'node', 'size', 'float'],
  ['weight', 'edge', 'weight', 'double'],
  ['r', 'edge', 'r', 'int'],
  ['g', 'edge', 'g', 'int'],
  ['b', 'edge', 'b', 'int'],
] as const;

function data(prefix: string, values: Partial<Record<string, string>>): string {
  return Object.entries(values)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `<data key="${prefix}_${k}">${elementText(v)}</data>`)
    .join('');
}

/** Gephi's graphics data of a node or an edge (y upwards, as Gephi has it). */
function gephiData(prefix: string, v: VizOut, position: Point | undefined): string {
  const values: Record<string, string | undefined> = {};
  if (v.color) {
    values.r = String(v.color.r);
    values.g = String(v.color.g);
    values.b = String(v.color.b);
  }
  if (position) {
    values.x = String(position.x);
    values.y = String(flipY(position.y));
  }
  if (v.size !== undefined && prefix === 'n') values.size = String(v.size);
  if (v.weight !== undefined && prefix === 'e') values.weight = String(v.weight);
  return data(prefix, values);
}

function keyDecls(): string {
  const key = (prefix: string, domain: string, field: string, name = xmlFieldName(field)): string =>
    `  <key${xmlAttrs({ id: `${prefix}_${field}`, for: domain, 'attr.name': name, 'attr.type': 'string' })}/>\n`;
  const gephi = GEPHI_KEYS.map(
    ([id, domain, name, type]) =>
      `  <key${xmlAttrs({ id: `${domain.charAt(0)}_${id}`, for: domain, 'attr.name': name, 'attr.type': type })}/>\n`,
  ).join('');
  return (
    GRAPH_FIELDS.map((f) => key('g', 'graph', f)).join('') +
    key('n', 'node', 'label', 'label') +
    ACTOR_FIELDS.map((f) => key('n', 'node', f)).join('') +
    key('e', 'edge', 'label', 'label') +
    RELATION_FIELDS.map((f) => key('e', 'edge', f)).join('') +
    gephi
  );
}

function nodesXml(ds: Dataset, sources: ReadonlyMap<string, Source>): string {
  const children = new Map<string | undefined, Actor[]>();
  const ids = new Set(ds.actors.map((a) => a.id));
  for (const a of ds.actors) {
    const parent = a.memberOf !== undefined && ids.has(a.memberOf) ? a.memberOf : undefined;
    const list = children.get(parent);
    if (list) list.push(a);
    else children.set(parent, [a]);
  }
  const positions = ds.positions?.actors;
  const nodesOf = (parent: string | undefined, indent: string): string =>
    (children.get(parent) ?? [])
      .map((a) => {
        const inner = children.has(a.id)
          ? `\n${indent}  <graph${xmlAttrs({ id: `${a.id}:`, edgedefault: 'directed' })}>\n${nodesOf(a.id, `${indent}    `)}${indent}  </graph>\n${indent}`
          : '';
        const values = data('n', { label: a.name, ...encodeActor(a, sources) });
        const viz = gephiData('n', vizOf(a), positions?.[a.id]);
        return `${indent}<node${xmlAttrs({ id: a.id })}>${values}${viz}${inner}</node>\n`;
      })
      .join('');
  return nodesOf(undefined, '    ');
}

export function exportGraphml(ds: Dataset): ExportFile {
  const sources = sourceIndex(ds);
  const edges = ds.relations
    .flatMap((r) => {
      const values =
        data('e', {
          label: r.label ?? RELATION_KIND_LABELS[r.kind],
          ...encodeRelation(r, sources),
        }) + gephiData('e', vizOf(r), undefined);
      return edgesOfRelation(r).map(
        (e) =>
          `    <edge${xmlAttrs({ id: e.id, source: e.source, target: e.target, directed: e.directed ? undefined : 'false' })}>${values}</edge>\n`,
      );
    })
    .join('');
  const record = datasetRecordOf(ds);
  const graphData = data('g', {
    id: ds.id,
    title: ds.title,
    description: ds.description,
    asOf: ds.asOf,
    sources: ds.sources.length > 0 ? JSON.stringify(ds.sources) : undefined,
    positions: record?.positions ? JSON.stringify(record.positions) : undefined,
    extensions: record?.extensions ? JSON.stringify(record.extensions) : undefined,
  });
  const text =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n` +
    keyDecls() +
    `  <graph${xmlAttrs({ id: ds.id, edgedefault: 'directed' })}>\n    ${graphData}\n` +
    nodesXml(ds, sources) +
    edges +
    `  </graph>\n</graphml>\n`;
  return { fileName: `${ds.id}.graphml`, mimeType: 'application/graphml+xml', text };
}
