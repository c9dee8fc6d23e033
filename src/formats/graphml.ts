/**
 * GraphML: import (keys declared `for` node, edge, graph or all, with defaults; `edgedefault` and
 * per-edge `directed`; nested graphs as hierarchy; yEd node labels) and export with Backchannel's fields
 * as `bc_…` keys and the dataset's own fields (id, title, description, asOf, sources) as graph data.
 */
import type { Dataset } from '../model/schema.ts';
import { RELATION_KIND_LABELS } from '../model/vocabulary.ts';
import {
  ACTOR_FIELDS,
  RELATION_FIELDS,
  decodeSource,
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
  escapeXmlText,
  firstChild,
  parseXml,
  xmlAttrs,
  type XmlElement,
} from './xml.ts';
import type { ExportFile, ImportResult, Problem } from './types.ts';
import type { Source } from '../model/schema.ts';

interface KeyDecl {
  name: string;
  for: string;
  default?: string;
}

const LABEL_KEY = /^(label|name)$/i;

/** Text of a data element: its own text, or a yEd label found inside it. */
function dataText(d: XmlElement): string {
  if (d.text !== '') return d.text;
  const stack = [...d.children];
  while (stack.length > 0) {
    const c = stack.shift() as XmlElement;
    if ((c.name === 'NodeLabel' || c.name === 'EdgeLabel') && c.text !== '') return c.text;
    stack.push(...c.children);
  }
  return '';
}

function readData(
  el: XmlElement,
  keys: Map<string, KeyDecl>,
  domain: 'node' | 'edge' | 'graph',
): { attributes: Record<string, AttributeValue>; fields: Record<string, string>; label?: string } {
  const attributes: Record<string, AttributeValue> = {};
  const fields: Record<string, string> = {};
  let label: string | undefined;
  const given = new Set<string>();
  const put = (name: string, value: string): void => {
    if (name.startsWith('bc_')) fields[name.slice(3)] = value;
    else if (label === undefined && LABEL_KEY.test(name)) label = value;
    else attributes[name] = value;
  };
  for (const d of childrenNamed(el, 'data')) {
    const key = attr(d, 'key');
    if (key === undefined) continue;
    given.add(key);
    const decl = keys.get(key);
    const value = dataText(d);
    if (
      decl === undefined &&
      value !== '' &&
      d.children.some((c) => c.name === 'NodeLabel' || c.name === 'EdgeLabel')
    ) {
      label ??= value;
      continue;
    }
    if (decl === undefined || (decl.for !== domain && decl.for !== 'all')) {
      if (value !== '') attributes[key] = value;
      continue;
    }
    if (decl.name === '' && value !== '' && d.children.length > 0) {
      label ??= value;
      continue;
    }
    put(decl.name || key, value);
  }
  for (const [id, decl] of keys) {
    if (decl.default === undefined || given.has(id) || (decl.for !== domain && decl.for !== 'all'))
      continue;
    put(decl.name || id, decl.default);
  }
  const out: {
    attributes: Record<string, AttributeValue>;
    fields: Record<string, string>;
    label?: string;
  } = {
    attributes,
    fields,
  };
  if (label !== undefined) out.label = label;
  return out;
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
  const keys = new Map<string, KeyDecl>();
  for (const k of childrenNamed(root, 'key')) {
    const id = attr(k, 'id');
    if (id === undefined) continue;
    const decl: KeyDecl = { name: attr(k, 'attr.name') ?? '', for: attr(k, 'for') ?? 'all' };
    const def = firstChild(k, 'default');
    if (def) decl.default = def.text;
    keys.set(id, decl);
  }
  const warnings: string[] = [];
  const nodes: RawNode[] = [];
  const edges: RawEdge[] = [];
  let hyperedges = 0;
  const walk = (graph: XmlElement, parent: string | undefined): void => {
    const directedByDefault = (attr(graph, 'edgedefault') ?? 'directed') === 'directed';
    for (const c of graph.children) {
      if (c.name === 'node') {
        const id = attr(c, 'id');
        if (id === undefined) {
          warnings.push('a <node> without an id was skipped');
          continue;
        }
        const { attributes, fields, label } = readData(c, keys, 'node');
        const node: RawNode = { id, attributes, fields };
        if (label !== undefined) node.label = label;
        if (parent !== undefined) node.parent = parent;
        nodes.push(node);
        for (const inner of childrenNamed(c, 'graph')) walk(inner, id);
      } else if (c.name === 'edge') {
        const source = attr(c, 'source');
        const target = attr(c, 'target');
        if (source === undefined || target === undefined) {
          warnings.push(
            `an <edge> without a source or a target (id '${attr(c, 'id') ?? ''}') was skipped`,
          );
          continue;
        }
        const { attributes, fields, label } = readData(c, keys, 'edge');
        const d = attr(c, 'directed');
        const edge: RawEdge = {
          source,
          target,
          directed: d === undefined ? directedByDefault : d === 'true',
          attributes,
          fields,
        };
        const id = attr(c, 'id');
        if (id !== undefined) edge.id = id;
        if (label !== undefined) edge.label = label;
        const weight = attributes.weight;
        if (typeof weight === 'string') {
          edge.weight = weight;
          delete attributes.weight;
        }
        edges.push(edge);
        for (const inner of childrenNamed(c, 'graph')) walk(inner, parent);
      } else if (c.name === 'hyperedge') {
        hyperedges++;
      }
    }
  };
  walk(top, undefined);
  if (hyperedges > 0) warnings.push(`${hyperedges} <hyperedge> element(s) are not read`);
  if (childrenNamed(root, 'graph').length > 1)
    warnings.push('only the first <graph> of the file is read');

  const graphData = readData(top, keys, 'graph');
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
  if (f.sources) {
    let list: unknown;
    try {
      list = JSON.parse(f.sources) as unknown;
    } catch {
      list = undefined;
    }
    if (Array.isArray(list)) {
      header.sources = list.map(decodeSource).filter((s): s is Source => typeof s === 'object');
    } else warnings.push("the graph's bc_sources is not a JSON list; ignored");
  }
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

const GRAPH_FIELDS = ['id', 'title', 'description', 'asOf', 'sources'] as const;

function data(prefix: string, values: Partial<Record<string, string>>): string {
  return Object.entries(values)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `<data key="${prefix}_${k}">${escapeXmlText(v)}</data>`)
    .join('');
}

