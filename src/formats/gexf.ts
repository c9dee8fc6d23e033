/**
 * GEXF: import of GEXF 1.1–1.3 and of the pre-1.0 `http://www.gephi.org/gexf` dialect (hierarchy by
 * nesting, by `pid` or by `<parents>`; dynamics by start/end or spells; `attvalue` by `for` or `id`),
 * and export as GEXF 1.3 with Backchannel's fields as `bc_…` attributes (see README.md).
 */
import type { Actor, Dataset, Point, Relation } from '../model/schema.ts';
import { RELATION_KIND_LABELS } from '../model/vocabulary.ts';
import { projectRelation } from '../graph/project.ts';
import {
  ACTOR_FIELDS,
  RELATION_FIELDS,
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
import type { ExportFile, ImportResult } from './types.ts';
import { datasetRecordOf, decodeDatasetRecord } from './dataset-record.ts';
import {
  finite,
  flipY,
  parseHexColor,
  rgba,
  vizOf,
  type RawViz,
  type Rgba,
  type VizOut,
} from './viz.ts';

export const GEXF_CREATOR = 'Backchannel';

interface AttributeDecl {
  title: string;
  default?: string;
}

function declarations(graph: XmlElement, cls: 'node' | 'edge'): Map<string, AttributeDecl> {
  const out = new Map<string, AttributeDecl>();
  for (const block of childrenNamed(graph, 'attributes')) {
    if ((attr(block, 'class') ?? 'node') !== cls) continue;
    for (const a of childrenNamed(block, 'attribute')) {
      const id = attr(a, 'id');
      if (id === undefined) continue;
      const decl: AttributeDecl = { title: attr(a, 'title') ?? id };
      const def = firstChild(a, 'default');
      if (def) decl.default = def.text;
      out.set(id, decl);
    }
  }
  return out;
}

/** The element's own attribute values: Backchannel fields apart, the rest by title (defaults filled in). */
function readValues(
  el: XmlElement,
  decls: Map<string, AttributeDecl>,
): { attributes: Record<string, AttributeValue>; fields: Record<string, string> } {
  const values = new Map<string, { value: string; start?: string; end?: string }[]>();
  for (const block of childrenNamed(el, 'attvalues')) {
    for (const av of childrenNamed(block, 'attvalue')) {
      const key = attr(av, 'for') ?? attr(av, 'id');
      const value = attr(av, 'value');
      if (key === undefined || value === undefined) continue;
      const entry: { value: string; start?: string; end?: string } = { value };
      const start = attr(av, 'start') ?? attr(av, 'startopen');
      const end = attr(av, 'end') ?? attr(av, 'endopen');
      if (start !== undefined) entry.start = start;
      if (end !== undefined) entry.end = end;
      const list = values.get(key);
      if (list) list.push(entry);
      else values.set(key, [entry]);
    }
  }
  const attributes: Record<string, AttributeValue> = {};
  const fields: Record<string, string> = {};
  for (const [key, list] of values) {
    const title = decls.get(key)?.title ?? key;
    const first = list[0];
    if (title.startsWith('bc_')) {
      if (first) fields[title.slice(3)] = first.value;
      continue;
    }
    attributes[title] =
      list.length === 1 && first && first.start === undefined && first.end === undefined
        ? first.value
        : list;
  }
  for (const [key, decl] of decls) {
    if (decl.default === undefined || values.has(key) || decl.title.startsWith('bc_')) continue;
    attributes[decl.title] = decl.default;
  }
  return { attributes, fields };
}

interface Timing {
  start?: string;
  end?: string;
  spells: number;
}

function timing(el: XmlElement): Timing {
  const t: Timing = { spells: 0 };
  const start = attr(el, 'start') ?? attr(el, 'startopen');
  const end = attr(el, 'end') ?? attr(el, 'endopen');
  if (start !== undefined) t.start = start;
  if (end !== undefined) t.end = end;
  const spells = firstChild(el, 'spells');
  const list = spells ? childrenNamed(spells, 'spell') : [];
  t.spells = list.length;
  const first = list[0];
  if (first && t.start === undefined && t.end === undefined) {
    const s = attr(first, 'start') ?? attr(first, 'startopen');
    const e = attr(first, 'end') ?? attr(first, 'endopen');
    if (s !== undefined) t.start = s;
    if (e !== undefined) t.end = e;
  }
  return t;
}

function num(e: XmlElement, k: string): number | undefined {
  return finite(attr(e, k));
}

/** The `viz:` children of a node or an edge (GEXF y grows upwards: turned to screen coordinates). */
function viz(el: XmlElement): RawViz | undefined {
  const out: RawViz = {};
  for (const c of el.children) {
    if (c.name === 'color') {
      const color =
        parseHexColor(attr(c, 'hex')) ?? rgba(num(c, 'r'), num(c, 'g'), num(c, 'b'), num(c, 'a'));
      if (color) out.color = color;
    } else if (c.name === 'position') {
      const [x, y, z] = [num(c, 'x'), num(c, 'y'), num(c, 'z')];
      if (x !== undefined && y !== undefined)
        out.position = z === undefined ? { x, y: flipY(y) } : { x, y: flipY(y), z };
    } else if (c.name === 'size') {
      const v = num(c, 'value');
      if (v !== undefined) out.size = v;
    } else if (c.name === 'thickness') {
      const v = num(c, 'value');
      if (v !== undefined) out.thickness = v;
    } else if (c.name === 'shape') {
      const v = attr(c, 'value');
      if (v !== undefined) out.shape = v;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Backchannel's own dataset record in `<meta>` (`<bc:dataset>`): JSON of the dataset-level fields. */
export const DATASET_META = 'dataset';
export const BC_NAMESPACE = 'https://backchannel.invalid/gexf';

function readHeader(root: XmlElement, warnings: string[]): RawGraph['header'] {
  const header: RawGraph['header'] = {};
  const meta = firstChild(root, 'meta');
  if (!meta) return header;
  const named = (n: string): XmlElement[] =>
    meta.children.filter((c) => c.name.toLowerCase() === n);
  const creator = named('creator')[0]?.text;
  const descriptions = named('description').map((d) => d.text);
  if (creator === GEXF_CREATOR) {
    if (descriptions[0]) header.title = descriptions[0];
    if (descriptions[1]) header.description = descriptions[1];
    const keywords = named('keywords')[0]?.text;
    if (keywords) header.id = keywords;
    const record = named(DATASET_META)[0];
    if (record)
      Object.assign(
        header,
        decodeDatasetRecord(record.text, (m) => warnings.push(m)),
      );
  } else {
    const title = named('title')[0]?.text;
    if (title) header.title = title;
    if (descriptions.length > 0) header.description = descriptions.join('\n\n');
  }
  return header;
}

interface GexfReading {
  warnings: string[];
  spelled: number;
  multiParent: number;
}

function readNode(
  n: XmlElement,
  id: string,
  parent: string | undefined,
  decls: Map<string, AttributeDecl>,
  reading: GexfReading,
): RawNode {
  const { attributes, fields } = readValues(n, decls);
  const node: RawNode = { id, attributes, fields };
  const label = attr(n, 'label');
  if (label !== undefined) node.label = label;
  const parents = firstChild(n, 'parents');
  const listed = parents ? childrenNamed(parents, 'parent').map((p) => attr(p, 'for')) : [];
  if (listed.length > 1) reading.multiParent++;
  const p = attr(n, 'pid') ?? parent ?? listed[0];
  if (p !== undefined) node.parent = p;
  const t = timing(n);
  if (t.start !== undefined) node.start = t.start;
  if (t.end !== undefined) node.end = t.end;
  if (t.spells > 1) reading.spelled++;
  const v = viz(n);
  if (v) node.viz = v;
  return node;
}

function readNodes(graph: XmlElement, reading: GexfReading): RawNode[] {
  const decls = declarations(graph, 'node');
  const nodes: RawNode[] = [];
  const walk = (container: XmlElement, parent: string | undefined): void => {
    for (const n of childrenNamed(container, 'node')) {
      const id = attr(n, 'id');
      if (id === undefined) {
        reading.warnings.push(
          `a <node> without an id (label '${attr(n, 'label') ?? ''}') was skipped`,
        );
        continue;
      }
      nodes.push(readNode(n, id, parent, decls, reading));
      for (const inner of childrenNamed(n, 'nodes')) walk(inner, id);
    }
  };
  for (const block of childrenNamed(graph, 'nodes')) walk(block, undefined);
  return nodes;
}

function readEdge(
  e: XmlElement,
  decls: Map<string, AttributeDecl>,
  defaultType: string,
  reading: GexfReading,
): RawEdge | undefined {
  const ends = edgeEnds(e, reading.warnings);
  if (!ends) return undefined;
  const { source, target } = ends;
  const { attributes, fields } = readValues(e, decls);
  const type = (attr(e, 'type') ?? defaultType).toLowerCase();
  const edge: RawEdge = { source, target, directed: type === 'directed', attributes, fields };
  const id = attr(e, 'id');
  if (id !== undefined) edge.id = id;
  const label = attr(e, 'label');
  if (label !== undefined) edge.label = label;
  const weight = attr(e, 'weight');
  if (weight !== undefined) edge.weight = weight;
  const t = timing(e);
  if (t.start !== undefined) edge.start = t.start;
  if (t.end !== undefined) edge.end = t.end;
  if (t.spells > 1) reading.spelled++;
  const v = viz(e);
  if (v) edge.viz = v;
  return edge;
}

function readEdges(graph: XmlElement, reading: GexfReading): RawEdge[] {
  const defaultType = (attr(graph, 'defaultedgetype') ?? 'undirected').toLowerCase();
  const decls = declarations(graph, 'edge');
  const edges: RawEdge[] = [];
  for (const block of childrenNamed(graph, 'edges')) {
    for (const e of childrenNamed(block, 'edge')) {
      const edge = readEdge(e, decls, defaultType, reading);
      if (edge) edges.push(edge);
    }
  }
  return edges;
}

export function importGexf(text: string, fileName?: string): ImportResult {
  const xml = parseXml(text);
  if (!xml.ok) return { ok: false, format: 'gexf', problems: xml.problems };
  const root = xml.root;
  if (root.name !== 'gexf') {
    const path = `<${root.qname}>`;
    const message = `not a GEXF file: the root element is <${root.qname}>, not <gexf>`;
    return { ok: false, format: 'gexf', problems: [{ path, message }] };
  }
  const graph = firstChild(root, 'graph');
  if (!graph) {
    return {
      ok: false,
      format: 'gexf',
      problems: [{ path: '<gexf>', message: 'the GEXF file has no <graph> element' }],
    };
  }
  const reading: GexfReading = { warnings: [], spelled: 0, multiParent: 0 };
  const header = readHeader(root, reading.warnings);
  const nodes = readNodes(graph, reading);
  const edges = readEdges(graph, reading);
  const { warnings, spelled, multiParent } = reading;
  if (spelled > 0) {
    warnings.push(
      `${spelled} node(s) or edge(s) have several spells: only the first spell is kept as their time`,
    );
  }
  if (multiParent > 0)
    warnings.push(`${multiParent} node(s) have several parents: only the first is kept`);
  const raw: RawGraph = { format: 'gexf', header, nodes, edges, warnImpliedNodes: true, warnings };
  const tf = attr(graph, 'timeformat') ?? attr(graph, 'timetype');
  if (tf !== undefined) raw.timeFormat = tf;
  return buildDataset(raw, fileName);
}

// ---- export ----

function attvalues(values: Partial<Record<string, string>>): string {
  const list = Object.entries(values)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `<attvalue${xmlAttrs({ for: xmlFieldName(k), value: v })}/>`);
  return list.length > 0 ? `<attvalues>${list.join('')}</attvalues>` : '';
}

function color(c: Rgba): string {
  const a = c.a === undefined ? undefined : String(c.a);
  return `<viz:color${xmlAttrs({ r: String(c.r), g: String(c.g), b: String(c.b), a })}/>`;
}

/** `viz:` elements of a node: colour, position (y upwards, as GEXF has it), size, shape. */
function nodeViz(actor: Actor, position: Point | undefined): string {
  const v = vizOf(actor);
  const out: string[] = [];
  if (v.color) out.push(color(v.color));
  if (position) {
    const [x, y, z] = [position.x, flipY(position.y), v.z];
    out.push(
      `<viz:position${xmlAttrs({ x: String(x), y: String(y), z: z === undefined ? undefined : String(z) })}/>`,
    );
  }
  if (v.size !== undefined) out.push(`<viz:size value="${v.size}"/>`);
  if (v.shape !== undefined) out.push(`<viz:shape${xmlAttrs({ value: v.shape })}/>`);
  return out.join('');
}

/** `viz:` elements of an edge: colour, thickness, shape. */
function edgeViz(v: VizOut): string {
  const out: string[] = [];
  if (v.color) out.push(color(v.color));
  if (v.thickness !== undefined) out.push(`<viz:thickness value="${v.thickness}"/>`);
  if (v.shape !== undefined) out.push(`<viz:shape${xmlAttrs({ value: v.shape })}/>`);
  return out.join('');
}

/** The edges a relation is written as: its projection, or one undirected edge when that is empty. */
export function edgesOfRelation(
  r: Relation,
): { id: string; source: string; target: string; directed: boolean }[] {
  const projected = projectRelation(r);
  if (projected.length > 0) return projected;
  const first = r.participants[0]?.actor ?? '';
  const other = r.participants.find((p) => p.actor !== first)?.actor ?? first;
  return [{ id: `${r.id}#0`, source: first, target: other, directed: false }];
}

export function exportGexf(ds: Dataset): ExportFile {
  const sources = sourceIndex(ds);
  const declare = (cls: string, fields: readonly string[]): string =>
    `    <attributes class="${cls}" mode="static">\n${fields
      .map(
        (f) =>
          `      <attribute id="${xmlFieldName(f)}" title="${xmlFieldName(f)}" type="string"/>\n`,
      )
      .join('')}    </attributes>\n`;
  const actorIds = new Set(ds.actors.map((a) => a.id));
  const positions = ds.positions?.actors;
  const record = datasetRecordOf(ds);
  const nodes = ds.actors
    .map((a) => {
      const pid = a.memberOf !== undefined && actorIds.has(a.memberOf) ? a.memberOf : undefined;
      const viz = nodeViz(a, positions?.[a.id]);
      return `      <node${xmlAttrs({ id: a.id, label: a.name, pid })}>${attvalues(encodeActor(a, sources))}${viz}</node>\n`;
    })
    .join('');
  const edges = ds.relations
    .flatMap((r) => {
      const values = attvalues(encodeRelation(r, sources));
      const v = vizOf(r);
      const viz = edgeViz(v);
      return edgesOfRelation(r).map(
        (e) =>
          `      <edge${xmlAttrs({
            id: e.id,
            source: e.source,
            target: e.target,
            type: e.directed ? undefined : 'undirected',
            label: RELATION_KIND_LABELS[r.kind],
            weight: v.weight === undefined ? undefined : String(v.weight),
          })}>${values}${viz}</edge>\n`,
      );
    })
    .join('');
  const meta =
    `  <meta>\n    <creator>${GEXF_CREATOR}</creator>\n    <keywords>${elementText(ds.id)}</keywords>\n` +
    `    <description>${elementText(ds.title)}</description>\n` +
    (ds.description !== undefined
      ? `    <description>${elementText(ds.description)}</description>\n`
      : '') +
    (record !== undefined
      ? `    <bc:${DATASET_META} xmlns:bc="${BC_NAMESPACE}">${elementText(JSON.stringify(record))}</bc:${DATASET_META}>\n`
      : '') +
    `  </meta>\n`;
  const text =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">\n` +
    meta +
    `  <graph mode="static" defaultedgetype="directed">\n` +
    declare('node', ACTOR_FIELDS) +
    declare('edge', RELATION_FIELDS) +
    `    <nodes>\n${nodes}    </nodes>\n    <edges>\n${edges}    </edges>\n  </graph>\n</gexf>\n`;
  return { fileName: `${ds.id}.gexf`, mimeType: 'application/gexf+xml', text };
}
