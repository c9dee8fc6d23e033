/**
 * What users made in other tools and the importers keep: colour, size, shape, thickness and position
 * (GEXF `viz:`, Gephi's GraphML keys `r`/`g`/`b`/`x`/`y`/`size`, yEd's `y:ShapeNode` graphics).
 *
 * In a dataset they are extension keys on the actor or relation, plus the node's position in the
 * dataset's `positions.actors`:
 *
 * | key | value | from |
 * |---|---|---|
 * | `x-color` | `"#rrggbb"` (lower case) | GEXF `viz:color` r/g/b or hex; GraphML `r`,`g`,`b`; yEd fill / line colour |
 * | `x-opacity` | number 0–1 | GEXF `viz:color` `a`; yEd `#rrggbbaa` |
 * | `x-size` | number | GEXF `viz:size`; GraphML `size` |
 * | `x-shape` | string | GEXF `viz:shape`; yEd `y:Shape type` |
 * | `x-thickness` | number (edges) | GEXF `viz:thickness`; yEd line width |
 * | `x-weight` | number (edges) | GEXF `weight`; GraphML `weight` |
 * | `x-z` | number, only when not 0 | GEXF `viz:position` z |
 * | `x-width`, `x-height` | numbers | yEd `y:Geometry` |
 *
 * Positions are kept in screen coordinates (y grows downwards, as the explorer draws): GEXF and
 * Gephi's GraphML have y growing upwards, so y changes sign on the way in and on the way out; yEd's
 * geometry is already in screen coordinates (its top-left corner → the centre).
 */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0–1 */
  a?: number;
}

/** Graphics of a node or an edge as a file gave them (position already in screen coordinates). */
export interface RawViz {
  color?: Rgba;
  size?: number;
  shape?: string;
  thickness?: number;
  position?: { x: number; y: number; z?: number };
  width?: number;
  height?: number;
}

/** y in a y-up file ↔ y on screen (no -0). */
export function flipY(y: number): number {
  return y === 0 ? 0 : -y;
}

export function finite(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

function byte(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n >= 0 && n <= 255 ? n : undefined;
}

/** An `Rgba` from r, g, b (0–255 integers) and an optional alpha (0–1); undefined when out of range. */
export function rgba(
  r: number | undefined,
  g: number | undefined,
  b: number | undefined,
  a?: number,
): Rgba | undefined {
  const [rr, gg, bb] = [byte(r), byte(g), byte(b)];
  if (rr === undefined || gg === undefined || bb === undefined) return undefined;
  return a !== undefined && a >= 0 && a <= 1 ? { r: rr, g: gg, b: bb, a } : { r: rr, g: gg, b: bb };
}

/** `#rgb`, `#rrggbb` or `#rrggbbaa` → colour. */
export function parseHexColor(text: string | undefined): Rgba | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(text?.trim() ?? '');
  const hex = m?.[1];
  if (hex === undefined) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const at = (i: number): number => parseInt(full.slice(i, i + 2), 16);
  const a = full.length === 8 ? Math.round((at(6) / 255) * 1000) / 1000 : undefined;
  return rgba(at(0), at(2), at(4), a);
}

export function hexColor(c: Rgba): string {
  return `#${[c.r, c.g, c.b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

/** The extension keys of a node's or an edge's graphics (see the table above). */
export function vizExtensions(v: RawViz): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (v.color) {
    out['x-color'] = hexColor(v.color);
    if (v.color.a !== undefined) out['x-opacity'] = v.color.a;
  }
  if (v.size !== undefined) out['x-size'] = v.size;
  if (v.shape !== undefined) out['x-shape'] = v.shape;
  if (v.thickness !== undefined) out['x-thickness'] = v.thickness;
  if (v.position?.z !== undefined && v.position.z !== 0) out['x-z'] = v.position.z;
  if (v.width !== undefined) out['x-width'] = v.width;
  if (v.height !== undefined) out['x-height'] = v.height;
  return out;
}

/** Graphics to write for a record, from its extension keys (and the `x-viz` of older imports). */
export interface VizOut {
  color?: Rgba;
  size?: number;
  shape?: string;
  thickness?: number;
  weight?: number;
  z?: number;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function legacyViz(rec: Record<string, unknown>): VizOut {
  const v = rec['x-viz'];
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  const old = v as Record<string, unknown>;
  const out: VizOut = {};
  const c = old.color;
  if (typeof c === 'string') {
    const parsed = parseHexColor(c);
    if (parsed) out.color = parsed;
  } else if (typeof c === 'object' && c !== null) {
    const o = c as Record<string, unknown>;
    const parsed = rgba(num(o.r), num(o.g), num(o.b), num(o.a));
    if (parsed) out.color = parsed;
  }
  const size = num(old.size);
  if (size !== undefined) out.size = size;
  if (typeof old.shape === 'string') out.shape = old.shape;
  return out;
}

export function vizOf(record: object): VizOut {
  const rec = record as Record<string, unknown>;
  const out = legacyViz(rec);
  const color = typeof rec['x-color'] === 'string' ? parseHexColor(rec['x-color']) : undefined;
  if (color) {
    const a = num(rec['x-opacity']);
    out.color = a !== undefined && a >= 0 && a <= 1 ? { ...color, a } : color;
  }
  const size = num(rec['x-size']);
  if (size !== undefined) out.size = size;
  if (typeof rec['x-shape'] === 'string') out.shape = rec['x-shape'];
  const thickness = num(rec['x-thickness']);
  if (thickness !== undefined) out.thickness = thickness;
  const weight = num(rec['x-weight']);
  if (weight !== undefined) out.weight = weight;
  const z = num(rec['x-z']);
  if (z !== undefined) out.z = z;
  return out;
}
