/** Messages between runLargeLayout (main thread) and layout.worker.ts. */
import type { ForceGraph } from './force.ts';

export interface LayoutRequest {
  graph: ForceGraph;
  iterations?: number;
}

export type LayoutResponse =
  { type: 'progress'; done: number; total: number } | { type: 'done'; positions: Float64Array };
