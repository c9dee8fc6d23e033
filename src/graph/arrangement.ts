/**
 * Hand-made arrangements: where a dataset's own `positions` and the places a reader dragged nodes to
 * meet, and how an arrangement is written back into a dataset (its top-level `positions`, per view).
 */
import type { Dataset, Point, Positions } from '../model/schema.ts';

export type Arrangement = Record<string, Point>;
export type ArrangedView = keyof Positions;

const isPoint = (p: unknown): p is Point =>
  typeof p === 'object' &&
  p !== null &&
  Number.isFinite((p as Point).x) &&
  Number.isFinite((p as Point).y);

/** The ids a view's positions may name: actors; in the event view, relations too. */
function placeableIds(ds: Dataset, view: ArrangedView): Set<string> {
  const ids = new Set(ds.actors.map((a) => a.id));
  if (view === 'events') for (const r of ds.relations) ids.add(r.id);
  return ids;
}

/** The entries of `arrangement` whose id is in `ids` and whose place is two finite numbers. */
function keepKnown(arrangement: Readonly<Record<string, unknown>>, ids: Set<string>): Arrangement {
  const out: Arrangement = {};
  for (const [id, p] of Object.entries(arrangement))
    if (ids.has(id) && isPoint(p)) out[id] = { x: p.x, y: p.y };
  return out;
}

/**
 * The places that win over the layout when a scene is drawn: the dataset's saved `positions` for
 * the view, overridden by what the reader arranged (`kept`, e.g. from local storage: any node id of
 * the scene, checked only for finite numbers, since a scene may draw nodes that are not in the
 * dataset's lists). Undefined when there is none.
 */
export function pinnedFor(
  ds: Dataset,
  view: ArrangedView,
  kept?: Readonly<Record<string, unknown>>,
): Arrangement | undefined {
  const saved = ds.positions?.[view] ? keepKnown(ds.positions[view], placeableIds(ds, view)) : {};
  const out: Arrangement = { ...saved };
  if (kept)
    for (const [id, p] of Object.entries(kept)) if (isPoint(p)) out[id] = { x: p.x, y: p.y };
  return Object.keys(out).length ? out : undefined;
}

/**
 * A new dataset whose `positions` for `view` are `arrangement` (only ids of the dataset, only
 * finite numbers, rounded to a tenth of a unit); the other view's positions stay. The dataset
 * given is not changed.
 */
export function withPositions(ds: Dataset, view: ArrangedView, arrangement: Arrangement): Dataset {
  const known = keepKnown(arrangement, placeableIds(ds, view));
  const rounded: Arrangement = {};
  for (const id of Object.keys(known).sort()) {
    const p = known[id] as Point;
    rounded[id] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  }
  return { ...ds, positions: { ...ds.positions, [view]: rounded } };
}
