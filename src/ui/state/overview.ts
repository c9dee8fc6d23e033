/**
 * The overview of a large network (issue 15): above `OVERVIEW_THRESHOLD` actors a network opens as
 * one node per group (blocs, or Louvain communities for a flat network); groups open and close on
 * demand. The threshold and why are in the README ("Performance").
 */
import type { GroupingKind } from '../../graph/overview.ts';

/**
 * Actors from which the overview is the first picture. Measured (bench/results.json): drawing every
 * actor, 1,000 actors filter in 375 ms p95 and open in 3.4 s; 5,000 in 1.6 s and 11 s.
 */
export const OVERVIEW_THRESHOLD = 1500;

/** `auto`: the overview above the threshold; `on` / `off`: the reader's choice. */
export type OverviewMode = 'auto' | 'on' | 'off';

export interface GroupingState {
  /** The dataset it was computed for. */
  for: object;
  kind: GroupingKind;
  groupOf: ReadonlyMap<string, string>;
  /** Labels of groups not named after an actor (communities). */
  labels: ReadonlyMap<string, string>;
  /** Group id → its members, in dataset order. */
  members: ReadonlyMap<string, readonly string[]>;
}

export interface OverviewState {
  mode: OverviewMode;
  /** The grouping of the current dataset, once computed (communities take a worker's while). */
  grouping?: GroupingState;
  /** Computing the grouping. */
  groupingPending?: boolean;
  /** The groups drawn open. */
  expanded: readonly string[];
  /** The group whose card shows (a tap on a closed group). */
  card?: string;
  /**
   * The overview's first places, computed with the dataset in the loading worker
   * (src/ui/load/load.ts): `positions` undefined while they are computed (the canvas waits for
   * them rather than laying the overview out itself). Absent: the canvas lays it out.
   */
  preset?: { for: object; positions?: ReadonlyMap<string, { x: number; y: number }> };
}

export const INITIAL_OVERVIEW: OverviewState = { mode: 'auto', expanded: [] };

/** The actors from which the overview is drawn in this mode and view (undefined: never). */
export function overviewFrom(mode: OverviewMode, view: string): number | undefined {
  if (view !== 'actors' || mode === 'off') return undefined;
  return mode === 'on' ? 0 : OVERVIEW_THRESHOLD;
}

/** Whether the overview is drawn for a dataset of `actors` actors in the actor view. */
export function overviewApplies(mode: OverviewMode, actors: number, view: string): boolean {
  const from = overviewFrom(mode, view);
  return from !== undefined && actors >= from;
}
