/**
 * The dataset-level fields that GEXF has no element for and GraphML keeps as graph data: `asOf`, the
 * whole source list (sources cited by nothing included), `positions` and the dataset's own `x-…` keys.
 * GEXF writes them as one JSON record in `<meta>` (`<bc:dataset>`); GraphML as graph data keys.
 */
import type { Dataset, Point, Positions, Source } from '../model/schema.ts';
import { extensionsOf } from '../model/schema.ts';
import { decodeExtensions, decodeSource } from './codec.ts';

export interface DatasetRecord {
  asOf?: string;
  sources?: Source[];
  positions?: Positions;
  extensions?: Record<string, unknown>;
}

/** The record of a dataset; undefined when it has none of these fields. */
export function datasetRecordOf(ds: Dataset): DatasetRecord | undefined {
  const out: DatasetRecord = {};
  if (ds.asOf !== undefined) out.asOf = ds.asOf;
  if (ds.sources.length > 0) out.sources = ds.sources;
  if (ds.positions !== undefined) out.positions = ds.positions;
  const ext = extensionsOf(ds);
  if (Object.keys(ext).length > 0) out.extensions = ext;
  return Object.keys(out).length > 0 ? out : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function isPoint(v: unknown): v is Point {
  return (
    isRecord(v) &&
    typeof v.x === 'number' &&
    Number.isFinite(v.x) &&
    typeof v.y === 'number' &&
    Number.isFinite(v.y)
  );
}

/** `positions` read back: views of points (anything else dropped, with a warning). */
export function decodePositions(v: unknown, warn: (m: string) => void): Positions | undefined {
  if (!isRecord(v)) {
    warn('the positions are not a JSON object; ignored');
    return undefined;
  }
  const out: Record<string, unknown> = {};
  let bad = 0;
  for (const [key, view] of Object.entries(v)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    if (key.startsWith('x-')) {
      out[key] = view;
      continue;
    }
    if ((key !== 'actors' && key !== 'events') || !isRecord(view)) {
      bad++;
      continue;
    }
    const points: Record<string, Point> = {};
    for (const [id, p] of Object.entries(view)) {
      if (!FORBIDDEN_KEYS.has(id) && isPoint(p)) points[id] = p;
      else bad++;
    }
    out[key] = points;
  }
  if (bad > 0) warn(`${bad} position entr${bad === 1 ? 'y is' : 'ies are'} not readable; dropped`);
  return out as Positions;
}

/** The record from its JSON text (a part that cannot be read is dropped with a warning). */
export function decodeDatasetRecord(text: string, warn: (m: string) => void): DatasetRecord {
  let v: unknown;
  try {
    v = JSON.parse(text) as unknown;
  } catch {
    warn("the file's Backchannel dataset record is not JSON; ignored");
    return {};
  }
  if (!isRecord(v)) return {};
  const out: DatasetRecord = {};
  if (typeof v.asOf === 'string') out.asOf = v.asOf;
  if (Array.isArray(v.sources)) {
    out.sources = v.sources.map(decodeSource).filter((s): s is Source => typeof s === 'object');
  }
  if (v.positions !== undefined) {
    const p = decodePositions(v.positions, warn);
    if (p) out.positions = p;
  }
  if (v.extensions !== undefined) {
    const ext = decodeExtensions(JSON.stringify(v.extensions), warn, 'the dataset');
    if (Object.keys(ext).length > 0) out.extensions = ext;
  }
  return out;
}