export function exportGraphml(ds: Dataset): ExportFile {
  const sources = sourceIndex(ds);
  const key = (prefix: string, domain: string, field: string, name = xmlFieldName(field)): string =>
    `  <key${xmlAttrs({ id: `${prefix}_${field}`, for: domain, 'attr.name': name, 'attr.type': 'string' })}/>\n`;
  const keys =
    GRAPH_FIELDS.map((f) => key('g', 'graph', f)).join('') +
    key('n', 'node', 'label', 'label') +
    ACTOR_FIELDS.map((f) => key('n', 'node', f)).join('') +
    key('e', 'edge', 'label', 'label') +
    RELATION_FIELDS.map((f) => key('e', 'edge', f)).join('');
  const children = new Map<string | undefined, typeof ds.actors>();
  const ids = new Set(ds.actors.map((a) => a.id));
  for (const a of ds.actors) {
    const parent = a.memberOf !== undefined && ids.has(a.memberOf) ? a.memberOf : undefined;
    const list = children.get(parent);
    if (list) list.push(a);
    else children.set(parent, [a]);
  }
  const nodesOf = (parent: string | undefined, indent: string): string =>
    (children.get(parent) ?? [])
      .map((a) => {
        const inner = children.has(a.id)
          ? `\n${indent}  <graph${xmlAttrs({ id: `${a.id}:`, edgedefault: 'directed' })}>\n${nodesOf(a.id, `${indent}    `)}${indent}  </graph>\n${indent}`
          : '';
        return `${indent}<node${xmlAttrs({ id: a.id })}>${data('n', { label: a.name, ...encodeActor(a, sources) })}${inner}</node>\n`;
      })
      .join('');
  const edges = ds.relations
    .flatMap((r) => {
      const values = data('e', {
        label: RELATION_KIND_LABELS[r.kind],
        ...encodeRelation(r, sources),
      });
      return edgesOfRelation(r).map(
        (e) =>
          `    <edge${xmlAttrs({ id: e.id, source: e.source, target: e.target, directed: e.directed ? undefined : 'false' })}>${values}</edge>\n`,
      );
    })
    .join('');
  const graphData = data('g', {
    id: ds.id,
    title: ds.title,
    description: ds.description,
    asOf: ds.asOf,
    sources: ds.sources.length > 0 ? JSON.stringify(ds.sources) : undefined,
  });
  const text =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n` +
    keys +
    `  <graph id="${escapeXmlText(ds.id)}" edgedefault="directed">\n    ${graphData}\n` +
    nodesOf(undefined, '    ') +
    edges +
    `  </graph>\n</graphml>\n`;
  return { fileName: `${ds.id}.graphml`, mimeType: 'application/graphml+xml', text };
}
