/**
 * The overlay layers of the lens and of the play control for a dataset, memoized per dataset and
 * option. Pure (no React): tested in Node.
 */
import type { LensLayer } from '../../cy/analysis-layers.ts';
import type { DatasetAnalysis } from './data.ts';
import { lensRows, scoreOf, sizeScale, type ScoreKey } from '../../graph/lens-model.ts';
import { playFrames, type PlayFrame } from '../../graph/timeline-model.ts';

export const LENS_MIN = 22;
export const LENS_MAX = 86;

const lensCache = new WeakMap<DatasetAnalysis, Map<ScoreKey, LensLayer>>();

/** The lens layer of a dataset for a score: sizes by the score, explicit mediators ringed. */
export function lensLayer(a: DatasetAnalysis, key: ScoreKey): LensLayer {
  let byKey = lensCache.get(a);
  if (!byKey) {
    byKey = new Map();
    lensCache.set(a, byKey);
  }
  const hit = byKey.get(key);
  if (hit) return hit;
  const rows = lensRows(a.dataset, a.detailed, key, a.brokerage);
  const scale = sizeScale(
    rows.map((r) => scoreOf(r, key)),
    LENS_MIN,
    LENS_MAX,
  );
  const scores = new Map(rows.map((r) => [r.actor, scoreOf(r, key)]));
  const sizes = new Map(a.dataset.actors.map((x) => [x.id, scale.size(scores.get(x.id) ?? 0)]));
  const layer: LensLayer = {
    sizes,
    ringed: rows.filter((r) => r.mediatorRoles > 0).map((r) => r.actor),
  };
  byKey.set(key, layer);
  return layer;
}

const framesCache = new WeakMap<DatasetAnalysis, Map<boolean, PlayFrame[]>>();

export function framesOf(a: DatasetAnalysis, withUndated: boolean): PlayFrame[] {
  let m = framesCache.get(a);
  if (!m) {
    m = new Map();
    framesCache.set(a, m);
  }
  let f = m.get(withUndated);
  if (!f) {
    f = playFrames(a.dataset, a.timeline, withUndated);
    m.set(withUndated, f);
  }
  return f;
}

/** The play control's "as of" line for a frame: "As of Oct 2025", or "By Oct 2025" for a frame of relations dated only "by" then. */
export function asOfText(label: string): string {
  return label.startsWith('by ') ? `By ${label.slice(3)}` : `As of ${label}`;
}
