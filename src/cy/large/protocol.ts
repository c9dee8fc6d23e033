/** Messages between runLargeLayout (main thread) and layout.worker.ts. */
import type { ForceGraph } from './force.ts';

export interface LayoutRequest {
  graph: ForceGraph;
  iterations?: number;
  /** Start positions [x0, y0, …] already computed on the main thread (default: seedPositions). */
  start?: Float64Array;
}

export type LayoutResponse =
  | { type: 'progress'; done: number; total: number }
  /**
   * `computeMs`: the simulation's own time in the worker; `startedAt`: when the worker received the
   * request, in ms since the epoch (performance.timeOrigin + now), to profile the main thread's share.
   */
  | { type: 'done'; positions: Float64Array; computeMs: number; startedAt: number };
